"""Excel and OpenDocument workbooks, read by fastexcel (calamine underneath): one table per sheet.

fastexcel hands over a sheet as Arrow columns without making a Python object of every
cell. Every cell is read as text, as a seller sees it (a date as 2025-01-02 03:04:05, a
whole number without ".0"): a column's type must never be guessed from its first rows,
which would silently empty the cells that disagree ("Weight Captured Separately" in a
weight column); the plan parses dates and numbers from the text, as for a CSV file.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import fastexcel
import pyarrow as pa

from lossanalytics.db import Session
from lossanalytics.importing.errors import ImportProblem, error_detail
from lossanalytics.importing.tables import HEAD_ROWS, Table, stage_columns, text_column


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
    if sheet is not None and sheet not in names:
        raise ImportProblem("import.error.no_such_sheet", file=file_name, sheet=sheet, sheets=", ".join(names))
    tables = []
    for name in [sheet] if sheet is not None else names:
        try:
            # skip_rows=0 keeps leading empty rows, so row numbers match the sheet's.
            cells = workbook.load_sheet(name, header_row=None, skip_rows=0, dtypes="string", eager=True)
        except Exception as exc:
            raise ImportProblem("import.error.bad_spreadsheet", file=file_name,
                                detail=error_detail(exc, path, file_name)) from exc
        columns = [text_column(column) for column in cells.columns]
        head = zip(*(column.slice(0, HEAD_ROWS).to_pylist() for column in columns))
        tables.append(Table(name, [["" if cell is None else cell for cell in row] for row in head],
                            _loader(columns), sheets=names))
    return tables


def _loader(columns: list[pa.Array]) -> Callable[[Session, int, int], None]:
    def load(session: Session, header_index: int, width: int) -> None:
        stage_columns(session, [column.slice(header_index + 1) for column in columns[:width]])

    return load
