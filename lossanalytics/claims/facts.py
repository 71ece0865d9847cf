"""Parcels' claim-relevant facts, cleaned, and how numbers appear in claim texts.

Exports arrive with blanks, NaN, zero weights and negative values; here all of them
become "no usable value" (None for texts, NaT for dates, NaN for amounts), so the
estimate and the texts test one thing. Facts are kept as one array per field, so the
estimate works on many parcels at once.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

import numpy as np
import pandas as pd

from lossanalytics.claims.rule_types import ANCHORS, MODES
from lossanalytics.i18n import carrier_name, t

# Amounts up to this size are rounded to cents in numpy; larger ones (never seen on a
# parcel) go through round_money, where a float's cents may no longer be exact.
_VECTOR_MONEY_LIMIT = 1e12


@dataclass(frozen=True)
class ParcelFacts:
    """The fields of canonical parcel rows (DESIGN §3) that a claim depends on, one array each.

    Texts are object arrays (None: missing), `dates` maps each anchor (model.ANCHORS) to
    a datetime64[D] array, amounts are float arrays (NaN: missing or not positive).
    """

    outcome: np.ndarray
    carrier: np.ndarray
    service: np.ndarray
    mode: np.ndarray
    marketplace: np.ndarray
    origin_country: np.ndarray
    dest_country: np.ndarray
    currency: np.ndarray
    dates: Mapping[str, np.ndarray]
    declared_value: np.ndarray
    weight_kg: np.ndarray
    insured_value: np.ndarray

    @classmethod
    def from_frame(cls, parcels: pd.DataFrame) -> ParcelFacts:
        """Clean parcel rows; non-positive amounts and weights count as missing."""
        return cls(
            outcome=per_value(parcels["outcome"], str),
            carrier=per_value(parcels["carrier"], text_or_none),
            service=per_value(parcels["service"], text_or_none),
            mode=per_value(parcels["mode"], text_or_none),
            marketplace=per_value(parcels["marketplace"], text_or_none),
            origin_country=per_value(parcels["origin_country"], _upper),
            dest_country=per_value(parcels["dest_country"], _upper),
            currency=per_value(parcels["currency"], _upper),
            dates={anchor: _days(parcels[column]) for anchor, column in ANCHORS.items()},
            declared_value=_positive(parcels["declared_value"]),
            weight_kg=_positive(parcels["weight_kg"]),
            insured_value=_positive(parcels["insured_value"]),
        )

    def __len__(self) -> int:
        return len(self.outcome)

    def take(self, positions: np.ndarray) -> ParcelFacts:
        """The facts of the parcels at `positions`."""
        values = {f.name: getattr(self, f.name) for f in fields(self) if f.name != "dates"}
        return ParcelFacts(**{name: array[positions] for name, array in values.items()},
                           dates={anchor: days[positions] for anchor, days in self.dates.items()})

    @property
    def insured(self) -> np.ndarray:
        return ~np.isnan(self.insured_value)


def per_value(values: pd.Series, clean: Callable[[Any], Any]) -> np.ndarray:
    """`clean` applied once per distinct value (a column repeats few values), as an object array."""
    codes, uniques = pd.factorize(values, use_na_sentinel=True)
    table = np.empty(len(uniques) + 1, dtype=object)
    # Code -1 (missing) takes the last slot, cleaned only when a value is missing: `clean` may
    # have no meaning for None (a catalogue key made of it).
    missing = clean(None) if (codes < 0).any() else None
    table[:] = [*(clean(v) for v in uniques), missing]
    return table[codes]


def _days(values: pd.Series) -> np.ndarray:
    """Calendar dates (datetime64[D]) of timestamps, dates or ISO texts; NaT when missing or unreadable."""
    if isinstance(values.dtype, pd.DatetimeTZDtype):
        values = values.dt.tz_localize(None)  # the date where the timestamp was taken, as Timestamp.date()
    if pd.api.types.is_datetime64_dtype(values.dtype):
        return values.to_numpy().astype("datetime64[D]")
    return per_value(values, to_date).astype("datetime64[D]")


def _positive(values: pd.Series) -> np.ndarray:
    """Finite numbers above zero, else NaN (see :func:`positive_or_none`)."""
    if pd.api.types.is_numeric_dtype(values.dtype) and not pd.api.types.is_bool_dtype(values.dtype):
        numbers = values.to_numpy(dtype=float, na_value=np.nan)
        with np.errstate(invalid="ignore"):
            return np.where(np.isfinite(numbers) & (numbers > 0), numbers, np.nan)
    return per_value(values, positive_or_none).astype(float)


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


def iso_days(days: np.ndarray) -> np.ndarray:
    """datetime64[D] values as ISO dates ("2024-11-05"), an object array like `date.isoformat()`.

    Each distinct day is written once and its text shared by its rows: a worklist of hundreds
    of thousands of parcels holds a few hundred days."""
    uniques, inverse = np.unique(days, return_inverse=True)
    return np.datetime_as_string(uniques, unit="D").astype(object)[inverse]


def day_objects(days: np.ndarray) -> np.ndarray:
    """datetime64[D] values as `datetime.date` objects (None for NaT), one object per distinct day."""
    uniques, inverse = np.unique(days, return_inverse=True)
    return uniques.astype(object)[inverse]


def carrier_label(carrier: str | None, lang: str) -> str:
    """A carrier in a claim's sentences: as the seller knows it in `lang`, "unknown carrier" when missing."""
    return carrier_name(carrier, lang) if carrier else t("claims.unknown_carrier", lang)


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
    return text.removesuffix(".00")


def money_many(amounts: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """:func:`round_money` and :func:`fmt_money` of many amounts: (rounded floats, texts).

    Exactly the same results, found in numpy: an amount whose cents are not within a
    hair of a half cent rounds the same whichever way it is computed; the few that are
    (0.125, 2.675) go through the decimal rounding. NaN stays NaN (text "").
    """
    amounts = np.asarray(amounts, dtype=float)
    with np.errstate(invalid="ignore"):
        scaled = amounts * 100
        whole = np.floor(scaled)
        fraction = scaled - whole
        # Binary and decimal amounts differ by far less than this margin (~1e-12 of the cents).
        margin = np.maximum(1e-6, scaled * 1e-12)
        clear = (amounts >= 0) & (amounts < _VECTOR_MONEY_LIMIT) & (np.abs(fraction - 0.5) > margin)
    cents = np.where(fraction > 0.5, whole + 1, whole)
    rounded = np.where(clear, cents / 100, np.nan)
    texts = np.full(len(amounts), "", dtype=object)
    # Amounts repeat (limits, common prices): each distinct one is written once.
    distinct, inverse = np.unique(cents[clear].astype(np.int64), return_inverse=True)
    written = np.empty(len(distinct), dtype=object)
    written[:] = [f"{c // 100}.{c % 100:02d}" if c % 100 else str(c // 100) for c in distinct.tolist()]
    texts[clear] = written[inverse]
    for position in np.flatnonzero(~clear & ~np.isnan(amounts)):
        rounded[position] = round_money(float(amounts[position]))
        texts[position] = fmt_money(float(amounts[position]))
    return rounded, texts


def fmt_numbers(values: np.ndarray, places: int = 4) -> np.ndarray:
    """:func:`fmt_number` of many values (NaN: ""), an object array."""
    return per_value(pd.Series(values), lambda v: "" if is_missing(v) else fmt_number(v, places))


def fmt_number(value: float, places: int = 4) -> str:
    """A rate or weight without trailing zeros: 2.40 → "2.4", 26.0 → "26"."""
    text = f"{value:.{places}f}".rstrip("0").rstrip(".")
    return text or "0"
