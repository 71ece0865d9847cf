"""Downloads a seller opens in Excel: CSV with a BOM and XLSX, safe from formula injection."""

from __future__ import annotations

import io
from collections.abc import Sequence

import pandas as pd

from lossanalytics.i18n import has, t

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
# Columns holding canonical codes that a reader should see as words in their language.
LABELLED_VALUES = {"mode": "mode", "status": "status", "outcome": "outcome"}
SUSPECTED_COLUMNS: tuple[str, ...] = (
    "tracking_number", "order_id", "carrier", "service", "mode", "origin_country", "dest_country",
    "ship_date", "estimated_delivery_date", "last_event_time", "last_event_text", "status", "risk", "reasons",
    "declared_value", "currency", "weight_kg",
)


def neutralise(value: object) -> object:
    """Text that a spreadsheet would run as a formula gets a leading apostrophe; other values pass."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def export_frame(frame: pd.DataFrame, columns: Sequence[str], lang: str) -> pd.DataFrame:
    """The chosen columns, codes as words, text neutralised, headers in `lang` (canonical names where no label exists)."""
    out = frame.loc[:, [c for c in columns if c in frame.columns]].copy()
    for column, prefix in LABELLED_VALUES.items():
        if column in out.columns:
            out[column] = out[column].map(lambda v, p=prefix: t(f"{p}.{v}", lang) if has(f"{p}.{v}") else v)
    out = neutralise_frame(out)
    out.columns = [t(f"col.{c}", lang) if has(f"col.{c}") else c for c in out.columns]
    return out


def neutralise_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy of `frame` whose text cells can never run as spreadsheet formulas."""
    out = frame.copy()
    for column in out.columns:
        if out[column].dtype == object or pd.api.types.is_string_dtype(out[column]):
            out[column] = out[column].map(neutralise)
    return out


def to_csv_bytes(frame: pd.DataFrame) -> bytes:
    """UTF-8 with a byte-order mark, so Excel shows Chinese text correctly."""
    return frame.to_csv(index=False, date_format="%Y-%m-%d %H:%M").encode("utf-8-sig")


def to_xlsx_bytes(frame: pd.DataFrame, sheet: str = "Suspected lost") -> bytes:
    """An .xlsx with a frozen, filterable header and column widths that fit the content."""
    buffer = io.BytesIO()
    # No cell text is ever turned into a formula or a link, whatever it starts with.
    options = {"options": {"strings_to_formulas": False, "strings_to_urls": False}}
    with pd.ExcelWriter(buffer, engine="xlsxwriter", datetime_format="yyyy-mm-dd hh:mm", engine_kwargs=options) as writer:
        frame.to_excel(writer, sheet_name=sheet[:31], index=False)
        worksheet = writer.sheets[sheet[:31]]
        worksheet.freeze_panes(1, 0)
        worksheet.autofilter(0, 0, max(len(frame), 1), max(len(frame.columns) - 1, 0))
        for index, column in enumerate(frame.columns):
            # `v == v` is False for NaN: missing cells do not widen a column.
            lengths = [len(str(v)) for v in frame[column].head(200).tolist() if v is not None and v == v]
            width = max([len(str(column)), *lengths])
            worksheet.set_column(index, index, min(max(width + 2, 8), 60))
    return buffer.getvalue()
