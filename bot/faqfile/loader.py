"""Load a FAQ file from disk or from memory into a ``LoadResult``.

Neither function raises for any file content or I/O problem: a missing file, a
directory, a file that cannot be read or is too large, bad encoding, bad YAML and
every rule of the format all become ``Problem`` values.
"""

from __future__ import annotations

import os
import stat

from bot.faqfile.limits import DEFAULT_LIMITS, MAX_PROBLEMS, FileLimits
from bot.faqfile.problems import LoadResult, Problem, Severity
from bot.faqfile.reader import read_yaml
from bot.faqfile.validate import validate


def load_knowledge_base(
    path: str | os.PathLike[str], limits: FileLimits = DEFAULT_LIMITS
) -> LoadResult:
    """Read and check the FAQ file at ``path``; problems name it as ``str(path)``."""
    shown = str(path)

    def failed(message: str) -> LoadResult:
        return LoadResult(shown, None, (Problem(shown, None, "", message),))

    try:
        info = os.stat(path)
    except (OSError, ValueError) as exc:
        return failed(_unreadable(exc, "open"))
    if stat.S_ISDIR(info.st_mode):
        return failed("this is a directory, not a FAQ file")
    if not stat.S_ISREG(info.st_mode):
        return failed("this is not a regular file")
    if info.st_size > limits.max_bytes:
        return failed(_too_large(info.st_size, limits.max_bytes))
    try:
        with open(path, "rb") as handle:
            # One byte more than the limit, so a file that grew since stat() is caught.
            data = handle.read(limits.max_bytes + 1)
    except (OSError, ValueError) as exc:
        return failed(_unreadable(exc, "read"))
    if len(data) > limits.max_bytes:
        return failed(_too_large(len(data), limits.max_bytes))
    return parse_knowledge_base(data, shown, limits)


def parse_knowledge_base(
    data: bytes | str, path: str = "<string>", limits: FileLimits = DEFAULT_LIMITS
) -> LoadResult:
    """Read and check FAQ-file content held in memory; ``path`` is shown in problems."""
    try:
        read = read_yaml(data, path, limits=limits, keep_lines=False)
        problems = list(read.problems)
        kb = None
        if read.root is not None:
            kb, found = validate(read.root, path)
            problems.extend(found)
    except Exception as exc:  # a bug here must not take the bot down with it
        problems = [
            Problem(
                path,
                None,
                "",
                f"internal error while reading the file (please report): "
                f"{type(exc).__name__}: {exc}",
            )
        ]
        kb = None
    if any(p.severity is Severity.ERROR for p in problems):
        kb = None
    return LoadResult(path, kb, _ordered(problems, path))


def _ordered(problems: list[Problem], path: str) -> tuple[Problem, ...]:
    """By line (whole-file problems first), capped at MAX_PROBLEMS with a summary."""
    ordered = sorted(problems, key=lambda p: -1 if p.line is None else p.line)
    if len(ordered) <= MAX_PROBLEMS:
        return tuple(ordered)
    hidden = ordered[MAX_PROBLEMS:]
    severity = (
        Severity.ERROR if any(p.severity is Severity.ERROR for p in hidden) else Severity.WARNING
    )
    summary = Problem(
        path,
        None,
        "",
        f"{len(hidden)} more problems not listed; fix the ones above first",
        severity,
    )
    return (*ordered[:MAX_PROBLEMS], summary)


def _too_large(size: int, limit: int) -> str:
    return (
        f"the file is too large: {size} bytes; the limit is {limit} bytes "
        f"({limit // (1024 * 1024)} MiB)"
    )


def _unreadable(exc: OSError | ValueError, doing: str) -> str:
    if isinstance(exc, FileNotFoundError):
        return "file not found"
    if isinstance(exc, PermissionError):
        return "permission denied: the bot cannot read this file"
    return f"cannot {doing} the file: {_os_reason(exc)}"


def _os_reason(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return str(exc) or type(exc).__name__
