"""Excel and OpenDocument workbooks, read by python-calamine: one table per sheet."""

from __future__ import annotations

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
        # iter_rows, like the head: it keeps leading empty rows (so row numbers match
        # the sheet's) but starts at the first used column.
        body = list(islice(sheet_data.iter_rows(), header_index + 1, None))
        if any(len(row) != width for row in body):
            body = [list(row[:width]) + [None] * (width - len(row)) for row in body]
        columns = list(zip(*body)) if body else [()] * width
        stage_columns(session, [column_array(list(column)) for column in columns])

    return load
