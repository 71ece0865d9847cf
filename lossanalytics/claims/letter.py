"""A pre-filled claim letter in English or Chinese.

Everything the database knows is filled in; everything it cannot know (the seller's
name and address, a missing order number) is left as a bracketed placeholder such as
"[Your name]" or "[Order ID]", so the seller sees at a glance what to complete.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from lossanalytics.claims.estimate import where_label
from lossanalytics.claims.facts import (
    fmt_money,
    fmt_number,
    is_missing,
    positive_or_none,
    text_or_none,
    to_date,
)
from lossanalytics.i18n import carrier_name, t, with_currency
from lossanalytics.normalise.countries import country_name


def claim_letter(row: Mapping[str, Any], lang: str, today: date) -> str:
    """The letter for one estimated parcel (a row of :func:`estimate_claims`'s output)."""

    def value(column: str) -> str:
        text = text_or_none(row.get(column))
        return text if text else placeholder(column, lang)

    def country(column: str) -> str:
        code = text_or_none(row.get(column))
        return country_name(code, lang) if code else placeholder(column, lang)

    def day(column: str) -> str:
        found = to_date(row.get(column))
        return found.isoformat() if found else placeholder(column, lang)

    outcome = str(row.get("outcome"))
    situation = t(
        f"claims.letter.situation.{outcome}", lang,
        edd=day("estimated_delivery_date"),
        last_event_time=day("last_event_time"),
        last_event_text=value("last_event_text"),
        delivered_date=day("delivered_date"),
    )
    return t(
        "claims.letter.body", lang,
        sender=t("claims.letter.sender", lang),
        today=today.isoformat(),
        recipient=where_label(
            str(row.get("claim_channel") or "carrier"),
            text_or_none(row.get("carrier")),
            text_or_none(row.get("marketplace")),
            lang,
        ),
        outcome=t(f"claims.letter.outcome.{outcome}", lang),
        tracking_number=value("tracking_number"),
        order_id=value("order_id"),
        carrier=carrier_name(carrier, lang) if (carrier := text_or_none(row.get("carrier"))) else value("carrier"),
        service=value("service"),
        ship_date=day("ship_date"),
        origin=country("origin_country"),
        destination=country("dest_country"),
        situation=situation,
        value=_money(row.get("declared_value"), row.get("currency"), "declared_value", lang),
        weight=_weight(row.get("weight_kg"), lang),
        amount_sentence=_amount_sentence(row, lang),
        documents="\n".join(f"- {t(f'claims.doc.{key}', lang)}" for key in row.get("documents") or ()),
    )


def placeholder(column: str, lang: str) -> str:
    """"[Order ID]" for a fact the database lacks, named as the facts sheet names it."""
    return f"[{t(f'claims.fact.{column}', lang)}]"


def _money(amount: Any, currency: Any, column: str, lang: str) -> str:
    number = positive_or_none(amount)
    if number is None:
        return placeholder(column, lang)
    code = text_or_none(currency)
    return with_currency(fmt_money(number), code or f"[{t('claims.fact.currency', lang)}]")


def _weight(weight: Any, lang: str) -> str:
    number = positive_or_none(weight)
    return t("claims.letter.kg", lang, weight=fmt_number(number, 3)) if number else placeholder("weight_kg", lang)


def _amount_sentence(row: Mapping[str, Any], lang: str) -> str:
    amount = row.get("estimated_compensation")
    if is_missing(amount):
        return t("claims.letter.amount_unknown", lang)
    return t(
        "claims.letter.amount", lang,
        amount=_money(amount, row.get("compensation_currency"), "estimated_compensation", lang),
    )
