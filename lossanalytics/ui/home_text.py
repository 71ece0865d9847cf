"""The home settings in the seller's words: money totals, exchange rates, assumed origins
(pure functions, no Streamlit)."""

from __future__ import annotations

from datetime import date

from lossanalytics.claims.money import Rates, Total
from lossanalytics.i18n import or_unknown, t, tn
from lossanalytics.normalise.countries import country_name


def amount(value: float, currency: str | None, lang: str) -> str:
    """'1,234 EUR' (whole units, as value at loss is shown); '12 (currency unknown)' without a currency."""
    if not currency:
        return t("home.amount.no_currency", lang, amount=f"{value:,.0f}")
    return t("home.amount", lang, currency=currency, amount=f"{value:,.0f}")


def rates_text(rates: Rates, lang: str) -> str:
    """'exchange rates of 2024-11-29 (source)', or words for a missing date or source."""
    return t("home.rates.of", lang, as_of=or_unknown(rates.as_of, "date", lang),
             source=rates.source or t("home.rates.no_source", lang))


def stale_text(rates: Rates, today: date, lang: str) -> str | None:
    """A warning when the rates are old (or undated) on `today`, else None."""
    if not rates.is_stale(today):
        return None
    age = rates.age_days(today)
    return t("home.rates.undated", lang) if age is None else t("home.rates.stale", lang, days=f"{age:,}")


def total_line(total: Total, label: str | None, lang: str) -> str:
    """'≈ 1,234 EUR in total' (after '<label>: ' when given), then what was left out of it
    for want of a rate or a currency, each amount in its own currency."""
    shown = amount(total.amount, total.currency, lang)
    line = t("home.total.labelled", lang, label=label, total=shown) if label else t("home.total", lang, total=shown)
    if not total.unconverted:
        return line
    items = t("home.list_separator", lang).join(amount(value, code, lang) for code, value in total.unconverted)
    return t("home.unconverted", lang, line=line, items=items)


def rates_caption(currency: str, rates: Rates, lang: str) -> str:
    """Which rates the totals were converted with, and into what."""
    return t("home.total.rates", lang, currency=currency, rates=rates_text(rates, lang))


def assumed_origin_text(country: str, parcels: int, lang: str) -> str:
    """The assumption behind routes: which country unknown origins are taken to be, for how many parcels."""
    return t("home.origin.assumed", lang, country=country_name(country, lang), count=f"{parcels:,}")


def suggested_origin_text(country: str, parcels: int, lang: str) -> str:
    """What the imports suggest when no home country is set and some parcels have no origin."""
    return tn("home.origin.suggested", lang, parcels, country=country_name(country, lang), count=f"{parcels:,}")
