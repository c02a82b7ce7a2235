"""Loading the FAQ here or in a worker process: the same answers either way, small
edits here, big changes in a real worker process, and a broken file or a dead worker
leave the last good FAQ serving."""

from __future__ import annotations

import datetime as dt
import pickle
import sys
from collections.abc import Sequence
from pathlib import Path

import pytest

from benchmarks.synthetic import grown_kb
from bot import faqloads
from bot.core.answering import answer
from bot.core.matching import MatchIndex
from bot.faqfile import FileLimits
from bot.faqfile.problems import Problem
from bot.faqloads import MAX_PIECE_BYTES, FaqLoads, WorkerCrashedError, pack, unpack
from bot.reloading import FaqWatcher, Status
from bot.served import FaqHolder, LoadedFaq
from bot.wiring import load_faq
from tests.discord_bot.fixtures import FAQ_TEXT
from tests.question_sets import read_set

pytestmark = pytest.mark.heavy

ROOT = Path(__file__).resolve().parent.parent
BUNDLED = ROOT / "faq" / "conference.yaml"
NOW = dt.datetime(2018, 6, 28, 15, 30, tzinfo=dt.UTC)
QUESTIONS = [item["q"] for item in read_set(
    ROOT / "tests" / "regression" / "questions.yaml")][:120]
GOOD_EDIT = FAQ_TEXT.replace("Network HLC-Guest", "Network UNHQ-Delegates")
BROKEN_EDIT = FAQ_TEXT.replace(
    "    answer: Yes, free wifi. Network HLC-Guest, password unite2018.\n", "")
WIFI_LINE = FAQ_TEXT.splitlines().index("  - id: wifi") + 1


def round_trip(faq: LoadedFaq) -> LoadedFaq:
    return unpack(pickle.loads(pickle.dumps(pack(faq))))


def save(path: Path, text: str) -> None:
    path.write_text(text, encoding="utf-8")


def wifi_text(holder: FaqHolder) -> str:
    return str(getattr(holder.current.index.kb.item("wifi"), "answer", ""))


def test_an_index_taken_in_from_pieces_answers_exactly_as_the_one_built_here() -> None:
    built = load_faq(BUNDLED)
    again = round_trip(built)
    assert again.index.kb == built.index.kb and again.warnings == built.warnings
    assert [answer(again.index, q, NOW) for q in QUESTIONS] == [
        answer(built.index, q, NOW) for q in QUESTIONS]


def test_a_big_index_ranked_on_arrays_survives_the_pieces_too() -> None:
    kb = grown_kb(load_faq(BUNDLED).index.kb, 600)
    built = LoadedFaq(BUNDLED, MatchIndex.build(kb), ())
    assert built.index._arrays is not None
    again = round_trip(built)
    assert [answer(again.index, q, NOW) for q in QUESTIONS[:40]] == [
        answer(built.index, q, NOW) for q in QUESTIONS[:40]]


def test_no_piece_of_a_packed_index_is_big_unless_it_is_one_item() -> None:
    kb = grown_kb(load_faq(BUNDLED).index.kb, 600)
    _head, entries, index = pack(LoadedFaq(BUNDLED, MatchIndex.build(kb), ()))
    pieces = [data for packed in (entries, index, *(v for _, v in index[2]))
              for _name, _kind, pickles in packed[1] for data in pickles]
    assert len(pieces) > 10
    assert all(len(data) <= MAX_PIECE_BYTES or len(pickle.loads(data)) == 1 for data in pieces)


def test_the_posting_spans_of_a_big_index_are_packed_in_pieces_too() -> None:
    """Each span table is a dict of tens of thousands of words at 20,000 entries:
    taken in as one pickle it would hold the interpreter lock for milliseconds."""
    kb = grown_kb(load_faq(BUNDLED).index.kb, 600)
    _head, _entries, index = pack(LoadedFaq(BUNDLED, MatchIndex.build(kb), ()))
    arrays = dict(index[2])["_arrays"]
    spans = dict(arrays[2])
    assert set(spans) == {"_stem_span", "_word_span"}
    for packed in spans.values():
        assert [name for name, _kind, _pickles in packed[1]] == ["_numbers"]


@pytest.mark.parametrize(
    ("old", "new", "span"),
    [
        (b"abcdef", b"abcdef", 0),
        (b"abcdef", b"abXdef", 1),
        (b"abcdef", b"abcdefgh", 2),
        (b"abcdef", b"ab", 4),
        (b"", b"abc", 3),
        (b"aaaa", b"aaaaa", 1),
    ],
)
def test_the_changed_span_is_what_lies_between_the_shared_start_and_end(
    old: bytes, new: bytes, span: int
) -> None:
    assert faqloads._changed_span(old, new) == span


@pytest.mark.parametrize("at", [0, 1, 65_535, 65_536, 65_537, 100_000, 199_999])
@pytest.mark.parametrize(("edit", "span"), [("replace", 1), ("insert", 2), ("delete", 3)])
def test_the_changed_span_is_found_across_the_pieces_compared_at_a_time(
    at: int, edit: str, span: int
) -> None:
    # 200,800 bytes, over three pieces of 64 KiB. The pattern repeats every 251 bytes
    # and holds neither 0xff nor 0xfe, so no edit's bytes match their neighbours' and the
    # span is the edit's own length wherever it falls.
    old = bytes(range(251)) * 800
    if edit == "replace":
        new = old[:at] + b"\xff" + old[at + 1 :]
    elif edit == "insert":
        new = old[:at] + b"\xff\xfe" + old[at:]
    else:
        new = old[:at] + old[at + 3 :]
    assert faqloads._changed_span(old, new) == span
    assert faqloads._changed_span(new, old) == span


@pytest.fixture
def path(tmp_path: Path) -> Path:
    target = tmp_path / "faq.yaml"
    target.write_text(FAQ_TEXT, encoding="utf-8")
    return target


async def watching(
    path: Path, loads: FaqLoads
) -> tuple[FaqWatcher, FaqHolder, list[Problem]]:
    problems: list[Problem] = []

    async def told(found: Sequence[Problem]) -> None:
        problems.extend(found)

    holder = FaqHolder(loads(path))
    watcher = FaqWatcher(path, holder, poll_seconds=0, load=loads, on_problems=told)
    await watcher.prime()
    return watcher, holder, problems


async def test_a_small_edit_is_loaded_here_and_a_big_change_in_a_worker_process(
    path: Path,
) -> None:
    loads = FaqLoads(small_edit_bytes=200)
    watcher, holder, problems = await watching(path, loads)
    assert loads.last_way == "here"

    save(path, GOOD_EDIT)
    assert (await watcher.reload()).status is Status.RELOADED
    assert loads.last_way == "here" and "UNHQ-Delegates" in wifi_text(holder)

    # From the first line to the wifi entry: more than 200 bytes apart.
    changed = "# reorganised\n" + GOOD_EDIT.replace("Network UNHQ", "The network is UNHQ")
    save(path, changed)
    assert (await watcher.reload()).status is Status.RELOADED
    assert loads.last_way == "worker" and "The network is UNHQ" in wifi_text(holder)
    found = answer(holder.current.index, "wifi password?", NOW)
    assert found.answered and found.item_id == "wifi" and "The network is" in (found.text or "")
    assert problems == []


async def test_even_a_one_line_edit_of_a_big_file_is_loaded_in_a_worker_process(
    path: Path,
) -> None:
    size = len(FAQ_TEXT.encode())
    loads = FaqLoads(small_edit_bytes=1 << 20, large_file_bytes=size + 100)
    watcher, holder, problems = await watching(path, loads)

    save(path, GOOD_EDIT)  # one line; the file stays under the size limit
    assert (await watcher.reload()).status is Status.RELOADED
    assert loads.last_way == "here"

    big = FaqLoads(small_edit_bytes=1 << 20, large_file_bytes=size // 2)
    watcher, holder, problems = await watching(path, big)
    save(path, GOOD_EDIT.replace("Network UNHQ", "The network is UNHQ"))
    assert (await watcher.reload()).status is Status.RELOADED
    assert big.last_way == "worker" and "The network is UNHQ" in wifi_text(holder)
    assert problems == []


async def test_the_watcher_measures_the_first_change_against_the_file_it_serves(
    path: Path,
) -> None:
    holder = FaqHolder(load_faq(path))  # loaded at start-up by another loader
    loads = FaqLoads(small_edit_bytes=200)
    watcher = FaqWatcher(path, holder, poll_seconds=0, load=loads)
    await watcher.prime()

    save(path, "# reorganised\n" + GOOD_EDIT)  # a change from its first line to wifi
    assert (await watcher.reload()).status is Status.RELOADED
    assert loads.last_way == "worker" and "UNHQ-Delegates" in wifi_text(holder)


async def test_a_broken_file_built_in_the_worker_keeps_the_last_good_faq_with_its_lines(
    path: Path,
) -> None:
    watcher, holder, problems = await watching(path, FaqLoads(small_edit_bytes=1))
    before = holder.current

    save(path, BROKEN_EDIT)
    result = await watcher.reload()

    assert result.status is Status.FAILED and holder.current is before
    assert [str(p) for p in problems] == [f"{path}:{WIFI_LINE}: faq[0].answer: required"]


async def test_a_worker_that_dies_keeps_the_last_good_faq_and_says_so(path: Path) -> None:
    dying = (sys.executable, "-c", "import os, sys; sys.stderr.write('killed\\n'); os._exit(3)")
    watcher, holder, problems = await watching(path, FaqLoads(small_edit_bytes=1, worker=dying))
    before = holder.current

    save(path, GOOD_EDIT)
    result = await watcher.reload()

    assert result.status is Status.FAILED and holder.current is before
    assert len(problems) == 1 and "stopped unexpectedly (exit status 3; killed)" in str(problems[0])
    assert "still serving the last good FAQ" in str(problems[0])


def test_a_worker_whose_output_is_cut_short_is_a_crash_not_an_index(path: Path) -> None:
    truncated = (sys.executable, "-c", "import sys; sys.stdout.buffer.write(b'\\x80\\x05(')")
    with pytest.raises(WorkerCrashedError, match="stopped unexpectedly"):
        faqloads.load_in_worker(path, FileLimits(), truncated)
