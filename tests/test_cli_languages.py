"""The command line's languages, called in-process: ``check`` and ``faq translations`` on a
file with translations, ``ask --json`'s ``language`` and ``ask --lang``."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from bot.cli import main

FAQ = """\
version: 1
conference:
  name: Test Conference
  timezone: America/New_York
  dates: [2018-06-28]
  translations:
    fr: {name: Conférence de test}
faq:
  - id: wifi
    question: Is there wifi?
    answer: Yes, UN-Guest.
    translations:
      fr: {question: "Y a-t-il du wifi ?", answer: "Oui, UN-Guest.", needs_review: true}
      es: {question: "¿Hay wifi?"}
  - id: food
    question: Where can I eat?
    answer: In the cafeteria.
"""


@pytest.fixture
def faq(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    for name in ("FAQ_PATH", "DB_PATH", "SEMANTIC_SEARCH"):
        monkeypatch.delenv(name, raising=False)
    path = tmp_path / "faq.yaml"
    path.write_text(FAQ, encoding="utf-8")
    return path


def test_check_summarises_translations_per_language_in_one_line(
    faq: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", "--faq", str(faq)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[-1].startswith(f"{faq}: valid")
    summary = [line for line in lines if line.startswith("translations:")]
    assert len(summary) == 1
    assert "fr 2/3" in summary[0] and "es 0/3 (1 partly)" in summary[0]
    assert "ar 0/3" in summary[0] and "1 marked needs_review" in summary[0]


def test_faq_translations_missing_lists_each_item_left_in_that_language(
    faq: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["faq", "translations", "--faq", str(faq), "--missing", "es"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "3 of 3 items have text not yet translated into es (Spanish):"
    assert "  conference: name" in out
    assert "  faq wifi: answer (the rest is translated)" in out
    assert "  faq food: question, answer" in out


def test_faq_translations_says_when_a_language_is_complete(
    faq: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    faq.write_text(FAQ.replace("  - id: food\n    question: Where can I eat?\n"
                               "    answer: In the cafeteria.\n", ""), encoding="utf-8")
    assert main(["faq", "translations", "--faq", str(faq), "--missing", "fr"]) == 0
    assert capsys.readouterr().out.strip() == "everything is translated into fr (French)"


def test_faq_translations_table_has_a_row_per_language(
    faq: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["faq", "translations", "--faq", str(faq)]) == 0
    rows = capsys.readouterr().out.splitlines()[1:]
    assert [row.split()[0] for row in rows] == ["ar", "zh", "fr", "ru", "es"]
    french = rows[2].split()
    assert french[2:] == ["2", "of", "3", "0", "1", "1"]


def test_faq_translations_refuses_a_language_that_is_not_translated_into(
    faq: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["faq", "translations", "--faq", str(faq), "--missing", "de"])
    assert stopped.value.code == 2
    assert "invalid choice: 'de'" in capsys.readouterr().err


def test_faq_translations_on_an_invalid_file_fails_with_its_problems(
    faq: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    faq.write_text(FAQ.replace("fr: {name", "cn: {name"), encoding="utf-8")
    assert main(["faq", "translations", "--faq", str(faq)]) == 1
    err = capsys.readouterr().err
    assert "conference.translations.cn: unknown language code 'cn': write 'zh'" in err


def _ask_json(capsys: pytest.CaptureFixture[str], *args: str) -> list[dict[str, object]]:
    assert main(["ask", "--json", *args]) == 0
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def test_ask_json_gives_the_language_each_question_is_in(
    faq: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SEMANTIC_SEARCH", "off")
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(
        "Is there wifi?\n¿Dónde puedo comer algo?\nГде можно пообедать?\n👍\n".encode())))
    found = _ask_json(capsys, "--faq", str(faq))
    assert [line["language"] for line in found] == ["en", "es", "ru", None]


def test_ask_lang_forces_the_language_of_the_question(
    faq: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SEMANTIC_SEARCH", "off")
    [line] = _ask_json(capsys, "--faq", str(faq), "--lang", "fr", "Is there wifi?")
    assert line["language"] == "fr"
    assert line["id"] == "wifi"


def test_ask_lang_refuses_a_language_the_bot_does_not_speak(
    faq: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit):
        main(["ask", "--faq", str(faq), "--lang", "de", "wifi?"])
    assert "invalid choice: 'de'" in capsys.readouterr().err


def test_chat_lang_refuses_a_language_the_bot_does_not_speak(
    faq: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit):
        main(["chat", "--faq", str(faq), "--lang", "de"])
    assert "invalid choice: 'de'" in capsys.readouterr().err
