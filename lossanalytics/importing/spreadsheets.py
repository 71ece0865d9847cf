"""Excel and OpenDocument workbooks, read by python-calamine: one table per sheet."""

from __future__ import annotations

import gc
from collections.abc import Callable
from itertools import islice
from pathlib import Path
from typing import Any

from python_calamine import CalamineWorkbook

from lossanalytics.db import Session
from lossanalytics.importing.errors import ImportProblem
from lossanalytics.importing.tables import HEAD_ROWS, Table, cell_text, column_array, stage_columns


def open_workbook(path: Path, file_name: str) -> CalamineWorkbook:
    try:
        return CalamineWorkbook.from_path(str(path))
    except Exception as exc:
        raise ImportProblem("import.error.bad_spreadsheet", file=file_name, detail=str(exc)[:200]) from exc


def workbook_tables(path: Path, file_name: str, sheet: str | None = None) -> list[Table]:
    """The sheets of a workbook (or only `sheet`), each with its first rows."""
    workbook = open_workbook(path, file_name)
    names = list(workbook.sheet_names)
    if sheet is not None and sheet not in names:
        raise ImportProblem("import.error.no_such_sheet", file=file_name, sheet=sheet, sheets=", ".join(names))
    tables = []
    for name in [sheet] if sheet is not None else names:
        try:
            sheet_data = workbook.get_sheet_by_name(name)
            head = [[cell_text(c) for c in row] for row in islice(sheet_data.iter_rows(), HEAD_ROWS)]
        except Exception as exc:
            raise ImportProblem("import.error.bad_spreadsheet", file=file_name, detail=str(exc)[:200]) from exc
        tables.append(Table(name, head, _loader(sheet_data), sheets=names))
    return tables


def _loader(sheet_data: Any) -> Callable[[Session, int, int], None]:
    def load(session: Session, header_index: int, width: int) -> None:
        # A sheet's cells become Python objects once (iter_rows, like the head: it keeps
        # leading empty rows, so row numbers match the sheet's, but starts at the first
        # used column) and go to DuckDB as Arrow columns. Millions of short-lived cells
        # only make the cycle collector scan again and again: it waits until they are gone.
        collecting = gc.isenabled()
        gc.disable()
        try:
            body = list(islice(sheet_data.iter_rows(), header_index + 1, None))
            if set(map(len, body)) - {width}:
                body = [list(row[:width]) + [None] * (width - len(row)) for row in body]
            columns = list(zip(*body)) if body else [()] * width
            del body
            arrays = [column_array(column) for column in columns]
            del columns
        finally:
            if collecting:
                gc.enable()
        stage_columns(session, arrays)

    return load
