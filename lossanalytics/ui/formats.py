"""Numbers in the words a seller reads (pure functions, no Streamlit)."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping

from lossanalytics.i18n import t


def rate_with_interval(rate: float, low: float, high: float, lang: str) -> str:
    """'2.4% (2.1–2.7%)', the loss rate with its 95% interval."""
    if rate is None or math.isnan(rate):
        return "–"
    return t("ui.rate_interval", lang, rate=rate, low=low * 100, high=high * 100)


def interval(low: float, high: float, lang: str) -> str:
    """'2.1–2.7%', a 95% interval on its own."""
    if low is None or math.isnan(low):
        return "–"
    return t("ui.interval", lang, low=low * 100, high=high * 100)


def money(values: Iterable[Mapping[str, object]] | None, lang: str) -> str:
    """Value at loss per currency, largest first: 'USD 12,345 · EUR 980'."""
    parts = [f"{v['currency']} {float(v['amount']):,.0f}" for v in (values if values is not None else [])]
    return " · ".join(parts) if parts else t("ui.none", lang)


def count(value: int) -> str:
    """A whole number with thousands separators."""
    return f"{int(value):,}"


def md_escape(text: str) -> str:
    """Text from a seller's files, safe to show inside Markdown (no formatting, links or maths)."""
    return re.sub(r"([\\`*_{}\[\]<>()#+!|~$])", r"\\\1", text)
