"""Files written for the seller (`--out` exports): whole or not at all, with ordinary permissions.

The data goes to a new temporary file beside the target and is renamed into place, so
a reader never sees half a file and a failure leaves the target as it was. The
temporary file is created like any other file (mode 0666 less the umask, so usually
0644), not private to its owner as `tempfile.mkstemp` would make it, and it is removed
whatever goes wrong.
"""

from __future__ import annotations

import errno
import os
import secrets
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from lossanalytics.i18n import Problem, t

_REASONS = {
    errno.EACCES: "output.reason.no_permission", errno.EPERM: "output.reason.no_permission",
    errno.ENOSPC: "output.reason.disk_full", errno.EDQUOT: "output.reason.disk_full",
    errno.EROFS: "output.reason.read_only",
}


class OutputProblem(Problem):
    """A file that could not be written, in words the seller can act on."""

    def message(self, lang: str) -> str:
        """The explanation in `lang`, with the system's reason in `lang` too."""
        values = dict(self.values)
        if "reason" in values:
            values["reason"] = t(values["reason"], lang, detail=values.get("detail", ""))
        return t(self.key, lang, **values)


def check_target(target: Path) -> None:
    """OutputProblem if `target` can never be written: it is a folder, or its folder does not exist.

    Asked before a long computation too, so that a mistyped path fails at once, not after it.
    """
    if target.is_dir():
        raise OutputProblem("output.error.is_folder", path=str(target), example=str(target / "export.csv"))
    if not target.parent.is_dir():
        raise OutputProblem("output.error.no_folder", path=str(target), folder=str(target.parent))


def write_atomically(target: Path, data: bytes | Callable[[BinaryIO], object]) -> None:
    """Write `data` to `target` through a temporary file renamed into place; OutputProblem if impossible.

    `data` is the bytes, or a function that writes them to the open file (a big export
    streamed without being held whole in memory).
    """
    check_target(target)
    temp = target.parent / f".{target.name}.{secrets.token_hex(8)}.partial"
    created = False
    try:
        # O_EXCL: never reuse a file someone else made; 0o666: the umask decides, as for any new file.
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        created = True
        with os.fdopen(fd, "wb") as handle:
            if isinstance(data, bytes):
                handle.write(data)
            else:
                data(handle)
        os.replace(temp, target)
    except BaseException as exc:
        if created:
            temp.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise OutputProblem("output.error.cannot_write", path=str(target), reason=_reason(exc),
                                detail=exc.strerror or "") from exc
        raise


@contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """A temporary path beside `target` for a writer that takes a path (DuckDB's COPY), renamed
    to `target` when the block succeeds and removed when it does not; OutputProblem if impossible.

    Its name starts with a dot and ends in .partial, so neither Spark nor a `*.parquet` glob reads it.
    """
    temp = target.parent / f".{target.name}.{secrets.token_hex(8)}.partial"
    try:
        yield temp
        os.replace(temp, target)
    except BaseException as exc:
        temp.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise cannot_write(target, exc) from exc
        raise


def cannot_write(target: Path, exc: OSError) -> OutputProblem:
    """The problem to raise when the system refused to write `target`."""
    return OutputProblem("output.error.cannot_write", path=str(target), reason=_reason(exc),
                         detail=exc.strerror or str(exc))


def _reason(exc: OSError) -> str:
    """Why the system refused, as a catalogue key (the problem's language is chosen when it is shown)."""
    return _REASONS.get(exc.errno or 0, "output.reason.other")
