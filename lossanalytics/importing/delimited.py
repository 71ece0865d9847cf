"""CSV and other delimited text: delimiter, and staging by DuckDB's CSV reader.

DuckDB parses the file itself. It reads UTF-8 with LF or CRLF line ends; anything
else (UTF-8 or UTF-16 with a BOM, any legacy encoding encodings.py detects, bare-CR
line ends) is transcoded once to a temporary UTF-8 copy, so DuckDB still does the parsing.
"""

from __future__ import annotations

import csv
import io
import re
import tempfile
from collections.abc import Sequence
from pathlib import Path

from lossanalytics.importing.csvread import MAX_LINE_BYTES, stage_csv
from lossanalytics.importing.encodings import detect_encoding, first_utf8_line, mixed_encoding_line, text_start
from lossanalytics.importing.errors import ImportProblem
from lossanalytics.importing.source_tables import HEAD_ROWS, Table
from lossanalytics.storage.db import Session

DELIMITERS = (",", ";", "\t", "|")
# Python's csv module refuses cells over 128 KB, while DuckDB reads lines up to 2 MB:
# the first rows must not fail where the whole file would be read.
csv.field_size_limit(max(csv.field_size_limit(), MAX_LINE_BYTES))


def sniff_delimiter(lines: Sequence[str]) -> str:
    """The delimiter that splits the first lines into the most, and most regular, columns."""
    # Blank lines say nothing; a line of blank cells (" , , ", tabs between spaces) still shows
    # how it is split.
    filled = [line for line in lines if line.strip(" ")]

    def score(delimiter: str) -> tuple[int, int]:
        try:
            counts = [len(row) for row in csv.reader(filled, delimiter=delimiter)]
        except csv.Error:  # a stray line end inside a line: this delimiter explains nothing
            return (0, 0)
        if not counts:
            return (0, 0)
        common = max(set(counts), key=counts.count)
        return (counts.count(common) if common > 1 else 0, common)

    return max(DELIMITERS, key=score)


def text_table(path: Path, file_name: str, head: bytes, complete: bool) -> Table:
    """The one table of a delimited text file; `head` is its start, `complete` if that is all of it."""
    start = text_start(head)
    head = head[start:]
    encoding = detect_encoding(head)
    if not complete and not re.search(rb"[\r\n]", head):
        raise ImportProblem("import.error.line_too_long", file=file_name, row=1, limit=f"{len(head) >> 10} KB")
    bad_line = mixed_encoding_line(head, encoding)
    if bad_line is not None:
        raise ImportProblem("import.error.mixed_encoding", file=file_name, row=bad_line, encoding="UTF-8")
    # Split only where DuckDB will (str.splitlines also splits on \x85 and U+2028).
    lines = re.split(r"\r\n|\r|\n", head.decode(encoding, errors="replace"))
    if not complete:
        lines = lines[:-1]  # the last line of a partial read may be cut short
    lines = lines[:HEAD_ROWS]
    delimiter = sniff_delimiter(lines[:40])
    rows = [[cell.strip() for cell in row] for row in csv.reader(lines, delimiter=delimiter)]
    # DuckDB reads plain UTF-8 with LF or CRLF itself; a bare CR needs the copy.
    bare_cr = b"\r" in head and b"\n" not in head

    def load(session: Session, header_index: int, width: int) -> None:
        source, temp = path, None
        if (utf8_line := first_utf8_line(path, encoding)) is not None:
            raise ImportProblem("import.error.mixed_encoding", file=file_name, row=utf8_line, encoding=encoding)
        if encoding != "utf-8" or bare_cr or start:
            temp = tempfile.NamedTemporaryFile(suffix=".csv")
            _transcode(path, start, encoding, Path(temp.name))
            source = Path(temp.name)
        try:
            skip = _start_line(lines, delimiter, header_index + 1)
            stage_csv(session, source, file_name, skip, delimiter, rows[header_index][:width], header_index + 2)
        finally:
            if temp is not None:
                temp.close()

    return Table(None, rows, load, encoding=encoding, delimiter=delimiter)


def _start_line(lines: Sequence[str], delimiter: str, row_index: int) -> int:
    """The line index where csv row `row_index` starts (a quoted cell may span lines)."""
    reader = csv.reader(io.StringIO("\n".join(lines)), delimiter=delimiter)
    previous_end = 0
    for index, _ in enumerate(reader):
        if index == row_index:
            return previous_end
        previous_end = reader.line_num
    return previous_end


def _transcode(path: Path, start: int, encoding: str, target: Path) -> None:
    with open(path, "rb") as raw, open(target, "w", encoding="utf-8", newline="\n") as dst:
        raw.seek(start)
        with io.TextIOWrapper(raw, encoding=encoding, errors="replace", newline=None) as src:
            while chunk := src.read(1 << 22):
                dst.write(chunk)
