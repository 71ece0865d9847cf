"""Downloads a seller opens in Excel: CSV with a BOM and XLSX, safe from formula injection.

The one rule, for every CSV and workbook the product writes (downloads, `--out`, the
CLI's CSV on stdout, claim packs): a text cell is cut at its line breaks (CR LF, CR or
LF), and every line that starts with =, +, -, @ (or their full-width forms), a tab or a
carriage return gets an apostrophe in front, so no line of any cell can start a
formula, whichever program splits it. Every CSV cell is quoted as well, so a line break
inside a cell never ends the row. Lists and records (value at loss per currency) are
written as readable text, never as Python reprs.
"""

from __future__ import annotations

import csv
import io
import math
import re
from collections.abc import Mapping, Sequence
from typing import Any, BinaryIO

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from lossanalytics.i18n import has, t

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠")
# A formula prefix at the start of the text or right after a line break.
_FORMULA_LINE = re.compile("(^|\r\n|\r|\n)(?=[" + re.escape("".join(FORMULA_PREFIXES)) + "])")
# The cells `neutralise` may change (in RE2 syntax, for Arrow): a prefix first, or any line break.
_NEEDS_CARE = "^[-" + "".join(p for p in FORMULA_PREFIXES if p != "-") + "]|[\r\n]"
# Columns holding canonical codes that a reader should see as words in their language.
LABELLED_VALUES = {"mode": "mode", "status": "status", "outcome": "outcome", "status_source": "evidence"}
# The suspected-lost download: the parcel, the evidence its status was read from, why it is
# suspected, and what to claim by when (from lossanalytics.claims.estimate_claims).
#: The claim columns of that list, the same in the CLI's `suspected`.
SUSPECTED_CLAIM_COLUMNS: tuple[str, ...] = (
    "claim_where", "claim_deadline", "days_left", "estimated_compensation", "compensation_currency",
    "compensation_basis",
)
SUSPECTED_COLUMNS: tuple[str, ...] = (
    "tracking_number", "order_id", "carrier", "service", "mode", "origin_country", "dest_country",
    "ship_date", "estimated_delivery_date", "last_event_time", "last_event_text", "status", "status_source",
    "status_evidence", "risk", "reasons", "declared_value", "currency", "weight_kg", *SUSPECTED_CLAIM_COLUMNS,
)


def neutralise(value: object) -> object:
    """Text with an apostrophe before every line a spreadsheet would run as a formula; other values pass."""
    if isinstance(value, str):
        return _FORMULA_LINE.sub(lambda found: found.group(1) + "'", value)
    return value


def flat_text(value: Any) -> Any:
    """A list or record as readable text ("EUR 12.5; USD 3.0"); any other value as it is."""
    if isinstance(value, Mapping):
        return " ".join(str(flat_text(v)) for v in value.values() if not _missing(v))
    if isinstance(value, (list, tuple)) or type(value).__name__ == "ndarray":
        return "; ".join(str(flat_text(v)) for v in value if not _missing(v))
    return value


def _missing(value: Any) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def export_frame(frame: pd.DataFrame, columns: Sequence[str], lang: str) -> pd.DataFrame:
    """The chosen columns, codes as words, text neutralised, headers in `lang` (canonical names where no label exists)."""
    # Not copied: pandas copies on write, and every column changed below is replaced whole.
    out = frame.loc[:, [c for c in columns if c in frame.columns]]
    for column, prefix in LABELLED_VALUES.items():
        if column in out.columns:
            out[column] = out[column].map(lambda v, p=prefix: t(f"{p}.{v}", lang) if has(f"{p}.{v}") else v)
    out = neutralise_frame(out)
    out.columns = [t(f"col.{c}", lang) if has(f"col.{c}") else c for c in out.columns]
    return out


def neutralise_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy of `frame` (headers too) whose text cells can never run as spreadsheet formulas,
    lists and records written as text."""
    # Shallow: only the columns rewritten below are new (pandas copies on write), the rest are shared.
    out = frame.copy(deep=False)
    for column in out.columns:
        if out[column].dtype == object or pd.api.types.is_string_dtype(out[column]):
            out[column] = _neutralise_column(out[column])
    out.columns = [neutralise(str(c)) for c in out.columns]
    return out


def _neutralise_column(values: pd.Series) -> pd.Series:
    """`neutralise` over a column; a column of text (or gaps) is searched in Arrow first, so
    only the few cells that need it are rewritten (a million-row export stays fast)."""
    try:
        text = pa.array(values, type=pa.string(), from_pandas=True)
    except (pa.ArrowInvalid, pa.ArrowTypeError):  # lists, records or numbers among the values
        return values.map(lambda v: neutralise(flat_text(v)))
    hits = pc.match_substring_regex(text, _NEEDS_CARE).fill_null(False).to_numpy(zero_copy_only=False)
    if not hits.any():
        return values
    out = values.copy()
    out[hits] = values[hits].map(neutralise)
    return out


def write_csv(frame: pd.DataFrame, handle: BinaryIO, bom: bool = True, date_format: str = "%Y-%m-%d %H:%M") -> None:
    """Every cell quoted and neutralised, written to `handle`; UTF-8 with a byte-order mark (so
    Excel shows Chinese text correctly) unless `bom` is False (the CLI's stdout, read by scripts).

    pandas formats and writes a few thousand rows at a time, so the text of a million-row
    list is never held whole: only the frame is in memory, once.
    """
    neutralise_frame(frame).to_csv(handle, index=False, date_format=date_format, quoting=csv.QUOTE_ALL,
                                   encoding="utf-8-sig" if bom else "utf-8")


def to_csv_bytes(frame: pd.DataFrame, bom: bool = True, date_format: str = "%Y-%m-%d %H:%M") -> bytes:
    """The bytes :func:`write_csv` writes, for a download button: built once, as bytes only
    (BytesIO hands over its buffer without copying it)."""
    buffer = io.BytesIO()
    write_csv(frame, buffer, bom, date_format)
    return buffer.getvalue()


def to_xlsx_bytes(frame: pd.DataFrame, sheet: str) -> bytes:
    """An .xlsx whose one sheet is named `sheet` (in the reader's language, cut to Excel's 31
    characters), with a frozen, filterable header and column widths that fit the content."""
    frame = neutralise_frame(frame)
    buffer = io.BytesIO()
    # No cell text is ever turned into a formula or a link, whatever it starts with.
    options = {"options": {"strings_to_formulas": False, "strings_to_urls": False}}
    with pd.ExcelWriter(buffer, engine="xlsxwriter", datetime_format="yyyy-mm-dd hh:mm", engine_kwargs=options) as writer:
        frame.to_excel(writer, sheet_name=sheet[:31], index=False)
        worksheet = writer.sheets[sheet[:31]]
        worksheet.freeze_panes(1, 0)
        worksheet.autofilter(0, 0, max(len(frame), 1), max(len(frame.columns) - 1, 0))
        for index, column in enumerate(frame.columns):
            # Missing cells (None, NaN, NaT, NA of a nullable column) do not widen a column.
            lengths = [len(str(v)) for v in frame[column].head(200).dropna().tolist()]
            width = max([len(str(column)), *lengths])
            worksheet.set_column(index, index, min(max(width + 2, 8), 60))
    return buffer.getvalue()
