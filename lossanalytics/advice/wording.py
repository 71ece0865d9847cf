"""Numbers as the advice states them: rates, intervals, amounts, p-values, lanes."""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping

from lossanalytics.analytics.compare import p_text
from lossanalytics.analytics.reasons import lane_name
from lossanalytics.i18n import route_name, t, tn, with_currency


def pct(rate: float) -> str:
    """A share as a percentage: one decimal ("5.8%"), two below 1% ("0.45%")."""
    if rate is None or (isinstance(rate, float) and math.isnan(rate)):
        return "–"
    return f"{rate:.2%}" if 0 < abs(rate) < 0.01 else f"{rate:.1%}"


def interval(low: float, high: float) -> str:
    """A 95% interval of a share: "4.5–7.4%"; two decimals when it lies below 1% ("0.24–0.40%")."""
    places = 2 if high < 0.01 else 1
    return f"{low * 100:.{places}f}–{high * 100:.{places}f}%"


def rate_n(rate: float, low: float, high: float, n: int, lang: str) -> str:
    """"5.8% (4.5–7.4%, n = 1,012)": a loss rate with its interval and sample size."""
    return t("advice.fmt.rate_n", lang, rate=pct(rate), interval=interval(low, high), n=f"{int(n):,}")


def money(amount: float, currency: str) -> str:
    """An amount with its currency: cents below 100 ("12.60 USD"), whole units above ("1,857 USD").
    Kept on one line with its currency (i18n.with_currency): a sentence must not wrap between "1,857" and "USD"."""
    return with_currency(f"{amount:,.2f}" if abs(amount) < 100 else f"{amount:,.0f}", currency)


def amounts(per_currency: Mapping[str, float], lang: str, usd_per: Callable[[str], float | None] | None = None,
            limit: int = 4) -> str:
    """Amounts in several currencies, largest first ("1,200 USD · 310 EUR"); they are never added.

    With `usd_per` (US dollars per unit of a currency) "largest" compares dollar values,
    so 8,000 JPY does not come before 60 USD. Beyond `limit` currencies the rest are
    counted ("(+ 3 more currencies)").
    """
    if not per_currency:
        return t("advice.fmt.none", lang)

    def size(item: tuple[str, float]) -> tuple[float, str]:
        rate = usd_per(item[0]) if usd_per else None
        return -(item[1] * rate if rate else (item[1] if usd_per is None else 0.0)), item[0]

    ordered = sorted(per_currency.items(), key=size)
    text = " · ".join(money(amount, currency) for currency, amount in ordered[:limit])
    if len(ordered) > limit:
        text += ("" if lang == "zh" else " ") + tn("advice.fmt.more", lang, len(ordered) - limit, n=len(ordered) - limit)
    return text


def p_value(p: float) -> str:
    """"p = 0.012" or "p < 0.001"."""
    return p_text(float(p))


def lane(carrier: str, origin: str | None, dest: str | None, mode: str, lang: str) -> str:
    """"YunExpress China → Germany (Air)"."""
    return lane_name(carrier, origin, dest, mode, lang)


def route(origin: str | None, dest: str | None, mode: str, lang: str) -> str:
    """"China → United States (Postal)": a route and mode without the carrier."""
    return t("compare.where_route", lang, route=route_name(origin, dest, lang), mode=t(f"mode.{mode}", lang))


def mode_word(mode: str, lang: str) -> str:
    """A transport mode inside a sentence: "air" in "your other air parcels" (the label in lower case)."""
    return t(f"mode.{mode}", lang).lower()
