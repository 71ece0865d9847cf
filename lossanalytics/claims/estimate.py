"""For each lost, suspected-lost or damaged parcel: where to claim, by when, for how much.

Rules are chosen most-specific first: the carrier's own rule beats the transport
convention of the parcel's mode, for the deadline and for the limit separately (DHL
Express sets a 30-day window but leaves the limit to the Montreal Convention).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import pandas as pd

from lossanalytics.claims.compensation import estimate_compensation
from lossanalytics.claims.deadlines import deadline_for
from lossanalytics.claims.documents import OUTCOMES, documents_for
from lossanalytics.claims.facts import ParcelFacts
from lossanalytics.claims.model import Rules
from lossanalytics.i18n import t

#: Canonical parcel columns the estimate reads (DESIGN §3), plus the outcome.
INPUT_COLUMNS: tuple[str, ...] = (
    "tracking_number", "carrier", "mode", "marketplace", "origin_country", "dest_country",
    "ship_date", "estimated_delivery_date", "delivered_date", "last_event_time",
    "declared_value", "currency", "weight_kg", "insured_value", "outcome",
)
#: Columns :func:`estimate_claims` appends, in this order.
OUTPUT_COLUMNS: tuple[str, ...] = (
    "claim_channel", "claim_where", "claim_basis_rule", "limit_rule", "claim_opens", "claim_deadline",
    "days_left", "deadline_basis", "estimated_compensation", "compensation_currency", "compensation_basis",
    "documents", "also_claim",
)


def estimate_claims(parcels: pd.DataFrame, as_of: date, rules: Rules, lang: str = "en") -> pd.DataFrame:
    """The parcels with the claim columns appended (see :data:`OUTPUT_COLUMNS`).

    - `claim_channel`: "insurer", "marketplace" or "carrier"; `claim_where` says it in `lang`.
    - `claim_basis_rule` / `limit_rule`: ids of the rules that set the deadline / the limit.
    - `claim_opens`, `claim_deadline`: dates of the binding window (None when unknown);
      `days_left` counts from `as_of`, negative once the deadline has passed.
    - `estimated_compensation` (2 decimals, NaN when nothing can be estimated) in
      `compensation_currency`, with `compensation_basis` and `deadline_basis` in words.
    - `documents`: checklist keys (see :mod:`lossanalytics.claims.documents`).
    - `also_claim`: other paths open to the order (Amazon A-to-z), in words, or "".

    Raises ValueError when a column is missing or an outcome is not claimable.
    """
    missing = [c for c in INPUT_COLUMNS if c not in parcels.columns]
    if missing:
        raise ValueError(f"estimate_claims needs the parcel columns {', '.join(missing)}")
    unclaimable = sorted({str(o) for o in parcels["outcome"] if o not in OUTCOMES})
    if unclaimable:
        raise ValueError(f"only {', '.join(OUTCOMES)} parcels can be claimed; got {', '.join(unclaimable)}")
    # A pandas Timestamp is a datetime, and a datetime minus a date fails: keep the day.
    day = as_of.date() if isinstance(as_of, datetime) else as_of
    rows = [_claim(ParcelFacts.from_row(row), day, rules, lang) for row in parcels.to_dict("records")]
    result = parcels.copy()
    for column in OUTPUT_COLUMNS:
        result[column] = pd.Series([row[column] for row in rows], index=parcels.index, dtype=object)
    result["days_left"] = result["days_left"].astype("Int64")
    result["estimated_compensation"] = result["estimated_compensation"].astype(float)
    return result


def _claim(facts: ParcelFacts, as_of: date, rules: Rules, lang: str) -> dict[str, Any]:
    kind = "damaged" if facts.outcome == "damaged" else "lost"
    carrier_rule = rules.carrier_rule(facts.carrier)
    convention = rules.convention_rule(facts.mode, facts.origin_country, facts.dest_country)
    deadline_rule = carrier_rule if carrier_rule is not None and carrier_rule.windows.get(kind) else convention
    limit_rule = carrier_rule if carrier_rule is not None and carrier_rule.limit is not None else convention
    primary = carrier_rule or convention
    channel = "insurer" if facts.insured else (primary.channel if primary else "carrier")
    deadline = deadline_for(deadline_rule, kind, facts, lang)
    deadline_text = deadline.text
    if facts.insured:
        deadline_text = t("claims.sep", lang).join([deadline_text, t("claims.deadline.insurer_note", lang)])
    compensation = estimate_compensation(facts, limit_rule, rules, lang)
    also = [deadline_for(rule, kind, facts, lang).text for rule in rules.marketplace_rules(facts.marketplace)]
    return {
        "claim_channel": channel,
        "claim_where": where_label(channel, facts.carrier, facts.marketplace, lang),
        "claim_basis_rule": deadline_rule.id if deadline_rule else None,
        "limit_rule": None if facts.insured or limit_rule is None or limit_rule.limit is None else limit_rule.id,
        "claim_opens": deadline.opens,
        "claim_deadline": deadline.closes,
        "days_left": (deadline.closes - as_of).days if deadline.closes else None,
        "deadline_basis": deadline_text,
        "estimated_compensation": compensation.amount,
        "compensation_currency": compensation.currency,
        "compensation_basis": compensation.basis,
        "documents": documents_for(facts.outcome, facts.insured),
        "also_claim": t("claims.sep", lang).join(also),
    }


def where_label(channel: str, carrier: str | None, marketplace: str | None, lang: str) -> str:
    """Who to send the claim to, in words: "UPS (the carrier)", "Your insurer …", "Amazon.com …"."""
    carrier_text = carrier or t("claims.unknown_carrier", lang)
    if channel == "insurer":
        return t("claims.where.insurer", lang, carrier=carrier_text)
    if channel == "marketplace":
        return t("claims.where.marketplace", lang, name=marketplace or carrier_text)
    return t("claims.where.carrier", lang, carrier=carrier_text)
