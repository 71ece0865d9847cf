"""One parcel's claim-relevant facts, cleaned, and how numbers appear in claim texts.

Exports arrive with blanks, NaN, zero weights and negative values; here all of them
become None ("no usable value"), so the estimate and the texts test one thing.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

import pandas as pd

from lossanalytics.claims.model import ANCHORS, MODES
from lossanalytics.i18n import t


@dataclass(frozen=True)
class ParcelFacts:
    """The fields of a canonical parcel row (DESIGN §3) that a claim depends on."""

    outcome: str
    carrier: str | None
    mode: str | None
    marketplace: str | None
    origin_country: str | None
    dest_country: str | None
    dates: Mapping[str, date | None]  # by anchor name (see model.ANCHORS)
    declared_value: float | None
    currency: str | None
    weight_kg: float | None
    insured_value: float | None

    @classmethod
    def from_row(cls, row: Mapping[str, Any]) -> ParcelFacts:
        """Clean one parcel row; non-positive amounts and weights count as missing."""
        currency = text_or_none(row.get("currency"))
        return cls(
            outcome=str(row.get("outcome")),
            carrier=text_or_none(row.get("carrier")),
            mode=text_or_none(row.get("mode")),
            marketplace=text_or_none(row.get("marketplace")),
            origin_country=_upper(row.get("origin_country")),
            dest_country=_upper(row.get("dest_country")),
            dates={anchor: to_date(row.get(column)) for anchor, column in ANCHORS.items()},
            declared_value=positive_or_none(row.get("declared_value")),
            currency=currency.upper() if currency else None,
            weight_kg=positive_or_none(row.get("weight_kg")),
            insured_value=positive_or_none(row.get("insured_value")),
        )

    @property
    def insured(self) -> bool:
        return self.insured_value is not None


def is_missing(value: Any) -> bool:
    """None, NaN, NaT and pandas NA alike."""
    if value is None:
        return True
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):  # lists and other containers are not missing
        return False


def text_or_none(value: Any) -> str | None:
    if is_missing(value):
        return None
    text = str(value).strip()
    return text or None


def _upper(value: Any) -> str | None:
    text = text_or_none(value)
    return text.upper() if text else None


def positive_or_none(value: Any) -> float | None:
    """A finite number above zero, else None (a zero weight is as unusable as a blank one)."""
    if is_missing(value) or isinstance(value, bool):
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) and number > 0 else None


def to_date(value: Any) -> date | None:
    """The calendar date of a timestamp, date or ISO text; None when missing or unreadable."""
    if is_missing(value):
        return None
    try:
        stamp = pd.Timestamp(value)
    except (TypeError, ValueError):
        return None
    return None if pd.isna(stamp) else stamp.date()


def mode_label(mode: str | None, lang: str) -> str:
    """A canonical mode in words; a non-canonical one as given."""
    if mode is None or mode in MODES:
        return t(f"claims.mode.{mode or 'unknown'}", lang)
    return mode


def round_money(amount: float) -> float:
    """Round half up to cents, as a claims clerk would (81.744 → 81.74, 0.125 → 0.13)."""
    return float(Decimal(repr(amount)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


def fmt_money(amount: float) -> str:
    """Cents shown only when there are some: 120 → "120", 81.7 → "81.70"."""
    text = f"{round_money(amount):.2f}"
    return text[:-3] if text.endswith(".00") else text


def fmt_number(value: float, places: int = 4) -> str:
    """A rate or weight without trailing zeros: 2.40 → "2.4", 26.0 → "26"."""
    text = f"{value:.{places}f}".rstrip("0").rstrip(".")
    return text or "0"
