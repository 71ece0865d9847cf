"""Stage a delimited UTF-8 text file with DuckDB's CSV reader, and explain its errors.

The reader runs with a fixed dialect (no sniffing: DuckDB's sniffer gives up on files
whose rows have fewer cells than the header) and leniently, so rows with more cells
than the header keep the cells that have a column name. A failed statement aborts
the import's transaction, so there is one read and no retry: its errors (a line in
another encoding, an absurdly long line) are explained with their line number, and
an unclosed quote, which the lenient reader lets swallow the rest of the file into
one cell, is caught after the read from the last row.

Speed: a file without a quote character is read in parallel (DuckDB's parallel
scanner refuses padded short rows only together with quoted line breaks, and without
quotes there are none). Cells are trimmed as they are read, only those that start or
end with a space: trimming every cell of a million rows costs more than reading them,
and most exports pad nothing.
"""

from __future__ import annotations

import csv
import mmap
import re
from collections.abc import Sequence
from pathlib import Path

from lossanalytics.importing.errors import ImportProblem
from lossanalytics.importing.source_tables import NULL_TOKENS
from lossanalytics.storage.db import Session
from lossanalytics.storage.sql_text import identifier, named_query, render

MAX_LINE_BYTES = 2 << 20  # DuckDB's own limit for one line
_LINE = re.compile(r"CSV Error on Line: (\d+)")
_ORIGINAL = re.compile(r"Original Line: ?(.*)")


def stage_csv(
    session: Session, source: Path, file_name: str, skip: int, delimiter: str, headers: Sequence[str], first_row: int
) -> None:
    """Stage the rows as the view `stage_raw` (c0…cN, trimmed, blanks and NULL_TOKENS as
    NULL, and rid) over the temp table `stage_csv`.

    `first_row` is the 1-based row number of the first row below the header.
    """
    quoted = _has_quotes(source)
    try:
        _read(session, source, skip, delimiter, len(headers), parallel=not quoted)
    except Exception as exc:  # DuckDB reports malformed CSV with its own line numbers
        raise csv_problem(str(exc), file_name, delimiter, headers) from exc
    if quoted:
        _check_unclosed_quote(session, source, file_name, headers, first_row)
    session.execute(named_query("stage_csv", "first_rowid"))
    session.execute(named_query("stage_csv", "raw_view"))


def _has_quotes(source: Path) -> bool:
    """Whether the file holds a double quote anywhere (a scan at memory speed)."""
    with open(source, "rb") as handle:
        if not handle.seek(0, 2):
            return False
        with mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as data:
            return data.find(b'"') >= 0


def _check_unclosed_quote(
    session: Session, source: Path, file_name: str, headers: Sequence[str], first_row: int
) -> None:
    """Refuse a file whose last value spans lines up to the end of the file, unquoted at its end."""
    with open(source, "rb") as handle:
        handle.seek(max(handle.seek(0, 2) - 64, 0))
        tail = handle.read().rstrip()
    if tail.endswith(b'"'):
        return
    last = session.execute(named_query("stage_csv", "last_row"))
    if not last:
        return
    count, *cells = last[0]
    # The swallowing cell is the row's last value, and ends where the file ends.
    index = max((i for i, cell in enumerate(cells) if cell is not None), default=None)
    if index is not None and "\n" in cells[index] and tail.endswith(cells[index].rsplit("\n", 1)[-1].encode()):
        column = headers[index] or f"#{index + 1}"
        raise ImportProblem("import.error.unclosed_quote", file=file_name, row=first_row + count - 1, column=column)


def _read(session: Session, source: Path, skip: int, delimiter: str, width: int, parallel: bool) -> None:
    """Read the rows into temp table stage_csv, in file order (rowid is the source row), trimmed."""
    names = [f"c{i}" for i in range(width)]
    cells = [render(named_query("stage_csv", "trimmed_cell"), column=identifier(name, names)) for name in names]
    session.execute(render(named_query("stage_csv", "read"), cells=cells), {
        "path": str(source), "skip": skip, "delim": delimiter, "nulls": ["", *NULL_TOKENS],
        "columns": {name: "VARCHAR" for name in names}, "parallel": parallel, "max_line_size": MAX_LINE_BYTES,
    })


def csv_problem(message: str, file_name: str, delimiter: str, headers: Sequence[str]) -> ImportProblem:
    """The seller's explanation of a DuckDB CSV error."""
    found = _LINE.search(message)
    row = int(found.group(1)) if found else None
    lowered = message.lower()
    if row is None:
        return _unreadable(message, file_name)
    if "unterminated quote" in lowered:
        original = _ORIGINAL.search(message)
        column = _quote_column(original.group(1) if original else "", delimiter, headers)
        return ImportProblem("import.error.unclosed_quote", file=file_name, row=row, column=column)
    if "unicode" in lowered or "utf-8" in lowered or "utf8" in lowered:
        return ImportProblem("import.error.mixed_encoding", file=file_name, row=row, encoding="UTF-8")
    if "line size" in lowered or "max_line_size" in lowered:
        return ImportProblem("import.error.line_too_long", file=file_name, row=row, limit=f"{MAX_LINE_BYTES >> 20} MB")
    detail = next((line for line in message.splitlines() if line.strip() and "Original Line" not in line), "")
    return ImportProblem("import.error.csv_row", file=file_name, row=row, detail=detail[:200])


def _quote_column(line: str, delimiter: str, headers: Sequence[str]) -> str:
    """The header of the cell where an unclosed quote starts on `line`."""
    cells = next(csv.reader([line], delimiter=delimiter), [])
    index = max(len(cells) - 1, 0)
    return headers[index] if index < len(headers) and headers[index] else f"#{index + 1}"


def _unreadable(message: str, file_name: str) -> ImportProblem:
    return ImportProblem("import.error.unreadable", file=file_name, detail=message.splitlines()[0][:300])
