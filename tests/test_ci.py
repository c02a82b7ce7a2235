"""CI runs what the README tells a developer to run, at the versions it pins."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
README = (REPO / "README.md").read_text(encoding="utf-8")
CI_RUN = (REPO / ".ci" / "run").read_text(encoding="utf-8")
LOCK = (REPO / "requirements" / "ci.lock").read_text(encoding="utf-8")


def readme_test_command() -> str:
    [command] = re.findall(r"Run the tests:\n\n```sh\n(.+)\n```", README)
    return str(command)


def locked() -> dict[str, str]:
    pins = (line.split("==") for line in LOCK.splitlines() if line and not line.startswith("#"))
    return {_name(name): version for name, version in pins}


def _name(requirement: str) -> str:
    return re.sub(r"[-_.]+", "-", requirement).lower()


def test_ci_runs_the_readme_test_command_verbatim() -> None:
    assert readme_test_command() in CI_RUN.splitlines()


def test_the_readme_test_command_installs_the_locked_versions() -> None:
    assert "-c requirements/ci.lock" in readme_test_command()


def test_every_line_of_the_lock_pins_one_exact_version() -> None:
    lines = [line for line in LOCK.splitlines() if line and not line.startswith("#")]
    assert lines
    assert all(re.fullmatch(r"[A-Za-z0-9_.\-]+==[^=\s]+", line) for line in lines), lines
    assert not any(_name(line.split("==")[0]) == "conference-concierge-bot" for line in lines)


def test_the_tools_pinned_in_the_test_extra_are_the_locked_versions() -> None:
    extras = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    pinned = [r for r in extras["project"]["optional-dependencies"]["test"] if "==" in r]
    assert pinned
    lock = locked()
    for requirement in pinned:
        name, version = requirement.split("==")
        assert lock.get(_name(name)) == version, requirement
