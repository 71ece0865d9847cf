"""Turn an export file into a staging table of raw cells with a known header row.

CSV and text files are read by DuckDB itself (after transcoding to UTF-8 when they
are in another encoding); spreadsheets by python-calamine. Either way the result is
a temporary table `stage_raw` with columns c0…cN in file order, whose rowid gives the
row's position, so every later message can name the file's own row number.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow as pa
from python_calamine import CalamineWorkbook

from lossanalytics.db import Session
from lossanalytics.importing.dialects import DIALECTS, Recognition, recognise
from lossanalytics.importing.errors import ImportProblem

SAMPLE_BYTES = 256 * 1024
HEADER_SEARCH_ROWS = 30
DELIMITERS = (",", ";", "\t", "|")
SPREADSHEET_SUFFIXES = (".xlsx", ".xlsm", ".xlsb", ".xls", ".ods")
TEXT_SUFFIXES = (".csv", ".tsv", ".txt", ".tab")


@dataclass(frozen=True)
class StagedFile:
    """What was read: the header, where it was, and how the file was recognised."""

    headers: list[str]
    header_row: int          # 1-based row number of the header line in the file or sheet
    recognition: Recognition
    encoding: str | None
    delimiter: str | None
    sheet: str | None
    rows: int


def detect_encoding(sample: bytes) -> str:
    """The text encoding of an export, from its first bytes."""
    if sample.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    # A sample may end in the middle of a multi-byte character; judge whole lines only.
    cut = sample.rfind(b"\n")
    body = sample[: cut + 1] if 0 < cut < len(sample) - 1 else sample
    for encoding, accept in (
        ("utf-8", lambda text: True),
        ("gb18030", lambda text: re.search(r"[\u4e00-\u9fff]", text) is not None),
        ("shift_jis", lambda text: re.search(r"[\u3040-\u30ff]", text) is not None),
    ):
        try:
            if accept(body.decode(encoding)):
                return encoding
        except UnicodeDecodeError:
            continue
    return "cp1252"


def sniff_delimiter(lines: Sequence[str]) -> str:
    """The delimiter that splits the first lines into the most, and most regular, columns."""
    def score(delimiter: str) -> tuple[int, int]:
        counts = [len(row) for row in csv.reader(lines, delimiter=delimiter) if any(cell.strip() for cell in row)]
        if not counts:
            return (0, 0)
        common = max(set(counts), key=counts.count)
        return (counts.count(common) if common > 1 else 0, common)

    return max(DELIMITERS, key=score)


def find_header(rows: Sequence[Sequence[Any]], file_name: str) -> tuple[int, list[str], Recognition]:
    """The first of the top rows that a dialect recognises as a header (skipping title rows)."""
    for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        headers = [_cell_text(cell) for cell in row]
        recognition = recognise(headers, DIALECTS)
        if recognition is not None:
            return index, headers, recognition
    first = next((list(map(_cell_text, row)) for row in rows if any(_cell_text(c) for c in row)), [])
    if not first:
        raise ImportProblem("import.error.empty", file=file_name)
    raise ImportProblem(
        "import.error.unrecognised", file=file_name, columns=", ".join(h for h in first if h)[:300]
    )


def _cell_text(cell: Any) -> str:
    return "" if cell is None else str(cell).strip()


def stage_file(session: Session, path: Path, file_name: str) -> StagedFile:
    """Read `path` into the temporary table `stage_raw`; raise ImportProblem when it cannot be read."""
    suffix = Path(file_name).suffix.lower()
    with open(path, "rb") as handle:
        head = handle.read(SAMPLE_BYTES)
    if not head.strip():
        raise ImportProblem("import.error.empty", file=file_name)
    if head.startswith(b"PK\x03\x04") or suffix in SPREADSHEET_SUFFIXES:
        return _stage_spreadsheet(session, path, file_name)
    if b"\x00" in head[:4096] and not head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise ImportProblem("import.error.binary", file=file_name)
    return _stage_text(session, path, file_name, head)


def _stage_text(session: Session, path: Path, file_name: str, head: bytes) -> StagedFile:
    encoding = detect_encoding(head)
    text_head = head.decode(encoding, errors="replace")
    lines = text_head.splitlines()[: HEADER_SEARCH_ROWS + 5]
    delimiter = sniff_delimiter(lines)
    rows = list(csv.reader(lines, delimiter=delimiter))
    header_index, headers, recognition = find_header(rows, file_name)
    # DuckDB reads plain UTF-8 with LF or CRLF line ends itself; anything else is
    # transcoded once to a temporary UTF-8 copy so that DuckDB still does the parsing.
    bare_cr = b"\r" in head and b"\n" not in head
    source = path
    temp: tempfile._TemporaryFileWrapper[bytes] | None = None
    if encoding != "utf-8" or bare_cr:
        temp = tempfile.NamedTemporaryFile(suffix=".csv")
        _transcode(path, encoding, Path(temp.name))
        source = Path(temp.name)
    # Line number of the header in the (transcoded) file: title rows above it are skipped.
    skip_lines = _start_line(lines, delimiter, header_index) + 1
    names = [f"c{i}" for i in range(len(headers))]
    try:
        session.execute(
            """
            CREATE OR REPLACE TEMP TABLE stage_raw AS
            SELECT * FROM read_csv(
                $path, header = false, skip = $skip, delim = $delim, quote = '"', escape = '"',
                all_varchar = true, names = $names, null_padding = true, strict_mode = false,
                parallel = true, encoding = 'utf-8'
            )
            """,
            {"path": str(source), "skip": skip_lines, "delim": delimiter, "names": names},
        )
    except Exception as exc:  # DuckDB reports malformed CSV with its own line numbers
        raise ImportProblem("import.error.unreadable", file=file_name, detail=str(exc).splitlines()[0][:300]) from exc
    finally:
        if temp is not None:
            temp.close()
    count = session.execute("SELECT count(*) FROM stage_raw")[0][0]
    return StagedFile(headers, header_index + 1, recognition, encoding, delimiter, None, count)


def _start_line(lines: Sequence[str], delimiter: str, row_index: int) -> int:
    """The line index where csv row `row_index` starts (a quoted cell may span lines)."""
    reader = csv.reader(io.StringIO("\n".join(lines)), delimiter=delimiter)
    previous_end = 0
    for index, _ in enumerate(reader):
        if index == row_index:
            return previous_end
        previous_end = reader.line_num
    return previous_end


def _transcode(path: Path, encoding: str, target: Path) -> None:
    with open(path, encoding=encoding, errors="replace", newline=None) as src, open(
        target, "w", encoding="utf-8", newline="\n"
    ) as dst:
        while chunk := src.read(1 << 22):
            dst.write(chunk)


def _stage_spreadsheet(session: Session, path: Path, file_name: str) -> StagedFile:
    try:
        workbook = CalamineWorkbook.from_path(str(path))
    except Exception as exc:
        raise ImportProblem("import.error.bad_spreadsheet", file=file_name, detail=str(exc)[:200]) from exc
    best: tuple[str, int, list[str], Recognition, list[list[Any]]] | None = None
    problems: list[ImportProblem] = []
    for sheet_name in workbook.sheet_names:
        try:
            rows = workbook.get_sheet_by_name(sheet_name).to_python(skip_empty_area=False)
        except Exception as exc:
            problems.append(ImportProblem("import.error.bad_spreadsheet", file=file_name, detail=str(exc)[:200]))
            continue
        try:
            index, headers, recognition = find_header(rows, f"{file_name} [{sheet_name}]")
        except ImportProblem as problem:
            problems.append(problem)
            continue
        if best is None or len(recognition.mapping) > len(best[3].mapping):
            best = (sheet_name, index, headers, recognition, rows)
    if best is None:
        raise problems[0] if problems else ImportProblem("import.error.empty", file=file_name)
    sheet_name, index, headers, recognition, rows = best
    body = rows[index + 1 :]
    columns = {f"c{i}": _column_array([row[i] if i < len(row) else "" for row in body]) for i in range(len(headers))}
    session.register("stage_arrow", pa.table(columns))
    session.execute("CREATE OR REPLACE TEMP TABLE stage_raw AS SELECT * FROM stage_arrow")
    session.unregister("stage_arrow")
    return StagedFile(headers, index + 1, recognition, None, None, sheet_name, len(body))


def _column_array(values: list[Any]) -> pa.Array:
    """One spreadsheet column as Arrow: typed when its cells agree, else as text."""
    cleaned = [None if value == "" else value for value in values]
    try:
        return pa.array(cleaned)
    except (pa.ArrowInvalid, pa.ArrowTypeError):
        return pa.array([None if value is None else _spreadsheet_text(value) for value in cleaned], pa.string())


def _spreadsheet_text(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
