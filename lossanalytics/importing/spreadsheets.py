"""Excel and OpenDocument workbooks, read by fastexcel (calamine underneath): one table per sheet.

fastexcel hands over a sheet as Arrow columns without making a Python object of every
cell. Every cell is read as text, as a seller sees it (a date as 2025-01-02 03:04:05, a
whole number without ".0"): a column's type must never be guessed from its first rows,
which would silently empty the cells that disagree ("Weight Captured Separately" in a
weight column); the plan parses dates and numbers from the text, as for a CSV file.

Hidden and very hidden sheets (lookup tables, old data, a macro's scratch space) are
never read unless the seller names one: they are not offered as choices, and of the
visible sheets the active one (the one Excel opens on) comes first, winning ties.

A number cell of 16 or more digits is a long ID that Excel stored as a number, keeping
15 significant digits: it is staged as Excel shows it (`1.23456789012346E+19`), so the
plan sets the row aside (keys.py) instead of reading digits that were never there.

fastexcel writes a number cell with a fraction to nine decimals, so 1447296446.7 (an order
ID of the Brunel supply-chain data set) reads 1447296446.700000048, digits no spreadsheet
shows and no other export of that order carries: such a cell is staged as Excel shows it,
to 15 significant digits (1447296446.7).
"""

from __future__ import annotations

import html
import re
import zipfile
from collections.abc import Callable
from pathlib import Path

import fastexcel
import pyarrow as pa
import pyarrow.compute as pc

from lossanalytics.importing.errors import ImportProblem, error_detail
from lossanalytics.importing.source_tables import HEAD_ROWS, Table, stage_columns, text_column
from lossanalytics.storage.db import Session

_SHEET = re.compile(r"<(?:\w+:)?sheet\s([^>]*)>")
_ATTRIBUTE = re.compile(r'([\w:]+)="([^"]*)"')
_ACTIVE = re.compile(r'<(?:\w+:)?workbookView\s[^>]*\bactiveTab="(\d+)"')


def open_workbook(path: Path, file_name: str) -> fastexcel.ExcelReader:
    """The workbook at `path`, whatever its name says: an .xlsx saved as .xls or .ods is read as what it is."""
    try:
        return fastexcel.read_excel(str(path))
    except Exception as by_name:
        # calamine picks the format by the name's extension; from the bytes it tells formats apart itself.
        try:
            return fastexcel.read_excel(path.read_bytes())
        except Exception:
            raise ImportProblem("import.error.bad_spreadsheet", file=file_name,
                                detail=error_detail(by_name, path, file_name)) from by_name


def workbook_tables(path: Path, file_name: str, sheet: str | None = None) -> list[Table]:
    """The sheets of a workbook (or only `sheet`), each with its first rows."""
    workbook = open_workbook(path, file_name)
    names = list(workbook.sheet_names)
    hidden, active = _hidden_and_active(path, workbook, names)
    visible = [name for name in names if name not in hidden]
    if sheet is not None and sheet not in names:
        raise ImportProblem("import.error.no_such_sheet", file=file_name, sheet=sheet, sheets=", ".join(visible))
    if active in visible:
        visible.remove(active)
        visible.insert(0, active)
    tables = []
    for name in [sheet] if sheet is not None else visible:
        try:
            # skip_rows=0 keeps leading empty rows, so row numbers match the sheet's.
            cells = workbook.load_sheet(name, header_row=None, skip_rows=0, dtypes="string", eager=True)
        except Exception as exc:
            raise ImportProblem("import.error.bad_spreadsheet", file=file_name,
                                detail=error_detail(exc, path, file_name)) from exc
        columns = _mark_rounded(workbook, name, [text_column(column) for column in cells.columns])
        head = zip(*(column.slice(0, HEAD_ROWS).to_pylist() for column in columns))
        tables.append(Table(name, [["" if cell is None else cell for cell in row] for row in head],
                            _loader(columns), sheets=[name for name in names if name not in hidden]))
    return tables


def _hidden_and_active(path: Path, workbook: fastexcel.ExcelReader, names: list[str]) -> tuple[set[str], str | None]:
    """The hidden sheets of a workbook, and its active sheet where the file says.

    An Excel 2007+ workbook says both in xl/workbook.xml, read without loading a sheet;
    other workbooks (.xls, .ods) have each sheet loaded to ask fastexcel.
    """
    try:
        with zipfile.ZipFile(path) as archive:
            book = archive.read("xl/workbook.xml")[: 1 << 20].decode("utf-8", errors="replace")
    except (KeyError, zipfile.BadZipFile, OSError):
        return {name for name in names if _visibility(workbook, name) != "visible"}, None
    tags = [dict(_ATTRIBUTE.findall(tag)) for tag in _SHEET.findall(book)]
    hidden = {html.unescape(tag.get("name", "")) for tag in tags if tag.get("state", "visible") != "visible"}
    active = _ACTIVE.search(book)
    index = int(active.group(1)) if active else 0
    return hidden, html.unescape(tags[index].get("name", "")) if index < len(tags) else None


def _visibility(workbook: fastexcel.ExcelReader, name: str) -> str:
    try:
        return workbook.load_sheet(name, header_row=None, n_rows=1, eager=False).visible
    except Exception:  # a damaged sheet is refused with its own message when it is loaded
        return "visible"


def _mark_rounded(workbook: fastexcel.ExcelReader, sheet: str, columns: list[pa.Array]) -> list[pa.Array]:
    """The columns with their number cells of 16 or more digits written in scientific notation.

    fastexcel writes a number cell as the exact value of its double, so only a text of
    16 to 38 digits that a double holds exactly can be one; where there are such texts
    (a 22-digit USPS number kept as text hardly ever is one), the sheet is read once more
    as booleans, where number cells read true and text cells fail: the cell types.
    """
    suspects = {index: mask for index, column in enumerate(columns) if (mask := _suspect_cells(column)) is not None}
    if not suspects:
        return columns
    typed, _ = workbook.load_sheet(sheet, header_row=None, skip_rows=0, use_columns=list(suspects),
                                   dtypes={index: "boolean" for index in suspects}, eager=False).to_arrow_with_errors()
    marked = list(columns)
    for position, (index, mask) in enumerate(suspects.items()):
        number = pc.fill_null(pc.and_(mask, pc.is_valid(typed.column(position))), False)
        cells = columns[index].to_pylist()
        for row in pc.indices_nonzero(number).to_pylist():
            if "." in cells[row]:  # a fraction to nine decimals: as Excel shows it
                cells[row] = _as_excel_shows(cells[row])
                continue
            mantissa, exponent = f"{float(cells[row]):.14E}".split("E")
            cells[row] = f"{mantissa.rstrip('0').rstrip('.')}E{exponent}"
        marked[index] = pa.array(cells, pa.string())
    return marked


# More than 15 significant digits with exactly nine decimals: how fastexcel writes a number
# cell's fraction that is not exact in binary (1447296446.700000048).
_LONG_FRACTION = r"^-?[1-9][0-9]{6,}\.[0-9]{8}[1-9]$"


def _as_excel_shows(text: str) -> str:
    """A number's text with at most 15 significant digits, as Excel shows it ("1447296446.7")."""
    shown = f"{float(text):.15g}"
    return text if "e" in shown else shown


def _suspect_cells(column: pa.Array) -> pa.Array | None:
    """Where a column holds a text that is a number cell written with digits the sheet never showed:
    a long ID (:func:`_double_digits`) or a fraction to nine decimals; None if nowhere."""
    long_ids = _double_digits(column)
    fractions = pc.fill_null(pc.match_substring_regex(column, _LONG_FRACTION), False)
    if not pc.any(fractions).as_py():
        return long_ids
    return fractions if long_ids is None else pc.or_(long_ids, fractions)


def _double_digits(column: pa.Array) -> pa.Array | None:
    """Where a column holds 16 to 38 digits that a double holds exactly, or None if nowhere."""
    digits = pc.utf8_is_digit(column)  # the cheapest test first: most columns hold no number at all
    if not pc.any(digits).as_py():
        return None
    length = pc.utf8_length(column)
    long_digits = pc.fill_null(pc.and_(pc.and_(pc.greater_equal(length, 16), pc.less_equal(length, 38)), digits),
                               False)
    if not pc.any(long_digits).as_py():
        return None
    candidates = pc.if_else(long_digits, column, "0")
    exact = pc.equal(pc.cast(pc.cast(candidates, pa.float64()), pa.decimal128(38, 0), safe=False),
                     pc.cast(candidates, pa.decimal128(38, 0)))
    mask = pc.and_(long_digits, exact)
    return mask if pc.any(mask).as_py() else None


def _loader(columns: list[pa.Array]) -> Callable[[Session, int, int], None]:
    def load(session: Session, header_index: int, width: int) -> None:
        stage_columns(session, [column.slice(header_index + 1) for column in columns[:width]])

    return load
