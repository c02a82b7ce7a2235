"""Small edits of the organisers' FAQ file that keep everything else as it was.

Moderators teach the bot from the review: a new phrasing becomes one more
``alternates`` line of an entry, a question group can become a new FAQ entry. The
file is the organisers' own, full of comments, so an edit must change exactly what it
adds and nothing else, byte for byte.

How: ruamel.yaml (a round-trip YAML library) parses the file into nodes that know
where they are in the text; the new line is spliced into the original text at the
right place, in the file's own indentation and line endings, and its value is written
by a quoting rule checked against ruamel's reading. (Dumping the whole document
again, even with ruamel, reflows long lines, quotes and indents; splicing cannot.)
PyYAML stays the reader: the edited text must then load with the project's own
loader (``parse_knowledge_base``), with no new error and no warning about the line
added, and read as the same knowledge base but for the one addition.

The file is replaced atomically (a temporary file next to it, fsync, rename) and only
if it still holds exactly the bytes the edit was made from: an organiser saving the
file meanwhile is never overwritten; the edit is refused with a clear message.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import json
import os
import re
import secrets
import stat
import textwrap
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from ruamel.yaml import YAML
from ruamel.yaml.error import YAMLError
from ruamel.yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from bot.core.models import FaqEntry, KnowledgeBase, Session
from bot.core.text import phrasing_key, valid_unicode
from bot.errors import BotError
from bot.faqfile.limits import MAX_ANSWER_CHARS, MAX_FAQ_FILE_BYTES
from bot.faqfile.loader import parse_knowledge_base
from bot.faqfile.problems import LoadResult, Problem

# Longest phrasing a moderator may add: a question, not a text.
MAX_PHRASING_CHARS = 300
# Where a folded answer (``>-``) of a new entry is wrapped, in characters of text.
ANSWER_WRAP_CHARS = 76
# Indentation of a list under its key when the file has no example to copy.
DEFAULT_LIST_OFFSET = 2

_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*\Z")
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
# A plain scalar must not start with an indicator, and inside [ ] no flow indicator.
_INDICATOR_START = re.compile(r"[-?:,\[\]{}#&*!|>'\"%@`\s]")
_FLOW_CHARS = re.compile(r"[,\[\]{}]")
# What YAML may not hold as such (PyYAML's printable set): written as escapes.
# NEL and the Unicode line and paragraph separators are line breaks to YAML 1.1.
_UNPRINTABLE = re.compile(
    "[^\x09\x0a\x0d\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufffd"
    "\U00010000-\U0010ffff]"
)


class FaqEditError(BotError):
    """An edit of the FAQ file was refused; the message says why, in one line."""


class FaqChangedError(FaqEditError):
    """The file changed on disk after it was read: nothing was written."""


@dataclass(frozen=True)
class Snapshot:
    """The FAQ file's bytes as read for an edit."""

    path: Path  # the real file (a symlink is followed, so the link itself stays)
    shown: str  # the path as the caller named it, for messages
    data: bytes

    @property
    def digest(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


@dataclass(frozen=True)
class Edit:
    """An edit worked out from a snapshot: the new bytes, not yet written."""

    before: Snapshot
    data: bytes
    entry_id: str
    wording: str  # the phrasing added (for a new entry: its question)
    line: int | None  # 1-based line of what was added (None: nothing to add)
    new_entry: bool = False

    @property
    def changed(self) -> bool:
        return self.data != self.before.data

    def summary(self, quote: Callable[[str], str] = repr) -> str:
        """What it does, for the moderator: "added 'wifi pwd' to the alternates of
        'wifi'". ``quote`` shows the wording (a front end makes it inert)."""
        if self.new_entry:
            return f"added the FAQ entry {self.entry_id!r}"
        if not self.changed:
            return f"{self.entry_id!r} already has {quote(self.wording)}"
        return f"added {quote(self.wording)} to the alternates of {self.entry_id!r}"


def read_snapshot(path: str | os.PathLike[str]) -> Snapshot:
    shown = os.fspath(path)
    real = Path(os.path.realpath(path))
    try:
        with open(real, "rb") as handle:
            data = handle.read(MAX_FAQ_FILE_BYTES + 1)
    except OSError as exc:
        raise FaqEditError(f"cannot read {shown}: {exc.strerror or exc}") from exc
    if len(data) > MAX_FAQ_FILE_BYTES:
        raise FaqEditError(f"{shown} is larger than {MAX_FAQ_FILE_BYTES} bytes; not edited")
    return Snapshot(real, shown, data)


# --- working out an edit ------------------------------------------------------------


@dataclass(frozen=True)
class _Text:
    bom: str
    body: str
    newline: str

    @classmethod
    def of(cls, snapshot: Snapshot) -> _Text:
        try:
            text = snapshot.data.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise FaqEditError(f"{snapshot.shown} is not valid UTF-8; not edited") from exc
        bom = "\ufeff" if text.startswith("\ufeff") else ""
        body = text[len(bom):]
        found = _LINE_BREAK.search(body)
        return cls(bom, body, found.group(0) if found else "\n")

    def spliced(self, at: int, insert: str, remove: int = 0) -> bytes:
        body = self.body[:at] + insert + self.body[at + remove:]
        return (self.bom + body).encode("utf-8")

    def line_of(self, index: int) -> int:
        return len(_LINE_BREAK.findall(self.body[:index])) + 1

    def after_line(self, node: Node) -> tuple[int, str]:
        """Where a line placed after ``node``'s last line goes, and what must come
        first (a line break, when that line is the last and has none)."""
        end = node.end_mark
        if end.column == 0 and end.index > 0:  # a block scalar ends on a new line
            return end.index, ""
        found = _LINE_BREAK.search(self.body, end.index)
        if found is None:
            return len(self.body), self.newline
        return found.end(), ""

    def indent_of_line(self, index: int) -> str:
        start = max(self.body.rfind("\n", 0, index), self.body.rfind("\r", 0, index)) + 1
        line = self.body[start:index]
        return line[: len(line) - len(line.lstrip(" "))]


def _compose(text: _Text, shown: str) -> MappingNode:
    try:
        node = YAML(typ="rt").compose(text.body)
    except YAMLError as exc:
        raise FaqEditError(f"{shown} cannot be read as YAML now ({_first_line(exc)}); run "
                           "`conference-bot check` and fix it first") from exc
    if not isinstance(node, MappingNode):
        raise FaqEditError(f"{shown} is not a FAQ file (no mapping at the top); not edited")
    return node


def _first_line(exc: Exception) -> str:
    return " ".join(str(exc).split())[:200]


def _get(mapping: MappingNode, key: str) -> tuple[ScalarNode, Node] | None:
    """The last ``key`` of the mapping (the one that counts when a key is repeated)."""
    found = None
    for k, v in mapping.value:
        if isinstance(k, ScalarNode) and k.value == key:
            found = (k, v)
    return found


def _flow(node: Node) -> bool:
    """Whether a list or mapping is written in flow style (``[a, b]``, ``{k: v}``)."""
    return bool(getattr(node, "flow_style", False))


def _scalar_text(node: Node) -> str | None:
    return node.value if isinstance(node, ScalarNode) else None


def _loads_as(text: str, wanted: str) -> bool:
    """Whether PyYAML, the project's reader (YAML 1.1: ``yes`` is true, ``10:30`` a
    number), reads ``text`` as the list ``[wanted]``."""
    try:
        loaded = yaml.safe_load(text)
    except yaml.YAMLError:
        return False
    return isinstance(loaded, list) and loaded == [wanted]


def _escape_unprintable(quoted: str) -> str:
    return _UNPRINTABLE.sub(
        lambda m: f"\\u{ord(m.group()):04x}" if ord(m.group()) <= 0xFFFF
        else f"\\U{ord(m.group()):08x}",
        quoted,
    )


def yaml_scalar(value: str, *, flow: bool) -> str:
    """``value`` as a one-line YAML scalar: plain when that reads back as the same
    text (inside ``[...]`` too, when ``flow``), else double-quoted."""
    plain_ok = (
        value == value.strip()
        and value != ""
        and "\n" not in value
        and "\r" not in value
        and not _INDICATOR_START.match(value)
        and not (flow and _FLOW_CHARS.search(value))
        and ": " not in value
        and " #" not in value
        and not value.endswith(":")
    )
    if plain_ok and _loads_as(f"[{value}]" if flow else f"- {value}\n", value):
        return value
    # A JSON string is a YAML double-quoted scalar; YAML also refuses raw DEL, C1
    # controls and the like, which are written as escapes.
    quoted = _escape_unprintable(json.dumps(value, ensure_ascii=False))
    if not _loads_as(f"[{quoted}]", value):  # pragma: no cover - JSON is a YAML subset
        raise FaqEditError(f"cannot write {value!r} as YAML")
    return quoted


def _items(top: MappingNode, section: str) -> list[MappingNode]:
    found = _get(top, section)
    if found is None or not isinstance(found[1], SequenceNode):
        return []
    return [item for item in found[1].value if isinstance(item, MappingNode)]


def _entry_node(top: MappingNode, entry_id: str) -> tuple[str, MappingNode] | None:
    for section in ("faq", "sessions"):
        for item in _items(top, section):
            ident = _get(item, "id")
            if ident is not None and _scalar_text(ident[1]) == entry_id:
                return section, item
    return None


def _list_offset(top: MappingNode) -> int:
    """How far a block ``alternates`` list sits right of its key in this file."""
    for section in ("faq", "sessions"):
        for item in _items(top, section):
            found = _get(item, "alternates")
            if found is not None and isinstance(found[1], SequenceNode) and (
                not found[1].flow_style and found[1].value
            ):
                return max(0, int(found[1].start_mark.column) - int(found[0].start_mark.column))
    return DEFAULT_LIST_OFFSET


def _load(data: bytes, shown: str) -> LoadResult:
    return parse_knowledge_base(data, shown)


def _phrasings(item: FaqEntry | Session) -> list[str]:
    first = item.question if isinstance(item, FaqEntry) else item.title
    return [first, *item.alternates]


def _clean_phrasing(text: str) -> str:
    flat = " ".join(valid_unicode(text).split())
    if not flat:
        raise FaqEditError("the phrasing to add is empty")
    if len(flat) > MAX_PHRASING_CHARS:
        raise FaqEditError(
            f"the phrasing to add is {len(flat)} characters long; a phrasing is a question "
            f"(at most {MAX_PHRASING_CHARS} characters)"
        )
    return flat


def plan_alternate(snapshot: Snapshot, entry_id: str, phrasing: str) -> Edit:
    """Add ``phrasing`` as the last ``alternates`` line of the FAQ entry or session
    ``entry_id``. Nothing to add (an Edit that does not change) when the entry already
    has this phrasing, give or take case and punctuation."""
    wording = _clean_phrasing(phrasing)
    before, kb = _valid_now(snapshot)
    item = kb.item(entry_id)
    if not isinstance(item, FaqEntry | Session):
        kinds = "FAQ entry or session" if item is None else "FAQ entry or session (a theme "\
            "has no alternates)"
        raise FaqEditError(f"no {kinds} with the id {entry_id!r} in {snapshot.shown}")
    if any(phrasing_key(p) == phrasing_key(wording) for p in _phrasings(item)):
        return Edit(snapshot, snapshot.data, entry_id, wording, None)
    text = _Text.of(snapshot)
    top = _compose(text, snapshot.shown)
    found = _entry_node(top, entry_id)
    if found is None or found[1].flow_style:
        raise FaqEditError(
            f"the entry {entry_id!r} of {snapshot.shown} is not written as a block (one "
            "'key: value' per line); add the phrasing by hand"
        )
    section, entry = found
    at, insert, remove = _alternate_splice(text, top, section, entry, wording)
    data = text.spliced(at, insert, remove)
    line = text.line_of(at + len(insert) - len(insert.lstrip("\r\n ")))
    edit = Edit(snapshot, data, entry_id, wording, line)
    _check_edit(edit, before, entry_id, wording)
    return edit


def _alternate_splice(
    text: _Text, top: MappingNode, section: str, entry: MappingNode, wording: str
) -> tuple[int, str, int]:
    nl = text.newline
    found = _get(entry, "alternates")
    if found is not None and isinstance(found[1], SequenceNode):
        key, seq = found
        if _flow(seq):
            if seq.value:
                return seq.value[-1].end_mark.index, f", {yaml_scalar(wording, flow=True)}", 0
            return seq.start_mark.index + 1, yaml_scalar(wording, flow=True), 0
        last = seq.value[-1]
        at, lead = text.after_line(last)
        dash = " " * seq.start_mark.column
        start_line = text.body[last.start_mark.index - last.start_mark.column:]
        prefix = start_line[: last.start_mark.column]
        if prefix.strip() != "-" or not prefix.startswith(dash):
            prefix = dash + "- "
        return at, f"{lead}{prefix}{yaml_scalar(wording, flow=False)}{nl}", 0
    offset = " " * _list_offset(top)
    if found is not None:  # "alternates:" with nothing (or null) after it
        key, value = found
        if not (isinstance(value, ScalarNode) and str(value.tag).endswith(":null")):
            raise FaqEditError("the entry's alternates is not a list; fix it by hand")
        indent = " " * key.start_mark.column
        item = f"{indent}{offset}- {yaml_scalar(wording, flow=False)}{nl}"
        start = value.start_mark.index
        at, lead = text.after_line(value if value.end_mark.index > start else key)
        if value.end_mark.index > start:  # "alternates: ~": the "~" goes, the item comes
            start = len(text.body[:start].rstrip(" "))
            kept = text.body[value.end_mark.index:at]
            return start, f"{kept}{lead}{item}", at - start
        return at, f"{lead}{item}", 0
    anchor_key = "question" if section == "faq" else "title"
    anchor = _get(entry, anchor_key) or _get(entry, "id")
    assert anchor is not None  # the entry was found by its id
    key, value = anchor
    at, lead = text.after_line(value)
    indent = " " * key.start_mark.column
    return at, (f"{lead}{indent}alternates:{nl}"
                f"{indent}{offset}- {yaml_scalar(wording, flow=False)}{nl}"), 0


def _valid_now(snapshot: Snapshot) -> tuple[LoadResult, KnowledgeBase]:
    """The file as it is: an edit starts only from a file the bot reads without errors."""
    before = _load(snapshot.data, snapshot.shown)
    if before.kb is None:
        raise FaqEditError(
            f"{snapshot.shown} has problems now, so it was not edited; run "
            "`conference-bot check` and fix them first"
        )
    return before, before.kb


def _valid_after(data: bytes, shown: str, before: LoadResult, what: str) -> KnowledgeBase:
    """The file as ``what`` would leave it, refused when it would not load or would warn
    of something new (the checker's warnings are the organisers' to fix, not ours)."""
    after = _load(data, shown)
    if after.kb is None:
        problems = "; ".join(str(p) for p in after.errors[:3])
        raise FaqEditError(f"{what} would make {shown} invalid, so it was not written: "
                           f"{problems}")
    new_warnings = _new_warnings(before, after)
    if new_warnings:
        raise FaqEditError(f"not added: {new_warnings[0].message}")
    return after.kb


def _check_edit(edit: Edit, before_result: LoadResult, entry_id: str, wording: str) -> None:
    before = before_result.kb
    assert before is not None
    after = _valid_after(edit.data, edit.before.shown, before_result, "the edit")
    expected = _with_alternate(before, entry_id, wording)
    if after != expected:  # pragma: no cover - a splice landing elsewhere is a bug
        raise FaqEditError(
            f"the edit of {edit.before.shown} did not read back as intended, so it was not "
            "written (please report this)"
        )


_LINE_NUMBER = re.compile(r"\bline \d+")


def _new_warnings(before: LoadResult, after: LoadResult) -> list[Problem]:
    """Warnings the edit brought (line numbers aside: lines below the edit moved)."""
    def key(problem: Problem) -> tuple[str, str]:
        return problem.field, _LINE_NUMBER.sub("line ?", problem.message)

    known = {key(p) for p in before.warnings}
    return [p for p in after.warnings if key(p) not in known]


def _with_alternate(kb: KnowledgeBase, entry_id: str, wording: str) -> KnowledgeBase:
    def add(item: Any) -> Any:
        if getattr(item, "id", None) == entry_id:
            return dataclasses.replace(item, alternates=(*item.alternates, wording))
        return item

    return dataclasses.replace(
        kb, faq=tuple(add(e) for e in kb.faq), sessions=tuple(add(s) for s in kb.sessions)
    )


@dataclass(frozen=True)
class NewEntry:
    id: str
    question: str
    answer: str
    alternates: tuple[str, ...] = ()


def plan_entry(snapshot: Snapshot, entry: NewEntry) -> Edit:
    """Add a new FAQ entry at the end of the ``faq`` list."""
    entry = _checked_entry(entry)
    before, kb = _valid_now(snapshot)
    if kb.item(entry.id) is not None or any(a.id == entry.id for a in kb.alerts):
        raise FaqEditError(f"the id {entry.id!r} is already used in {snapshot.shown}; "
                           "choose another")
    text = _Text.of(snapshot)
    top = _compose(text, snapshot.shown)
    found = _get(top, "faq")
    if found is None or not isinstance(found[1], SequenceNode):
        raise FaqEditError(f"{snapshot.shown} has no faq list to add to")
    key, seq = found
    nl = text.newline
    items = [i for i in seq.value if isinstance(i, MappingNode)]
    if _flow(seq) and seq.value:
        raise FaqEditError(f"the faq list of {snapshot.shown} is written as [ ... ]; add "
                           "the entry by hand")
    if items and not items[-1].flow_style:
        last = items[-1]
        dash_col = seq.start_mark.column
        key_col = last.value[0][0].start_mark.column
        end_node = max((v for _, v in last.value), key=lambda n: n.end_mark.index)
        at, lead = text.after_line(end_node)
        remove = 0
    else:  # "faq: []" (or an empty list): the first entry
        dash_col = key.start_mark.column + 2
        key_col = dash_col + 2
        at, lead = text.after_line(seq if _flow(seq) else key)
        remove = 0
        if _flow(seq):  # "[]" goes (a comment after it stays), the entry comes below
            kept = text.body[seq.end_mark.index:at]
            remove = at - seq.start_mark.index
            at, lead = seq.start_mark.index, kept + lead
    offset = _list_offset(top)
    block = _entry_lines(entry, dash_col, key_col, offset, nl)
    data = text.spliced(at, lead + block, remove)
    edit = Edit(snapshot, data, entry.id, entry.question,
                text.line_of(at + len(lead)) + (1 if remove else 0), new_entry=True)
    after = _valid_after(data, snapshot.shown, before, "the new entry")
    added = after.item(entry.id)
    expected = FaqEntry(id=entry.id, question=entry.question, answer=entry.answer,
                        alternates=entry.alternates)
    if added != expected or after.faq[:-1] != kb.faq:  # pragma: no cover - a bug
        raise FaqEditError(f"the new entry did not read back as intended, so {snapshot.shown} "
                           "was not written (please report this)")
    return edit


def _checked_entry(entry: NewEntry) -> NewEntry:
    if not _ID.match(entry.id):
        raise FaqEditError(
            f"{entry.id!r} is not a valid id: use only lowercase letters a-z, digits 0-9 and "
            "hyphens between them, e.g. 'cloakroom-hours'"
        )
    question = _clean_phrasing(entry.question)
    answer = valid_unicode(entry.answer).strip()
    if not answer:
        raise FaqEditError("the answer is empty")
    if len(answer) > MAX_ANSWER_CHARS:
        raise FaqEditError(f"the answer is {len(answer)} characters long; the limit is "
                           f"{MAX_ANSWER_CHARS}")
    alternates: list[str] = []
    for alternate in entry.alternates:
        if not alternate.strip():
            continue
        clean = _clean_phrasing(alternate)
        keys = {phrasing_key(a) for a in (question, *alternates)}
        if phrasing_key(clean) not in keys:
            alternates.append(clean)
    return NewEntry(entry.id, question, answer, tuple(alternates))


def _entry_lines(entry: NewEntry, dash_col: int, key_col: int, offset: int, nl: str) -> str:
    dash = " " * dash_col + "-" + " " * max(1, key_col - dash_col - 1)
    pad = " " * key_col
    lines = [f"{dash}id: {entry.id}", f"{pad}question: {yaml_scalar(entry.question, flow=False)}"]
    if entry.alternates:
        lines.append(f"{pad}alternates:")
        lines += [f"{pad}{' ' * offset}- {yaml_scalar(a, flow=False)}" for a in entry.alternates]
    lines += _answer_lines(entry.answer, pad)
    return nl.join(lines) + nl


def _answer_lines(answer: str, pad: str) -> list[str]:
    body = pad + "  "
    if "\n" in answer:
        parts = answer.split("\n")
        if all(p == p.rstrip() for p in parts) and not answer.startswith(" "):
            return [f"{pad}answer: |-", *[(body + p) if p else "" for p in parts]]
    elif "  " not in answer and "\t" not in answer and not answer.startswith("#"):
        wrapped = textwrap.wrap(answer, ANSWER_WRAP_CHARS, break_long_words=False,
                                break_on_hyphens=False)
        if " ".join(wrapped) == answer:
            return [f"{pad}answer: >-", *[body + w for w in wrapped]]
    return [f"{pad}answer: {yaml_scalar(answer, flow=False)}"]


# --- writing it ---------------------------------------------------------------------


def commit(edit: Edit) -> None:
    """Write the edit over the file, atomically, if the file still holds the bytes the
    edit was made from; FaqChangedError (nothing written) if it does not."""
    if not edit.changed:
        return
    path = edit.before.path
    _refuse_if_changed(edit.before)
    try:
        mode = stat.S_IMODE(os.stat(path).st_mode)
    except OSError as exc:
        raise FaqEditError(f"cannot write {edit.before.shown}: {exc.strerror or exc}") from exc
    temp = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp")
    try:
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(edit.data)
                handle.flush()
                os.fsync(handle.fileno())
        finally:
            with contextlib.suppress(OSError):
                os.chmod(temp, mode)
        # Looked at once more right before the rename: an organiser who saved while
        # the temporary file was written keeps their version.
        _refuse_if_changed(edit.before)
        os.replace(temp, path)
    except OSError as exc:
        raise FaqEditError(f"cannot write {edit.before.shown}: {exc.strerror or exc}") from exc
    finally:
        with contextlib.suppress(OSError):
            temp.unlink()
    _sync_folder(path.parent)


def _refuse_if_changed(snapshot: Snapshot) -> None:
    try:
        now = read_snapshot(snapshot.path).data
    except FaqEditError:
        now = None
    if now != snapshot.data:
        raise FaqChangedError(
            f"{snapshot.shown} changed on disk since it was read (someone saved it "
            "meanwhile); nothing was written, so their edit is safe. Run it again to make "
            "the change on top of the new version."
        )


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); not possible everywhere, never fatal."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def add_alternate(path: str | os.PathLike[str], entry_id: str, phrasing: str) -> Edit:
    """Read, add the phrasing, validate, write: the whole edit in one call."""
    edit = plan_alternate(read_snapshot(path), entry_id, phrasing)
    commit(edit)
    return edit


def add_entry(path: str | os.PathLike[str], entry: NewEntry) -> Edit:
    edit = plan_entry(read_snapshot(path), entry)
    commit(edit)
    return edit
