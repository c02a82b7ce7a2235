"""Safe, line-aware reading of a FAQ file into a small tree of YAML nodes.

Only PyYAML's safe machinery is used: a safe loader supplies the event stream
(``check_event``/``get_event``), ``resolve`` for the implicit tag of plain scalars and
the ``SafeConstructor`` functions for scalar values. The loader is libyaml's
(``CSafeLoader``, many times faster on a big file) when PyYAML was built with it, else
the pure-Python ``SafeLoader``. The two agree on every ordinary file, but not on a few
corners of YAML (a tab after a token, a '?' inside a plain value of a [flow] list, a
comment glued to a block scalar's '|', the line of an empty value, explicit tags,
directives, syntax-error wording): a file that reaches one of those is read again with
the Python loader, so both accept the same files and report the same problems at the
same lines. The composer here is iterative (an explicit stack, no recursion), so deep
nesting cannot exhaust the Python stack, and it:

* rejects every tag outside the plain yaml.org set before anything is constructed
  (``!!python/...`` and custom tags are reported, never run);
* counts values as they expand through aliases and stops past ``MAX_YAML_NODES``
  (or the organisers' ``FAQ_MAX_VALUES``)
  (alias bombs), and stops past ``MAX_NESTING_DEPTH`` levels;
* keeps the 1-based line of every value and key, and the source text of every scalar,
  so the validator can say ``start: 10:30 was read by YAML as a number``;
* reports duplicate keys (YAML keeps the last one silently) and keys that are not text.

Nothing here raises for bad content: every finding becomes a ``Problem``.
"""

from __future__ import annotations

import codecs
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol, cast

import yaml
from yaml.events import (
    AliasEvent,
    DocumentStartEvent,
    Event,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
    StreamEndEvent,
)

from bot.faqfile.limits import DEFAULT_LIMITS, MAX_NESTING_DEPTH, FileLimits
from bot.faqfile.problems import FieldPath, Problem, Severity, format_path

_YAML_TAG = "tag:yaml.org,2002:"
_STR, _INT, _FLOAT, _BOOL, _NULL, _TIMESTAMP = (
    _YAML_TAG + name for name in ("str", "int", "float", "bool", "null", "timestamp")
)
_MERGE = _YAML_TAG + "merge"
_SCALAR_TAGS = frozenset({_STR, _INT, _FLOAT, _BOOL, _NULL, _TIMESTAMP})
# One string per short tag name, not one per scalar.
_SHORT_NAMES = {tag: tag[len(_YAML_TAG) :] for tag in _SCALAR_TAGS}
_SEQ_TAGS = frozenset({_YAML_TAG + "seq"})
_MAP_TAGS = frozenset({_YAML_TAG + "map"})

# The characters YAML forbids in a document (PyYAML's own rule), found before PyYAML
# sees the text so the problem can name the line and column.
_NON_PRINTABLE = re.compile(
    "[^\x09\x0a\x0d\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]"
)
_LINE_BREAK = re.compile("\r\n|[\r\n\x85\u2028\u2029]")

# Characters libyaml reads otherwise than PyYAML: a tab after a token (PyYAML refuses
# it), a byte order mark at the start of a line (libyaml skips it, PyYAML reads it as
# text) and the Unicode line breaks (lines counted differently). A file with any of
# them is read by the Python loader.
_LIBYAML_DIFFERS = re.compile("[\t\ufeff\x85\u2028\u2029]")
# A block scalar's header as PyYAML reads it: the indicator, chomping and indentation
# indicators, then a space, a line break or the end.
_BLOCK_HEADER = re.compile("[|>](?:[-+][1-9]?|[1-9][-+]?)?(?=[ \r\n\x85\u2028\u2029]|\\Z)")

if TYPE_CHECKING:
    SafeLoaderClass = type[yaml.SafeLoader] | type[yaml.CSafeLoader]
PYTHON_LOADER: SafeLoaderClass = yaml.SafeLoader
# None where PyYAML was built without libyaml (then yaml has no CSafeLoader at all).
C_LOADER: SafeLoaderClass | None = getattr(yaml, "CSafeLoader", None)


# Nodes have slots: a 20,000-entry file is over half a million of them.
@dataclass(eq=False, slots=True)
class Scalar:
    """A scalar as YAML read it: the Python value and the text as written."""

    line: int
    value: object  # str, int, float, bool, None, datetime.date or datetime.datetime
    text: str  # the scalar's text without quotes, exactly as in the file
    tag: str  # short name of the resolved type: str, int, float, bool, null, timestamp
    quoted: bool


@dataclass(eq=False, slots=True)
class Seq:
    line: int
    items: list[Node] = field(default_factory=list)
    # An alias (*name) refers to this very list: whoever reads it must not change it.
    aliased: bool = False


@dataclass(eq=False, slots=True)
class Entry:
    """One ``key: value`` pair of a mapping; ``key_line`` is where the key is written."""

    key: str
    key_line: int
    value: Node


@dataclass(eq=False, slots=True)
class Map:
    line: int
    entries: dict[str, Entry] = field(default_factory=dict)


@dataclass(eq=False, slots=True)
class Bad:
    """A value that was already reported (forbidden tag, impossible date, ...)."""

    line: int


Node = Scalar | Seq | Map | Bad


@dataclass
class ReadResult:
    """The top-level node (None when there is nothing usable) and what was found."""

    root: Node | None
    problems: list[Problem]
    lines: dict[FieldPath, int] = field(default_factory=dict)


def line_of(text: str, index: int) -> int:
    """The 1-based line of ``text[index]``, counting line breaks as YAML does."""
    return len(_LINE_BREAK.findall(text, 0, index)) + 1


def short_tag(tag: str) -> str:
    return "!!" + tag[len(_YAML_TAG) :] if tag.startswith(_YAML_TAG) else tag


def describe(node: Node) -> str:
    """What a value is, in words, for "expected X, found Y" messages."""
    if isinstance(node, Seq):
        return "a list"
    if isinstance(node, Map):
        return "a mapping (key: value lines)"
    if isinstance(node, Bad):
        return "an unreadable value"
    value = node.value
    if value is None:
        return "nothing (an empty value)"
    if isinstance(value, bool):
        return f"{node.text!r}, which YAML reads as {'true' if value else 'false'}"
    if isinstance(value, int | float):
        if node.text.strip() != str(value):
            return f"{node.text!r}, which YAML reads as the number {value}"
        return f"the number {node.text}"
    if isinstance(value, dt.datetime):
        return f"the date and time {node.text}"
    if isinstance(value, dt.date):
        return f"the date {node.text}"
    return f"the text {_clip(node.text)!r}"


def _clip(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 3] + "..."


def decode(
    data: bytes | str, path: str, max_bytes: int = DEFAULT_LIMITS.max_bytes
) -> tuple[str | None, list[Problem]]:
    """Check size and encoding; return the text (BOM removed) or None with problems."""

    def problem(message: str, line: int | None = None) -> tuple[None, list[Problem]]:
        return None, [Problem(path, line, "", message)]

    if isinstance(data, str):
        # Encoding a text far over the limit would only waste time: its length says it.
        size = (len(data) if len(data) > max_bytes
                else len(data.encode("utf-8", "surrogatepass")))
    else:
        size = len(data)
    if size > max_bytes:
        return problem(
            f"the file is too large: {size} bytes or more; the limit is "
            f"{max_bytes} bytes ({max_bytes // (1024 * 1024)} MiB)"
        )

    if isinstance(data, bytes):
        skipped = 0
        if data.startswith(codecs.BOM_UTF8):
            data, skipped = data[len(codecs.BOM_UTF8) :], len(codecs.BOM_UTF8)
        elif data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
            return problem("the file is saved as UTF-32; save it as UTF-8 text", 1)
        elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            return problem("the file is saved as UTF-16; save it as UTF-8 text", 1)
        nul = data.find(b"\x00")
        if nul >= 0:
            return problem(
                f"NUL byte at byte offset {nul + skipped}: this looks like a binary "
                "file, not a YAML text file",
                data.count(b"\n", 0, nul) + 1,
            )
        try:
            text = _decode_utf8(data)
        except UnicodeDecodeError as exc:
            bad = data[exc.start]
            return problem(
                f"not valid UTF-8 text: byte 0x{bad:02x} at byte offset "
                f"{exc.start + skipped}; save the file as UTF-8",
                data.count(b"\n", 0, exc.start) + 1,
            )
    else:
        text = data
    if text.startswith("\ufeff"):
        text = text[1:]

    found = _search(_NON_PRINTABLE, text)
    if found:
        index = found.start()
        line = line_of(text, index)
        start = max(text.rfind("\n", 0, index), text.rfind("\r", 0, index)) + 1
        char = found.group()
        if char == "\x00":
            what = "NUL character: this looks like a binary file, not a YAML text file"
        else:
            what = f"control character U+{ord(char):04X} is not allowed in YAML text"
        return problem(f"{what} (column {index - start + 1})", line)
    return text, []


# Text handled per call of C code: a reload reads the file in a thread beside the
# event loop, and one C call over a whole 14 MiB file keeps the interpreter lock for
# tens of milliseconds; between pieces the loop gets it.
_PIECE_CHARS = 256 * 1024


def _search(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """``pattern.search(text)``, a piece at a time; ``pattern`` matches one character."""
    for start in range(0, len(text), _PIECE_CHARS):
        found = pattern.search(text, start, start + _PIECE_CHARS)
        if found:
            return found
    return None


def _decode_utf8(data: bytes) -> str:
    """``data.decode("utf-8")``, a piece at a time (the same text, the same error)."""
    if len(data) <= _PIECE_CHARS:
        return data.decode("utf-8")
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        parts = [decoder.decode(data[at : at + _PIECE_CHARS])
                 for at in range(0, len(data), _PIECE_CHARS)]
        parts.append(decoder.decode(b"", final=True))
    except UnicodeDecodeError:
        return data.decode("utf-8")  # raises the error with its offset in the whole file
    return "".join(parts)


def read_yaml(
    data: bytes | str,
    path: str,
    *,
    loader: SafeLoaderClass | None = None,
    limits: FileLimits = DEFAULT_LIMITS,
    keep_lines: bool = True,
) -> ReadResult:
    """Read FAQ-file content into nodes; never raises for any content.

    ``loader`` is for tests that pin one; by default libyaml's, where there is one.
    ``keep_lines=False`` leaves ``ReadResult.lines`` empty: the nodes carry their lines,
    and the table by path is a third of the memory of reading a big file (a tuple and
    a slot per value: 40 MiB at 20,000 entries), wanted only by tests.
    """
    text, problems = decode(data, path, limits.max_bytes)
    if text is None:
        return ReadResult(None, problems)
    chosen = loader or C_LOADER or PYTHON_LOADER
    if chosen is not PYTHON_LOADER and not _search(_LIBYAML_DIFFERS, text):
        composer = _Composer(text, path, chosen, limits.max_values, keep_lines)
        try:
            root = composer.run()
        except _PythonLoaderNeededError:
            pass
        else:
            if not composer.syntax_error:
                return ReadResult(root, composer.problems, composer.lines)
    composer = _Composer(text, path, PYTHON_LOADER, limits.max_values, keep_lines)
    root = composer.run()
    return ReadResult(root, composer.problems, composer.lines)


class _EventSource(Protocol):
    """The typed view of the SafeLoader methods the composer calls."""

    def check_event(self, *choices: type[Event]) -> bool: ...
    def get_event(self) -> Event: ...
    def peek_event(self) -> Event: ...
    def resolve(self, kind: type[yaml.Node], value: str, implicit: tuple[bool, bool]) -> str: ...
    def dispose(self) -> None: ...


class _StopReadingError(Exception):
    """Reading cannot go on (alias bomb, too deep, syntax error): already reported."""


class _PythonLoaderNeededError(Exception):
    """libyaml reached a corner where it may read differently from PyYAML's parser."""


@dataclass(eq=False, slots=True)
class _Frame:
    node: Seq | Map
    path: FieldPath
    anchor: str | None
    start_count: int
    bad: bool = False
    key: Node | None = None  # a mapping's key waiting for its value
    key_done: bool = False  # True once ``key`` is set (a key may be any node)
    flow: bool = False  # written [like, this] or {like: this}
    merges: list[Map] = field(default_factory=list)


class _Composer:
    def __init__(
        self, text: str, path: str, loader: SafeLoaderClass, max_values: int,
        keep_lines: bool = True,
    ) -> None:
        self.text = text
        self.keep_lines = keep_lines
        self.max_values = max_values
        self.path = path
        self.syntax_error = False
        self.problems: list[Problem] = []
        self.lines: dict[FieldPath, int] = {}
        self.count = 0  # values seen so far, aliases counted as full copies
        self.anchors: dict[str, tuple[Node, int]] = {}  # name -> (node, expanded size)
        self.open_anchors: dict[str, int] = {}
        self.safe_loader = loader(text)
        self.loader = cast(_EventSource, self.safe_loader)
        self.careful = loader is not PYTHON_LOADER  # watch for libyaml's differences

    # -- reporting -----------------------------------------------------------------

    def report(
        self,
        line: int | None,
        where: FieldPath,
        message: str,
        severity: Severity = Severity.ERROR,
    ) -> None:
        self.problems.append(Problem(self.path, line, format_path(where), message, severity))

    def stop(self, line: int | None, where: FieldPath, message: str) -> _StopReadingError:
        self.report(line, where, message)
        return _StopReadingError()

    # -- the event loop --------------------------------------------------------------

    def run(self) -> Node | None:
        try:
            return self._document()
        except _StopReadingError:
            return None
        except yaml.MarkedYAMLError as exc:
            self.syntax_error = True
            self._syntax_error(exc)
            return None
        except yaml.YAMLError as exc:
            self.syntax_error = True
            self.report(None, (), f"YAML error: {exc}")
            return None
        finally:
            self.loader.dispose()

    def _document(self) -> Node | None:
        loader = self.loader
        loader.get_event()  # StreamStartEvent
        if loader.check_event(StreamEndEvent):
            self.report(None, (), "the file is empty (it has no YAML content)")
            return None
        start = loader.get_event()
        if self.careful and (getattr(start, "version", None) or getattr(start, "tags", None)):
            raise _PythonLoaderNeededError  # %YAML or %TAG directives
        root = self._compose()
        loader.get_event()  # DocumentEndEvent
        if loader.check_event(DocumentStartEvent):
            line = _line(loader.peek_event())
            self.report(
                line,
                (),
                "a second YAML document starts here (after '---'); "
                "the FAQ file must be a single document",
            )
            return None
        if isinstance(root, Scalar) and root.value is None and not root.text:
            self.report(None, (), "the file is empty (it has no YAML content)")
            return None
        return root

    def _compose(self) -> Node:
        loader = self.loader
        stack: list[_Frame] = []
        while True:
            event = loader.get_event()
            path = self._child_path(stack)
            node: Node
            if isinstance(event, (SequenceStartEvent, MappingStartEvent)):
                self._push(stack, event, path)
                continue
            if isinstance(event, (SequenceEndEvent, MappingEndEvent)):
                frame = stack.pop()
                node = self._finish(frame)
                path = frame.path
            elif isinstance(event, ScalarEvent):
                if self.careful:
                    self._check_libyaml(event, bool(stack) and stack[-1].flow)
                self._count(1, event)
                node = self._scalar(event, path)
                self._remember(event.anchor, node, 1)
            elif isinstance(event, AliasEvent):
                node = self._alias(event, path)
            else:  # pragma: no cover - the parser never sends these inside a document
                raise self.stop(_line(event), path, f"unexpected YAML event {event}")
            if not stack:
                if self.keep_lines:
                    self.lines[path] = node.line
                return node
            self._attach(stack[-1], node, path)

    def _child_path(self, stack: list[_Frame]) -> FieldPath:
        if not stack:
            return ()
        frame = stack[-1]
        if isinstance(frame.node, Seq):
            return (*frame.path, len(frame.node.items))
        if not frame.key_done:
            return frame.path  # a key: reported at its mapping
        key = frame.key
        if isinstance(key, Scalar) and isinstance(key.value, str):
            return (*frame.path, key.value)
        return (*frame.path, "?")

    def _push(
        self,
        stack: list[_Frame],
        event: SequenceStartEvent | MappingStartEvent,
        path: FieldPath,
    ) -> None:
        line = _line(event)
        if self.careful and event.tag is not None:
            raise _PythonLoaderNeededError
        if len(stack) >= MAX_NESTING_DEPTH:
            raise self.stop(
                line,
                (),
                f"the file is nested too deeply: more than {MAX_NESTING_DEPTH} levels "
                "of lists and mappings",
            )
        self._count(1, event)
        is_seq = isinstance(event, SequenceStartEvent)
        node: Seq | Map = Seq(line) if is_seq else Map(line)
        frame = _Frame(node, path, event.anchor, self.count, flow=bool(event.flow_style))
        tag = event.tag
        if tag is not None and tag != "!" and tag not in (_SEQ_TAGS if is_seq else _MAP_TAGS):
            self._forbidden_tag(tag, line, path)
            frame.bad = True
        if event.anchor is not None:
            self.open_anchors[event.anchor] = self.open_anchors.get(event.anchor, 0) + 1
        stack.append(frame)

    def _finish(self, frame: _Frame) -> Node:
        if frame.anchor is not None:
            self.open_anchors[frame.anchor] -= 1
        node: Node = frame.node
        if isinstance(node, Map):
            self._apply_merges(frame, node)
        if frame.bad:
            node = Bad(frame.node.line)
        self._remember(frame.anchor, node, self.count - frame.start_count + 1)
        return node

    def _attach(self, frame: _Frame, node: Node, path: FieldPath) -> None:
        parent = frame.node
        if isinstance(parent, Seq):
            parent.items.append(node)
            if self.keep_lines:
                self.lines[path] = node.line
            return
        if not frame.key_done:
            frame.key, frame.key_done = node, True
            return
        key = frame.key
        frame.key, frame.key_done = None, False
        assert key is not None
        if isinstance(key, Scalar) and key.tag == "merge":
            self._merge_value(frame, node, key.line)
            return
        name = self._key_name(key, frame.path)
        if name is None:
            return
        old = parent.entries.get(name)
        if old is not None:
            self.report(
                key.line,
                path,
                f"duplicate key {name!r} (first at line {old.key_line}); the last value is used",
                Severity.WARNING,
            )
            del parent.entries[name]
        parent.entries[name] = Entry(name, key.line, node)
        if self.keep_lines:
            self.lines[path] = key.line

    def _key_name(self, key: Node, where: FieldPath) -> str | None:
        if isinstance(key, Bad):
            return None
        if isinstance(key, Scalar):
            if isinstance(key.value, str):
                return key.value
            if key.value is None and not key.text:
                self.report(key.line, where, "a key is missing before ':'")
            else:
                self.report(
                    key.line,
                    where,
                    f"keys must be text, but this key is {describe(key)}; "
                    f'put it in quotes if you mean it: "{key.text}"',
                )
            return None
        kind = "a list" if isinstance(key, Seq) else "a mapping"
        self.report(key.line, where, f"keys must be plain text, but this key is {kind}")
        return None

    # -- merge keys (<<: *defaults), as PyYAML's SafeLoader allows -----------------------

    def _merge_value(self, frame: _Frame, value: Node, line: int) -> None:
        sources = value.items if isinstance(value, Seq) else [value]
        for source in sources:
            if isinstance(source, Map):
                frame.merges.append(source)
            elif not isinstance(source, Bad):
                self.report(
                    line,
                    frame.path,
                    f"'<<' (merge) needs a mapping or a list of mappings, found {describe(source)}",
                )

    def _apply_merges(self, frame: _Frame, node: Map) -> None:
        # Keys written in the mapping win; among merged mappings the first one wins.
        for source in frame.merges:
            for name, entry in source.entries.items():
                if name not in node.entries:
                    node.entries[name] = entry
                    self._count(1, None)

    # -- scalars and aliases -----------------------------------------------------------

    def _check_libyaml(self, event: ScalarEvent, in_flow: bool) -> None:
        """Raise where libyaml may have read this scalar differently from PyYAML."""
        if event.tag is not None:
            raise _PythonLoaderNeededError
        style = event.style or None
        if style is None and (not event.value or (in_flow and "?" in event.value)):
            # PyYAML ends a plain value at '?' in [...]; and an empty value (a key with
            # nothing after it) may be placed on another line by libyaml.
            raise _PythonLoaderNeededError
        if style in ("|", ">"):
            mark = event.start_mark
            header = _BLOCK_HEADER.match(self.text, mark.index if mark is not None else 0)
            if header is None:
                raise _PythonLoaderNeededError  # e.g. "|#": PyYAML wants a space first

    def _scalar(self, event: ScalarEvent, path: FieldPath) -> Node:
        line = _line(event)
        tag = event.tag
        implicit = event.implicit
        if tag == "!":
            # The non-specific tag: PyYAML's parser resolves the value as if it were
            # plain, libyaml's says it is not; PyYAML's reading is the one kept.
            implicit = (True, False)
        if tag is None or tag == "!":
            tag = self.loader.resolve(yaml.ScalarNode, event.value, implicit)
        style = event.style or None  # libyaml says '' for a plain scalar, Python None
        quoted = style is not None and style in "'\""
        if tag == _MERGE:
            return Scalar(line, "<<", event.value, "merge", quoted)
        if tag not in _SCALAR_TAGS:
            self._forbidden_tag(tag, line, path)
            return Bad(line)
        if tag == _STR:
            # What the safe constructor gives for text (``construct_scalar``: the value
            # as read), without making a node for it: most of a FAQ file is text.
            return Scalar(line, event.value, event.value, "str", quoted)
        construct: Callable[[yaml.SafeLoader | yaml.CSafeLoader, yaml.ScalarNode], object]
        construct = yaml.SafeLoader.yaml_constructors[tag]
        node = yaml.ScalarNode(tag, event.value, None, None, style)
        try:
            value = construct(self.safe_loader, node)
        except Exception:  # PyYAML raises ValueError, KeyError, AttributeError, ...
            if tag == _TIMESTAMP:
                message = f"not a real date: {event.value}"
            else:
                message = f"{_clip(event.value)!r} cannot be read as {short_tag(tag)}"
            self.report(line, path, message)
            return Bad(line)
        return Scalar(line, value, event.value, _SHORT_NAMES[tag], quoted)

    def _alias(self, event: AliasEvent, path: FieldPath) -> Node:
        line = _line(event)
        name = event.anchor or ""
        if self.open_anchors.get(name):
            self.report(line, path, f"alias *{name} refers to a value that contains it")
            return Bad(line)
        found = self.anchors.get(name)
        if found is None:
            self.report(
                line, path, f"alias *{name} is not defined (an &{name} must come before it)"
            )
            return Bad(line)
        node, size = found
        self._count(size, event)
        if isinstance(node, Seq):
            node.aliased = True
        return node

    def _remember(self, anchor: str | None, node: Node, size: int) -> None:
        if anchor is not None:
            self.anchors[anchor] = (node, size)

    def _count(self, amount: int, event: Event | None) -> None:
        self.count += amount
        if self.count > self.max_values:
            raise self.stop(
                _line(event) if event is not None else None,
                (),
                f"the file expands to more than {self.max_values} values "
                "(too many aliases '*name' or entries); refusing to read further",
            )

    def _forbidden_tag(self, tag: str, line: int, path: FieldPath) -> None:
        self.report(
            line,
            path,
            f"the tag {short_tag(tag)} is not allowed: the FAQ file may contain only "
            "text, numbers, dates, lists and mappings (tagged values are never run)",
        )

    # -- syntax errors -----------------------------------------------------------------

    def _syntax_error(self, exc: yaml.MarkedYAMLError) -> None:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        message = f"YAML syntax error: {exc.problem or exc.context or 'cannot parse'}"
        if exc.context and exc.problem and exc.context_mark is not None:
            message += f" ({exc.context} at line {exc.context_mark.line + 1})"
        tab_line = self._tab_indent_line(line)
        if tab_line is not None:
            tabs = (
                "a tab character is used for indentation; YAML needs spaces "
                "(replace the tab with spaces)"
            )
            if tab_line == line:
                self.report(line, (), f"{tabs}. {message}")
                return
            self.report(tab_line, (), tabs)
        self.report(line, (), message)

    def _tab_indent_line(self, error_line: int | None) -> int | None:
        """A line at or just before the error whose indentation contains a tab."""
        if error_line is None:
            return None
        lines = _LINE_BREAK.split(self.text)
        for number in (error_line, error_line - 1):
            if 1 <= number <= len(lines):
                text = lines[number - 1]
                indent = text[: len(text) - len(text.lstrip(" \t"))]
                if "\t" in indent and text.strip():
                    return number
        return None


def _line(event: Event) -> int:
    mark = event.start_mark
    return mark.line + 1 if mark is not None else 1


__all__ = [
    "Bad",
    "Entry",
    "Map",
    "Node",
    "ReadResult",
    "Scalar",
    "Seq",
    "decode",
    "describe",
    "line_of",
    "read_yaml",
    "short_tag",
]
