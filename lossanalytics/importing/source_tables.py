"""What every reader hands over: the tables a file holds, each with its first rows.

A CSV holds one table, a workbook one per sheet, a JSON file one per place its rows
may sit. The first rows are enough to find and recognise the header (or to suggest
a column mapping); `load` then stages the rows below the header as the temporary view
`stage_raw`: columns c0…cN in file order, and rid, the row's position below the header
(0 for the first row).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from lossanalytics.storage.db import Session

HEAD_ROWS = 80
STAGE_BATCHES = 8
HEADER_SEARCH_ROWS = 30
# Cell texts that mean "no value" in exports (SQL dumps, Excel's #N/A).
NULL_TOKENS = ("NULL", "null", "None", "N/A", "n/a", "#N/A", "NaN", "nan")


@dataclass
class Table:
    """One candidate table: its name (sheet or JSON path), first rows as text, and loader.

    `load(session, header_index, width)` stages the rows after row `header_index`.
    """

    name: str | None
    head: list[list[str]]
    load: Callable[[Session, int, int], None]
    encoding: str | None = None
    delimiter: str | None = None
    sheets: list[str] = field(default_factory=list)


def cell_text(cell: Any) -> str:
    """A cell as the text a seller sees; whole floats without ".0" (spreadsheets store 12 as 12.0)."""
    if cell is None:
        return ""
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    if isinstance(cell, bool):
        return "true" if cell else "false"
    return str(cell).strip()


def column_array(values: Sequence[Any]) -> pa.Array:
    """One column of Python cells as Arrow: typed when its cells agree, else as text.

    Text is trimmed; empty strings and NULL_TOKENS become nulls; whole-number floats
    become integers, so a spreadsheet's 391128701026.0 stays the tracking number.
    """
    array = _typed(values)
    if array is None:  # "" for an empty value: a number column with gaps
        values = [None if v == "" else v for v in values]
        array = _typed(values)
    if array is None:  # "NULL" or "n/a" among dates or numbers
        tokens = frozenset(NULL_TOKENS)
        values = [None if isinstance(v, str) and (not v.strip() or v.strip() in tokens) else v for v in values]
        array = _typed(values)
    if array is None:
        array = pa.array([None if v is None else cell_text(v) for v in values], pa.string())
    if pa.types.is_null(array.type):
        return array.cast(pa.string())
    if pa.types.is_string(array.type) or pa.types.is_large_string(array.type):
        return text_column(array)
    if pa.types.is_floating(array.type):
        valid = pc.drop_null(array)
        whole = len(valid) == 0 or (
            pc.all(pc.equal(valid, pc.floor(valid))).as_py() and pc.max(pc.abs(valid)).as_py() < 2**53
        )
        if whole and len(valid):
            return array.cast(pa.int64())
    return array


def text_column(array: pa.Array | pa.ChunkedArray) -> pa.Array | pa.ChunkedArray:
    """Text cells trimmed; empty ones and NULL_TOKENS become nulls."""
    trimmed = pc.utf8_trim_whitespace(array)
    blank = pc.or_(pc.equal(trimmed, ""), pc.is_in(trimmed, pa.array(NULL_TOKENS)))
    return pc.if_else(blank, pa.scalar(None, array.type), trimmed)


def _typed(values: Sequence[Any]) -> pa.Array | None:
    try:
        return pa.array(values, from_pandas=True)
    except (pa.ArrowInvalid, pa.ArrowTypeError, OverflowError):
        return None


def stage_columns(session: Session, columns: Sequence[pa.Array | pa.ChunkedArray]) -> None:
    """Stage Arrow columns as the view `stage_raw` (c0…cN, rid), read by DuckDB where they are.

    In batches: DuckDB scans an Arrow table on as many threads as it has batches, where a
    table of fewer rows than one row group (122,880) is scanned on one.
    """
    rows = len(columns[0]) if columns else 0
    cells = {f"c{i}": column for i, column in enumerate(columns)}
    table = pa.table({**cells, "rid": pa.array(np.arange(rows, dtype=np.int64))})
    batches = table.to_batches(max_chunksize=max(1, -(-rows // STAGE_BATCHES)))
    session.register("stage_raw", pa.Table.from_batches(batches, table.schema))
