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

from lossanalytics.db import Session
from lossanalytics.importing.errors import ImportProblem
from lossanalytics.importing.tables import HEAD_ROWS, Table, stage_columns, text_column


_SHEET = re.compile(r"<(?:\w+:)?sheet\s([^>]*)>")
_ATTRIBUTE = re.compile(r'([\w:]+)="([^"]*)"')
_ACTIVE = re.compile(r'<(?:\w+:)?workbookView\s[^>]*\bactiveTab="(\d+)"')


def open_workbook(path: Path, file_name: str) -> fastexcel.ExcelReader:
    try:
        return fastexcel.read_excel(str(path))
    except Exception as exc:
        raise ImportProblem("import.error.bad_spreadsheet", file=file_name, detail=str(exc)[:200]) from exc


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
            raise ImportProblem("import.error.bad_spreadsheet", file=file_name, detail=str(exc)[:200]) from exc
        columns = [_mark_rounded(workbook, name, index, text_column(column))
                   for index, column in enumerate(cells.columns)]
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
        return {name for name in names if workbook.load_sheet(name, header_row=None, n_rows=1, eager=False).visible
                != "visible"}, None
    tags = [dict(_ATTRIBUTE.findall(tag)) for tag in _SHEET.findall(book)]
    hidden = {html.unescape(tag.get("name", "")) for tag in tags if tag.get("state", "visible") != "visible"}
    active = _ACTIVE.search(book)
    index = int(active.group(1)) if active else 0
    return hidden, html.unescape(tags[index].get("name", "")) if index < len(tags) else None


def _mark_rounded(workbook: fastexcel.ExcelReader, sheet: str, index: int, column: pa.Array) -> pa.Array:
    """The column with its number cells of 16 or more digits written in scientific notation."""
    long_digits = pc.and_(pc.greater_equal(pc.utf8_length(column), 16), pc.utf8_is_digit(column))
    if not pc.any(long_digits).as_py():
        return column
    # Loaded as booleans, number cells read true and text cells fail: the cell types.
    typed, _ = workbook.load_sheet(sheet, header_row=None, skip_rows=0, use_columns=[index], dtypes={index: "boolean"},
                                   eager=False).to_arrow_with_errors()
    number = pc.and_(long_digits, pc.is_valid(typed.column(0)))
    cells = column.to_pylist()
    for row in pc.indices_nonzero(pc.fill_null(number, False)).to_pylist():
        mantissa, exponent = f"{float(cells[row]):.14E}".split("E")
        cells[row] = f"{mantissa.rstrip('0').rstrip('.')}E{exponent}"
    return pa.array(cells, pa.string())


def _loader(columns: list[pa.Array]) -> Callable[[Session, int, int], None]:
    def load(session: Session, header_index: int, width: int) -> None:
        stage_columns(session, [column.slice(header_index + 1) for column in columns[:width]])

    return load
