"""A big event's FAQ file through the command line, in-process: refused under the default
limits, read once the organisers raise them (``FAQ_MAX_MIB``, ``FAQ_MAX_VALUES``)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.cli import main
from bot.faqfile import MAX_FAQ_FILE_BYTES
from tests.faqfile.test_hostile_files import billion_laughs

FAQ = """\
version: 1
conference:
  name: Test Conference
  timezone: America/New_York
  dates: [2018-06-28]
faq:
  - id: wifi
    question: Is there wifi?
    answer: Yes, UN-Guest.
"""


@pytest.fixture
def big_faq(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A valid file just over 5 MiB (a long comment stands in for thousands of entries)."""
    monkeypatch.chdir(tmp_path)
    for name in ("FAQ_PATH", "DB_PATH", "FAQ_MAX_MIB", "FAQ_MAX_VALUES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("SEMANTIC_SEARCH", "off")
    path = tmp_path / "faq.yaml"
    path.write_text(FAQ + "# " + "x" * MAX_FAQ_FILE_BYTES + "\n", encoding="utf-8")
    return path


def test_check_refuses_a_file_over_the_default_size_and_names_the_limit(
    big_faq: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert main(["check", "--faq", str(big_faq)]) == 1
    assert "the limit is 5242880 bytes (5 MiB)" in capsys.readouterr().out
    monkeypatch.setenv("FAQ_MAX_VALUES", "1000000")  # more values are not more bytes
    assert main(["check", "--faq", str(big_faq)]) == 1
    assert "the limit is 5242880 bytes (5 MiB)" in capsys.readouterr().out


def test_check_and_ask_read_the_file_once_the_size_limit_is_raised(
    big_faq: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FAQ_MAX_MIB", "6")
    assert main(["check", "--faq", str(big_faq)]) == 0
    assert capsys.readouterr().out.splitlines()[-1].startswith(f"{big_faq}: valid")
    assert main(["ask", "--json", "--faq", str(big_faq), "is there wifi?"]) == 0
    assert json.loads(capsys.readouterr().out)["id"] == "wifi"


def test_a_raised_value_limit_reaches_the_reader_from_the_environment(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("FAQ_MAX_VALUES", raising=False)
    monkeypatch.setenv("SEMANTIC_SEARCH", "off")
    path = tmp_path / "faq.yaml"
    # 9**6 = 531,441 values in a few lines (aliases of aliases): over the default
    # limit, under a limit raised to a million, over one raised to 200,000. A list of
    # literal values would show the same, but reading it twice took four seconds.
    bomb = "".join(f"  {line}\n" for line in billion_laughs(5).splitlines())
    path.write_text(FAQ + "extra:\n" + bomb, encoding="utf-8")
    assert main(["check", "--faq", str(path)]) == 1
    assert "more than 100000 values" in capsys.readouterr().out
    monkeypatch.setenv("FAQ_MAX_VALUES", "1000000")
    main(["check", "--faq", str(path)])
    assert "more than" not in capsys.readouterr().out
    monkeypatch.setenv("FAQ_MAX_VALUES", "200000")
    assert main(["check", "--faq", str(path)]) == 1
    assert "more than 200000 values" in capsys.readouterr().out
