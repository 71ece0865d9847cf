"""For each lost, suspected-lost or damaged parcel: where to claim, by when, for how much.

Rules are chosen most-specific first: the carrier's own rule beats the transport
convention of the parcel's mode, for the deadline and for the limit separately (DHL
Express sets a 30-day window but leaves the limit to the Montreal Convention).

A seller with a million parcels has tens of thousands to claim, so the estimate works on
all of them at once: rules are chosen once per carrier, route and mode, and deadlines and
amounts are computed per rule with numpy (see :mod:`.deadlines`, :mod:`.compensation`).
"""

from __future__ import annotations

import sys
from datetime import date, datetime

import numpy as np
import pandas as pd

from lossanalytics.claims.compensation import compensations
from lossanalytics.claims.deadlines import NO_DATE, deadlines_for, latest_close
from lossanalytics.claims.documents import OUTCOMES, documents_for
from lossanalytics.claims.facts import ParcelFacts, carrier_label, day_objects, iso_days, mode_label, per_value
from lossanalytics.claims.rule_types import Rule, Rules, route_of, uninsured_terms
from lossanalytics.claims.texts import fill, groups, slot
from lossanalytics.i18n import t

#: Canonical parcel columns the estimate reads (DESIGN §3), plus the outcome.
INPUT_COLUMNS: tuple[str, ...] = (
    "tracking_number", "carrier", "service", "mode", "marketplace", "origin_country", "dest_country",
    "ship_date", "estimated_delivery_date", "delivered_date", "last_event_time",
    "declared_value", "currency", "weight_kg", "insured_value", "outcome",
)
#: Columns :func:`estimate_claims` appends, in this order.
OUTPUT_COLUMNS: tuple[str, ...] = (
    "claim_channel", "claim_where", "claim_basis_rule", "limit_rule", "claim_opens", "claim_deadline",
    "days_left", "deadline_basis", "estimated_compensation", "compensation_currency", "compensation_basis",
    "documents", "also_claim",
)
#: The columns of :data:`OUTPUT_COLUMNS` that explain a claim in words (left out with `words=False`).
WORD_COLUMNS: tuple[str, ...] = ("deadline_basis", "compensation_basis", "documents", "also_claim")


def estimate_claims(parcels: pd.DataFrame, today: date, rules: Rules, lang: str = "en", *,
                    words: bool = True) -> pd.DataFrame:
    """The parcels with the claim columns appended (see :data:`OUTPUT_COLUMNS`).

    - `claim_channel`: "insurer", "marketplace" or "carrier"; `claim_where` says it in `lang`.
    - `claim_basis_rule` / `limit_rule`: ids of the rules that set the deadline / the limit.
    - `claim_opens`, `claim_deadline`: dates of the binding window (None when unknown);
      `days_left` counts from `today`, negative once the deadline has passed. A claim window
      closes on a calendar day whatever the data's as-of date: with an export three weeks
      old, a deadline that passed last week has passed, so `today` is the real current day.
    - `estimated_compensation` (2 decimals, NaN when nothing can be estimated) in
      `compensation_currency`, with `compensation_basis` and `deadline_basis` in words.
    - `documents`: checklist keys (see :mod:`lossanalytics.claims.documents`).
    - `also_claim`: other paths open to the order (Amazon A-to-z), in words, or "".

    With `words=False` the columns that explain the claim (:data:`WORD_COLUMNS`) are left out, and
    not written: the others are the same (what the claim deadlines advice reads).

    Raises ValueError when a column is missing or an outcome is not claimable.
    """
    missing = [c for c in INPUT_COLUMNS if c not in parcels.columns]
    if missing:
        raise ValueError(f"estimate_claims needs the parcel columns {', '.join(missing)}")
    unclaimable = sorted({str(o) for o in parcels["outcome"].unique() if o not in OUTCOMES})
    if unclaimable:
        raise ValueError(f"only {', '.join(OUTCOMES)} parcels can be claimed; got {', '.join(unclaimable)}")
    # A pandas Timestamp is a datetime, and a datetime minus a date fails: keep the day.
    day = today.date() if isinstance(today, datetime) else today
    facts = ParcelFacts.from_frame(parcels)
    columns, closes = _claims(facts, rules, lang, words, day)
    dated = ~np.isnat(closes)
    days_left = np.where(dated, (closes - np.datetime64(day, "D")).astype(np.int64), 0)
    columns["days_left"] = pd.arrays.IntegerArray(days_left, ~dated)
    result = parcels.copy(deep=False)  # copy-on-write: the new columns do not reach `parcels`
    for column in OUTPUT_COLUMNS if words else (c for c in OUTPUT_COLUMNS if c not in WORD_COLUMNS):
        result[column] = pd.Series(columns[column], index=parcels.index,
                                   dtype=None if column == "days_left" else object)
    result["estimated_compensation"] = result["estimated_compensation"].astype(float)
    return result


def _claims(facts: ParcelFacts, rules: Rules, lang: str, words: bool,
            today: date) -> tuple[dict[str, np.ndarray], np.ndarray]:
    """The claim columns but `days_left` (the texts only with `words`), and the binding deadline of
    each parcel (datetime64[D]). A parcel without a claim window on file whose every window on file
    would have closed before `today` gets the latest of them as its deadline (see :func:`_out_of_time`)."""
    count = len(facts)
    out = {column: np.full(count, None, dtype=object) for column in OUTPUT_COLUMNS}
    out["deadline_basis"], out["also_claim"] = np.full(count, "", dtype=object), np.full(count, "", dtype=object)
    opens, closes = np.full(count, NO_DATE), np.full(count, NO_DATE)
    insured = facts.insured
    rule_of: dict[int, Rule | None] = {id(None): None}
    by_deadline: dict[tuple[int, str, str | None], list[np.ndarray]] = {}
    by_limit: dict[tuple[int, bool], list[np.ndarray]] = {}
    by_marketplace: dict[tuple[tuple[int, ...], str], list[np.ndarray]] = {}
    no_window: list[np.ndarray] = []
    checklist, checklists = np.zeros(count, dtype=np.int64), []
    # Rules are chosen once per carrier, route, mode, marketplace and kind of claim.
    for rows in groups(facts.carrier, facts.mode, facts.origin_country, facts.dest_country, facts.marketplace,
                       facts.outcome, insured):
        first = rows[0]
        carrier, mode, marketplace = facts.carrier[first], facts.mode[first], facts.marketplace[first]
        origin, dest, outcome, is_insured = facts.origin_country[first], facts.dest_country[first], \
            facts.outcome[first], insured[first]
        kind = "damaged" if outcome == "damaged" else "lost"
        carrier_rule = rules.carrier_rule(carrier)
        convention = rules.convention_rule(mode, origin, dest)
        route = route_of(origin, dest)
        deadline_rule = carrier_rule if carrier_rule is not None and \
            carrier_rule.windows_for(kind, carrier_rule.route(origin, dest)) else convention
        # The rule's own route: within a country whose domestic terms it does not hold, its general windows.
        rule_route = deadline_rule.route(origin, dest) if deadline_rule is not None else route
        # Only a rule whose window differs by route splits its parcels by route (and names it).
        split = rule_route if deadline_rule is not None and deadline_rule.splits_by_route(kind) else None
        # A carrier that pays only for insured parcels (USPS) pays an uninsured domestic one what its
        # service's included insurance covers, whatever the declared value: the terms the insurance
        # advice weighs too.
        limit_rule, by_cover = uninsured_terms(carrier_rule, convention, route)
        covered = by_cover and not is_insured
        primary = carrier_rule or convention
        channel = "insurer" if is_insured else (primary.channel if primary else "carrier")
        out["claim_channel"][rows] = channel
        out["claim_where"][rows] = where_label(channel, carrier, marketplace, lang)
        out["claim_basis_rule"][rows] = deadline_rule.id if deadline_rule else None
        priced = not is_insured and limit_rule is not None and (limit_rule.limit is not None or covered)
        out["limit_rule"][rows] = limit_rule.id if priced and limit_rule else None
        # One checklist per group, shared by its rows (read-only): a cached worklist of
        # thousands of parcels then stores and reloads a handful of lists.
        checklist[rows] = len(checklists)
        checklists.append(documents_for(outcome, bool(is_insured)))
        marketplace_rules = rules.marketplace_rules(marketplace)
        for rule in (deadline_rule, limit_rule, *marketplace_rules):
            rule_of[id(rule)] = rule
        by_deadline.setdefault((id(deadline_rule), kind, split), []).append(rows)
        if deadline_rule is None or not deadline_rule.windows_for(kind, rule_route):
            no_window.append(rows)
        by_limit.setdefault((id(limit_rule), covered), []).append(rows)
        market = tuple(id(rule) for rule in marketplace_rules)
        if market:
            by_marketplace.setdefault((market, kind), []).append(rows)
    shared = np.empty(len(checklists), dtype=object)
    for index, documents in enumerate(checklists):
        shared[index] = documents
    out["documents"] = shared[checklist]
    for (rule_id, kind, split), parts in by_deadline.items():
        rows = np.concatenate(parts)
        found = deadlines_for(rule_of[rule_id], kind, facts.take(rows), lang, words=words, route=split)
        opens[rows], closes[rows], out["deadline_basis"][rows] = found.opens, found.closes, found.text
    if no_window:
        _out_of_time(np.concatenate(no_window), facts, rules, lang, words, today, closes, out["deadline_basis"])
    for (rule_id, covered), parts in by_limit.items():
        rows = np.concatenate(parts)
        found = compensations(facts.take(rows), rule_of[rule_id], rules, lang, words=words, covered=covered)
        out["estimated_compensation"][rows] = found.amount
        out["compensation_currency"][rows], out["compensation_basis"][rows] = found.currency, found.basis
    # One object per distinct day, shared by its rows (texts are interned where made, see texts.fill).
    out["claim_opens"], out["claim_deadline"] = day_objects(opens), day_objects(closes)
    if not words:
        return out, closes
    note = t("claims.sep", lang) + t("claims.deadline.insurer_note", lang)
    out["deadline_basis"][insured] = per_value(pd.Series(out["deadline_basis"][insured], dtype=object),
                                               lambda text: sys.intern(text + note))
    for (market, kind), parts in by_marketplace.items():
        rows = np.concatenate(parts)
        taken = facts.take(rows)
        texts = [deadlines_for(rule_of[rule_id], kind, taken, lang).text for rule_id in market]
        out["also_claim"][rows] = texts[0] if len(texts) == 1 else _joined(texts, t("claims.sep", lang))
    return out, closes


def _out_of_time(rows: np.ndarray, facts: ParcelFacts, rules: Rules, lang: str, words: bool, today: date,
                 closes: np.ndarray, basis: np.ndarray) -> None:
    """Parcels at `rows` have no claim window on file: those whose every window on file would have
    closed before `today` (counted from their newest date) get that latest day as their deadline in
    `closes`, and in `basis` the words that say it has almost certainly passed."""
    taken = facts.take(rows)
    bound = latest_close(rules, taken)
    gone = np.flatnonzero(~np.isnat(bound.closes) & (bound.closes < np.datetime64(today, "D")))
    if not len(gone):
        return
    closes[rows[gone]] = bound.closes[gone]
    if not words:
        return
    values = {"newest": iso_days(bound.newest[gone]), "closes": iso_days(bound.closes[gone])}
    for group in groups(taken.carrier[gone], taken.mode[gone], bound.rule[gone]):
        first = gone[group[0]]
        template = t("claims.deadline.no_rule_passed", lang, carrier=carrier_label(taken.carrier[first], lang),
                     mode=mode_label(taken.mode[first], lang), rule=rules.rules[bound.rule[first]].name(lang),
                     closes=slot("closes"), newest=slot("newest"))
        basis[rows[gone[group]]] = fill(template, {name: value[group] for name, value in values.items()}, len(group))


def _joined(texts: list[np.ndarray], sep: str) -> np.ndarray:
    """Each row's `texts` joined by `sep`, written once per distinct combination (interned, as fill's)."""
    out = np.empty(len(texts[0]), dtype=object)
    for rows in groups(*texts):
        out[rows] = sys.intern(sep.join(text[rows[0]] for text in texts))
    return out


def where_label(channel: str, carrier: str | None, marketplace: str | None, lang: str) -> str:
    """Who to send the claim to, in words: "UPS (the carrier)", "Your insurer …", "Amazon.com …"."""
    carrier_text = carrier_label(carrier, lang)
    if channel == "insurer":
        return t("claims.where.insurer", lang, carrier=carrier_text)
    if channel == "marketplace":
        # The marketplace that runs the carrier (Amazon Logistics: Amazon's FBA reimbursement) pays the claim:
        # the order's marketplace is named only when it is that one (Amazon.de), never another (an eBay
        # order shipped by Amazon Logistics is claimed from Amazon, not eBay).
        return t("claims.where.marketplace", lang, name=marketplace if _same_company(marketplace, carrier)
                 else carrier_text)
    return t("claims.where.carrier", lang, carrier=carrier_text)


def _same_company(marketplace: str | None, carrier: str | None) -> bool:
    """Whether `marketplace` belongs to the company of `carrier`: it starts with the carrier's first word
    ("Amazon.de" and "Amazon Logistics")."""
    if not marketplace or not carrier or not carrier.split():
        return False
    return marketplace.casefold().startswith(carrier.split()[0].casefold())
