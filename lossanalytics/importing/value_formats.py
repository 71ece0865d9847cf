"""Detect how a column writes its dates and numbers, from a sample of its values.

Whether day or month comes first is decided once per column, from all its values
(date_order): one order reads the whole column, never one row this way and the next
row that way.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from lossanalytics.importing.run_sql import execute
from lossanalytics.storage.db import Session
from lossanalytics.storage.sql_text import compiled, named_query, render

# strptime formats tried on date columns; ISO forms are handled by a plain cast first.
DATE_FORMATS: tuple[str, ...] = (
    "%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%d", "%Y-%m-%d %H:%M:%S %z",
    "%Y/%m/%d %H:%M:%S", "%Y/%m/%d %H:%M", "%Y/%m/%d",
    "%d.%m.%Y %H:%M:%S", "%d.%m.%Y %H:%M", "%d.%m.%Y",
    "%m/%d/%Y %H:%M:%S", "%m/%d/%Y %H:%M", "%m/%d/%Y", "%m/%d/%y",
    "%d/%m/%Y %H:%M:%S", "%d/%m/%Y %H:%M", "%d/%m/%Y", "%d/%m/%y",
    "%d-%b-%y", "%d-%b-%Y", "%d %b %Y", "%b %d, %Y", "%d-%m-%Y", "%d-%m-%Y %H:%M",
    "%Y年%m月%d日 %H:%M:%S", "%Y年%m月%d日 %H:%M", "%Y年%m月%d日",
    "%Y%m%d",
)
DAY_FIRST_FORMATS = frozenset(f for f in DATE_FORMATS if f.startswith(("%d/", "%d-%m")))
MONTH_FIRST_FORMATS = frozenset(f for f in DATE_FORMATS if f.startswith("%m/"))
EXCEL_SERIAL = "excel_serial"
EPOCH_MS = "epoch_ms"
ISO = "iso"

# The two leading parts of a numeric date (03/04/2026, 13-04-26), either of which may be the day.
NUMERIC_DATE = r"^([0-9]{1,2})[/-]([0-9]{1,2})[/-][0-9]{2,4}"
NUMERIC_DATE_HEAD = r"^([0-9]{1,2})[/-]([0-9]{1,2})[/-]"
_NUMERIC_DATE = re.compile(NUMERIC_DATE)

_DECIMAL_COMMA = re.compile(r"^-?\d{1,3}(\.\d{3})*,\d+$|^-?\d+,\d{1,2}$")
_DECIMAL_POINT = re.compile(r"^-?\d{1,3}(,\d{3})*\.\d+$|^-?\d+\.\d+$")


@dataclass(frozen=True)
class DateOrder:
    """A column's day and month order, and how many of its values contradict it."""

    day_first: bool
    contradicting: int


def date_order(session: Session, text_sql: str, params: dict[str, object], sample: Sequence[str],
               default_day_first: bool) -> DateOrder:
    """Day or month first for the column `text_sql` of `stage_raw s`, from all its values.

    A first part above 12 can only be a day, a second part above 12 only a day too
    (so the first is the month). If only one kind occurs it decides; if both occur,
    the more frequent decides and the others contradict it; if neither (every value
    could be read either way), `default_day_first`, the dialect's convention, does.
    The column is only scanned when its sample holds numeric dates.
    """
    if not any(_NUMERIC_DATE.match(v.strip()) for v in sample if v):
        return DateOrder(default_day_first, 0)
    params["numeric_date"] = NUMERIC_DATE
    day, month = execute(
        session, render(named_query("import_plan", "date_order"), text=compiled(text_sql)),
        {**params, "numeric_date_head": NUMERIC_DATE_HEAD},
    )[0]
    if day == month:
        return DateOrder(default_day_first, day)
    return DateOrder(day > month, min(day, month))


def contradicts_sql(text_sql: str, day_first: bool) -> str:
    """SQL: whether a value is a numeric date in the order opposite to `day_first`."""
    part = 2 if day_first else 1  # the part that must be a month, above 12 in a contradicting value
    return f"coalesce(try_cast(regexp_extract(trim({text_sql}), $numeric_date, {part}) AS INTEGER) > 12, false)"


def detect_date_formats(session: Session, sample: Sequence[str], day_first: bool) -> list[str]:
    """The formats that parse the sample, best first (ISO, Excel serial or strptime patterns).

    `day_first` is the column's order: formats of the other order are never used.
    """
    values = [v.strip() for v in sample if v and v.strip()]
    if not values:
        return [ISO]
    # ISO wins every tie, so a sample that ISO reads whole needs no other format tried
    # (machine exports, and every date cell of a workbook, write ISO).
    iso = session.execute(named_query("import_plan", "iso_dates"), {"values": values})[0][0]
    if iso == len(values):
        return [ISO]
    counts = [
        render(named_query("import_plan", "parsed_by_format"), format=compiled(f"$f{i}")) for i in range(len(DATE_FORMATS))
    ]
    row = session.execute(
        render(named_query("import_plan", "date_formats"), counts=counts),
        {"values": values, **{f"f{i}": fmt for i, fmt in enumerate(DATE_FORMATS)}},
    )[0]
    rows = zip((*DATE_FORMATS, ISO, EXCEL_SERIAL, EPOCH_MS), row)
    other_order = MONTH_FIRST_FORMATS if day_first else DAY_FIRST_FORMATS
    scores = {fmt: parsed for fmt, parsed in rows if parsed and fmt not in other_order}

    def rank(fmt: str) -> tuple[int, int]:
        return (scores[fmt], fmt == ISO)

    best = sorted(scores, key=rank, reverse=True)[:3]
    if best and scores[best[0]] == len(values):
        return best[:1]  # one format reads every sampled value: no fallbacks to evaluate per row
    return best or [ISO]


def date_expression(text_sql: str, formats: Sequence[str]) -> str:
    """SQL turning the text expression into a UTC TIMESTAMP using the detected formats."""
    parts = []
    for fmt in formats:
        if fmt == ISO:
            # Up to 19 characters ("2026-10-01 08:00:00") there is no UTC offset, and the
            # plain cast is four times faster than the one that reads offsets.
            parts.append(
                f"CASE WHEN length({text_sql}) <= 19 THEN try_cast({text_sql} AS TIMESTAMP) "
                f"ELSE CAST(try_cast({text_sql} AS TIMESTAMPTZ) AT TIME ZONE 'UTC' AS TIMESTAMP) END"
            )
        elif fmt == EPOCH_MS:
            # Milliseconds since 1970 (APIs, MongoDB exports): 13 digits from 2001 to 2033.
            parts.append(
                f"CASE WHEN regexp_full_match({text_sql}, '1[0-9]{{12}}') THEN "
                f"make_timestamp(try_cast({text_sql} AS BIGINT) * 1000) END"
            )
        elif fmt == EXCEL_SERIAL:
            parts.append(
                f"CASE WHEN regexp_full_match({text_sql}, '[1-9][0-9]{{4}}(\\.[0-9]+)?') THEN "
                f"TIMESTAMP '1899-12-30' + to_microseconds(CAST(round(try_cast({text_sql} AS DOUBLE) * 86400e6) AS BIGINT)) END"
            )
        elif "%z" in fmt:  # an offset: the instant, in UTC
            parts.append(f"(try_strptime({text_sql}, '{fmt}') AT TIME ZONE 'UTC')")
        else:
            parts.append(f"try_strptime({text_sql}, '{fmt}')")
    return parts[0] if len(parts) == 1 else "coalesce(" + ", ".join(parts) + ")"


def detect_decimal_comma(sample: Sequence[str], default: bool) -> bool:
    """Whether numbers in the sample use a decimal comma (`1.234,56`)."""
    comma = sum(bool(_DECIMAL_COMMA.match(v.strip())) for v in sample if v)
    point = sum(bool(_DECIMAL_POINT.match(v.strip())) for v in sample if v)
    if comma == point:
        return default
    return comma > point


NUMBER_PATTERN = r"[-+(]?\s*[$€£¥]?\s*[0-9][0-9., ]*\)?\s*([A-Za-z]{1,3}|元)?"


def number_expression(text_sql: str, decimal_comma: bool) -> str:
    """SQL turning the text expression into a DOUBLE; text that is not a number gives NULL."""
    digits = f"regexp_replace({text_sql}, '[^0-9.,\\-]', '', 'g')"
    if decimal_comma:
        digits = f"replace(replace({digits}, '.', ''), ',', '.')"
    else:
        digits = f"replace({digits}, ',', '')"
    negative = f"(starts_with(trim({text_sql}), '(') OR starts_with(trim({text_sql}), '-'))"
    return (
        f"CASE WHEN regexp_full_match(trim({text_sql}), '{NUMBER_PATTERN}') THEN "
        f"CASE WHEN {negative} THEN -abs(try_cast(replace({digits}, '-', '') AS DOUBLE)) "
        f"ELSE try_cast({digits} AS DOUBLE) END END"
    )
