"""Problems with an uploaded file, explained in the seller's language."""

from __future__ import annotations

from pathlib import Path

from lossanalytics.i18n import Problem


class ImportProblem(Problem):
    """A file that cannot be imported; carries a catalogue key and the values it names."""


def error_detail(exc: BaseException, path: Path, file_name: str) -> str:
    """A reader's or library's error as one line for the seller: its first line, naming the
    seller's file instead of the server's temporary path, and never the exception's class."""
    text = str(exc).strip()
    first = text.splitlines()[0] if text else ""
    return first.replace(str(path), file_name)[:200] or "–"
