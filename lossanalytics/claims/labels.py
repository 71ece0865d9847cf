"""Claims worklist rows in words: urgency, checklist, picker labels and dates, for many rows at once.

A worklist of a big seller has tens of thousands of rows but few distinct urgencies,
checklists and dates, so each text is made once per distinct value, not once per row.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

import numpy as np
import pandas as pd

from lossanalytics.claims.documents import document_label
from lossanalytics.claims.facts import per_value, to_date
from lossanalytics.claims.texts import fill, slot
from lossanalytics.i18n import days_count, each_distinct, or_unknown, t


def per_pair(first: pd.Series, second: pd.Series, make: Callable[[Any, Any], Any]) -> np.ndarray:
    """`make(a, b)` for each row's pair of values, called once per distinct pair (a worklist has few)."""
    return each_distinct(make, first.to_numpy(dtype=object), second.to_numpy(dtype=object))


def documents_text(keys: Iterable[str], lang: str) -> str:
    """The checklist of one parcel as one line: "Order details …; Proof of purchase …"."""
    return t("claims.sep", lang).join(document_label(key, lang) for key in keys or ())


def documents_texts(work: pd.DataFrame, lang: str) -> np.ndarray:
    """:func:`documents_text` of every worklist row, made once per distinct checklist."""
    return each_distinct(lambda keys: documents_text(keys, lang), map(tuple, work["documents"].to_numpy(dtype=object)))


def urgency_texts(work: pd.DataFrame, lang: str) -> np.ndarray:
    """:func:`urgency_text` of every worklist row, made once per distinct urgency and days left."""
    return per_pair(work["urgency"], work["days_left"],
                     lambda kind, days: urgency_text({"urgency": kind, "days_left": days}, lang))


def urgency_text(row: Mapping[str, Any], lang: str) -> str:
    """The urgency of one worklist row in words, with the days where they matter."""
    kind = row["urgency"]
    days = row.get("days_left")
    if kind in ("urgent", "open") and not pd.isna(days):
        return t(f"ui.claims.urgency.{kind}_days", lang, days=days_count(int(days), lang))
    if kind == "passed" and not pd.isna(days):
        return t("ui.claims.urgency.passed_days", lang, days=days_count(-int(days), lang))
    return t(f"ui.claims.urgency.{kind}", lang)


def option_labels(work: pd.DataFrame, lang: str) -> dict[str, str]:
    """The picker text of every worklist parcel (tracking number, carrier, urgency in words),
    built in one pass: a picker asks for each option's text on every run."""
    carriers = work["carrier"].to_numpy(dtype=object, na_value=None)
    unknown = or_unknown(None, "carrier", lang)
    values = {"tracking_number": work["tracking_number"].to_numpy(dtype=object),
              "carrier": np.array([c if isinstance(c, str) and c else unknown for c in carriers], dtype=object),
              "urgency": urgency_texts(work, lang)}
    template = t("ui.claims.detail.option", lang, **{name: slot(name) for name in values})
    return dict(zip(values["tracking_number"], fill(template, values, len(work))))


def as_dates(values: pd.Series) -> np.ndarray:
    """The calendar date of every value (None where missing), an object array."""
    return per_value(values, to_date)
