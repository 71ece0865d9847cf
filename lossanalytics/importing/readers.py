"""Turn an export file into the staging view `stage_raw` with a recognised header.

CSV and text files are parsed by DuckDB itself (text.py), workbooks by fastexcel
(spreadsheets.py), JSON by the standard library (jsonfile.py). Each offers one or more
tables (sheets, JSON row paths); the header is the first of a table's top rows that a
dialect recognises, and of several tables the best recognised one is imported.
"""

from __future__ import annotations

import codecs
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from lossanalytics.importing.catalogue import DIALECTS, JSON_ROW_PATHS
from lossanalytics.importing.containers import WORKBOOK_SUFFIXES, check_container, is_workbook
from lossanalytics.importing.delimited import text_table
from lossanalytics.importing.dialects import Dialect, Recognition, recognise
from lossanalytics.importing.encodings import looks_utf16, text_start
from lossanalytics.importing.errors import ImportProblem
from lossanalytics.importing.jsonfile import json_tables
from lossanalytics.importing.source_tables import HEADER_SEARCH_ROWS, Table
from lossanalytics.importing.spreadsheets import workbook_tables
from lossanalytics.storage.db import Session
from lossanalytics.storage.sql_text import identifiers, named_query, render

SAMPLE_BYTES = 256 * 1024
# More columns than any export has; past this a header is hostile or not a table, and
# the SQL that stages and checks every column would grow with it.
MAX_COLUMNS = 1000
# The problem of a readable file whose columns no format knows: the one a column mapping solves.
UNRECOGNISED = "import.error.unrecognised"
#: Names that send a file to the JSON reader (as does a file starting with "{" or "[").
JSON_SUFFIXES = (".json", ".jsonl", ".ndjson")
#: The names delimited-text exports come under (the text reader also takes any other name).
TEXT_SUFFIXES = (".csv", ".tsv", ".txt", ".tab")
#: Every file name ending the readers are made for: the one list the upload box and the help name.
ACCEPTED_SUFFIXES = (*TEXT_SUFFIXES, *WORKBOOK_SUFFIXES, *JSON_SUFFIXES)


@dataclass(frozen=True)
class StagedFile:
    """What was read: the header, where it was, and how the file was recognised."""

    headers: list[str]
    header_row: int          # 1-based row number of the header line in the file or sheet
    recognition: Recognition
    encoding: str | None
    delimiter: str | None
    sheet: str | None
    sheets: list[str]        # every sheet of a workbook, for letting the seller choose
    types: list[str]         # DuckDB type of each staged column (VARCHAR for text files)


def file_tables(path: Path, file_name: str, sheet: str | None = None) -> list[Table]:
    """The tables `path` holds, each with its first rows; ImportProblem if it cannot be read."""
    suffix = Path(file_name).suffix.lower()
    with open(path, "rb") as handle:
        head = handle.read(SAMPLE_BYTES)
        complete = not handle.read(1)
    if not head.lstrip(codecs.BOM_UTF8).strip():
        raise ImportProblem("import.error.empty", file=file_name)
    check_container(path, file_name, head)
    # NUL bytes in text mean UTF-16; anywhere else, binary (an old .xls, or junk).
    text = head[text_start(head):]
    binary = b"\x00" in head[:4096] and not (text.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
                                            or looks_utf16(text))
    # A workbook by its bytes; a name ending in .xls on plain text (shop systems save
    # tab-separated text that way) is read as the text it is.
    if is_workbook(head) or (suffix in WORKBOOK_SUFFIXES and binary):
        return workbook_tables(path, file_name, sheet)
    if suffix in JSON_SUFFIXES or head.lstrip(codecs.BOM_UTF8).lstrip()[:1] in (b"{", b"["):
        return json_tables(path, file_name, JSON_ROW_PATHS)
    if binary:
        raise ImportProblem("import.error.binary", file=file_name)
    return [text_table(path, file_name, head, complete)]


def list_sheets(path: Path, file_name: str | None = None) -> list[str]:
    """The sheet names of a workbook, in order (empty for CSV and JSON files)."""
    tables = file_tables(Path(path), file_name or Path(path).name)
    return tables[0].sheets if tables else []


def find_header(rows: Sequence[Sequence[str]], dialects: Sequence[Dialect]) -> tuple[int, Recognition] | None:
    """The first of the top rows that a dialect recognises as a header (skipping title rows)."""
    for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        recognition = recognise(list(row), dialects, rows[index + 1 :])
        if recognition is not None:
            return index, recognition
    return None


def stage_file(
    session: Session, path: Path, file_name: str, dialects: Sequence[Dialect] = DIALECTS, sheet: str | None = None
) -> StagedFile:
    """Stage `path` as the temporary view `stage_raw`; raise ImportProblem when it cannot be read."""
    tables = file_tables(path, file_name, sheet)
    best: tuple[Table, int, Recognition] | None = None
    widest = 0
    for table in tables:
        width = max((len(row) for row in table.head[:HEADER_SEARCH_ROWS]), default=0)
        if width > MAX_COLUMNS:
            # Refused before its header is looked for: matching every dialect against each of
            # thousands of cells in every top row would take seconds to say no.
            widest = max(widest, width)
            continue
        found = find_header(table.head, dialects)
        if found is not None and (best is None or _score(found[1]) > _score(best[2])):
            best = (table, *found)
    if best is None and widest:
        raise ImportProblem("import.error.too_many_columns", file=file_name, count=widest, limit=MAX_COLUMNS)
    if best is None:
        raise _unrecognised(tables, file_name)
    table, index, recognition = best
    headers = list(table.head[index])
    try:
        table.load(session, index, len(headers))
    except ImportProblem:
        raise
    except Exception as exc:  # a reader's own error past the first rows: still the file's fault
        key = "import.error.damaged_workbook" if table.sheets else "import.error.csv_row"
        raise ImportProblem(key, file=file_name, row=index + 2, detail=str(exc).splitlines()[0][:200]) from exc
    if not _has_rows(session, len(headers)):
        raise ImportProblem("import.error.header_only", file=file_name, row=index + 1)
    types = [row[1] for row in session.execute("DESCRIBE stage_raw") if row[0] != "rid"]
    sheet_name = table.name if table.sheets else None
    return StagedFile(headers, index + 1, recognition, table.encoding, table.delimiter, sheet_name, table.sheets, types)


def _has_rows(session: Session, width: int) -> bool:
    """Whether anything below the header has a value (blank lines do not count)."""
    names = [f"c{i}" for i in range(width)]
    return bool(session.execute(render(named_query("import_plan", "has_rows"), columns=identifiers(names, names))))


def _score(recognition: Recognition) -> tuple[int, int]:
    return recognition.evidence, recognition.dialect.priority


def _unrecognised(tables: Sequence[Table], file_name: str) -> ImportProblem:
    first = next((row for table in tables for row in table.head if any(row)), None)
    if first is None:
        return ImportProblem("import.error.empty", file=file_name)
    return ImportProblem(UNRECOGNISED, file=file_name, columns=", ".join(h for h in first if h)[:300])
