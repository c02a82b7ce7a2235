"""The benchmarks keep the blind check sets blind: ``alerts.py`` counts their false alarms
and ``quality.py`` their misses, and neither prints their lines, so that reading misses
to measure a change does not spend them."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks import alerts, quality

REGRESSION = Path(__file__).parent / "regression"


@pytest.mark.parametrize(("name", "blind"), [
    ("heldout.yaml", True),  # the held-out third
    ("heldout_v65.yaml", True),  # a blind set over the bundled FAQ
    ("heldout_v66.yaml", True),  # the latest blind set over the bundled FAQ
    ("other_lima_prisons.yaml", True),  # a check FAQ file's questions
    ("other_montevideo_drones.yaml", True),  # a check FAQ file's questions
    ("other_capetown_sport.yaml", True),  # the latest check FAQ file's questions
    ("questions.yaml", False),  # tuning
    ("heldout_v10.yaml", False),  # blind when written, read since
])
def test_the_blind_check_sets_are_the_files_whose_lines_stay_unread(
    name: str, blind: bool
) -> None:
    assert ((REGRESSION / name).resolve() in alerts.blind_question_files()) is blind


def test_a_blind_sets_false_alarms_are_counted_but_not_printed(
    capsys: pytest.CaptureFixture[str],
) -> None:
    alerts._report("ordinary questions", 100, ["FALSE ALARM urgent  <- 'read one'"],
                   misses=True, unread=2)
    out = capsys.readouterr().out
    assert "false alarms  3.0% (3)" in out
    assert "read one" in out
    assert "2 more in blind check sets" in out


def test_quality_prints_the_misses_of_a_read_set_but_not_of_a_blind_check_set(
    tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    questions = tmp_path / "set.yaml"
    questions.write_text('- {q: "zzqx a question about the moon", expect: [wifi]}\n',
                         encoding="utf-8")
    quality.report(quality.BUNDLED, {"read": (questions,), "held-out": (questions,)},
                   no_semantic=True, misses=True)
    out = capsys.readouterr().out
    assert out.count("zzqx a question about the moon") == 1
    assert "(1 misses of a blind check set, not printed)" in out
