"""How much a claim can recover, with the arithmetic spelled out in words.

The rule (DESIGN §8): the insured value if insured; otherwise the lower of the declared
value and the liability limit. Limits in SDR are converted to US dollars at the rates in
the settings. Amounts in different currencies are compared only through a stored rate,
and the basis says so; when no rate exists the amounts are not compared at all.

Works on many parcels at once: amounts are numpy arrays, and each basis is formatted
once per kind of case (currency, which amount binds, what is missing) with markers for
each parcel's own amounts (see :mod:`.texts`).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np
import pandas as pd

from lossanalytics.claims.facts import (
    ParcelFacts,
    carrier_label,
    fmt_number,
    fmt_numbers,
    mode_label,
    money_many,
    per_value,
)
from lossanalytics.claims.rule_types import SDR, Limit, Rule, Rules
from lossanalytics.claims.texts import fill, groups, slot
from lossanalytics.i18n import or_unknown, t


@dataclass(frozen=True)
class Compensations:
    """Per parcel: the estimate (NaN when nothing can be estimated), its currency (None) and its basis."""

    amount: np.ndarray
    currency: np.ndarray
    basis: np.ndarray


@dataclass(frozen=True)
class _Limit:
    """The limit of each parcel in its payable currency (NaN: it needs a weight the parcel lacks)."""

    amount: np.ndarray
    currency: str
    text: dict[bool, str]  # by whether the parcel has a weight


class _Estimate:
    """Collects the amounts and texts of one call, case by case."""

    def __init__(self, facts: ParcelFacts, lang: str, words: bool) -> None:
        self.facts, self.lang, self.words = facts, lang, words
        count = len(facts)
        self.amount = np.full(count, np.nan)
        self.currency = np.full(count, None, dtype=object)
        self.basis = np.empty(count, dtype=object)
        self.values: dict[str, np.ndarray] = {}

    def set(self, rows: np.ndarray, parts: list[str], amount: np.ndarray | float, currency: str | None,
            damage_note: bool = True, extra: dict[str, np.ndarray] | None = None) -> None:
        """Rows of one case: their estimate, its currency and the basis joined from `parts`
        (`extra`: more marker values, one per row in `rows`)."""
        self.amount[rows] = amount[rows] if isinstance(amount, np.ndarray) else amount
        self.currency[rows] = currency
        if not self.words:
            return
        if damage_note and self.facts.outcome[rows[0]] == "damaged":
            parts = [*parts, t("claims.basis.damage_note", self.lang)]
        template = t("claims.sep", self.lang).join(parts)
        values = {name: values[rows] for name, values in self.values.items()} | (extra or {})
        self.basis[rows] = fill(template, values, len(rows))


def compensations(facts: ParcelFacts, limit_rule: Rule | None, rules: Rules, lang: str, *,
                  words: bool = True, covered: bool = False) -> Compensations:
    """The estimate for each parcel, the limit taken from `limit_rule` (None: no limit on file);
    without `words` the basis is left None. With `covered` the parcels are uninsured and paid only
    what `limit_rule.cover` includes with their service (see `Rule.cover`)."""
    out = _Estimate(facts, lang, words)
    declared, out.values["declared"] = money_many(facts.declared_value)
    if covered:
        assert limit_rule is not None and limit_rule.cover is not None
        _covered(out, limit_rule, rules, declared)
        return Compensations(out.amount, out.currency, out.basis)
    insured, out.values["insured"] = money_many(facts.insured_value)
    limit = _limit_value(limit_rule, facts, rules, out, lang) if limit_rule and limit_rule.limit else None
    has_declared = ~np.isnan(declared)
    weighed = ~np.isnan(facts.weight_kg)
    for rows in groups(facts.insured, facts.outcome, facts.currency, has_declared, facts.carrier, facts.mode,
                       weighed):
        first = rows[0]
        is_insured, currency, known = facts.insured[first], facts.currency[first], has_declared[first]
        carrier, mode = facts.carrier[first], facts.mode[first]
        if is_insured:
            key = "claims.basis.insured" if currency else "claims.basis.insured_no_currency"
            out.set(rows, [t(key, lang, amount=slot("insured"), cur=currency or "")], insured, currency)
        elif limit is None:
            head = t("claims.basis.no_limit", lang, carrier=carrier_label(carrier, lang),
                     mode=mode_label(mode, lang))
            _declared_only(out, rows, head, "claims.basis.estimate", known, currency, declared)
        else:
            assert limit_rule is not None
            head = t("claims.basis.rule", lang, rule=limit_rule.name(lang), expr=limit.text[bool(weighed[first])])
            if np.isnan(limit.amount[rows[0]]):
                _declared_only(out, rows, head, "claims.basis.estimate_declared_upper", known, currency, declared,
                               needs_weight=True)
            else:
                _compare(out, rows, head, limit, known, currency, declared, rules)
    return Compensations(out.amount, out.currency, out.basis)


def _covered(out: _Estimate, rule: Rule, rules: Rules, declared: np.ndarray) -> None:
    """Uninsured parcels of a carrier that pays only for insured ones: up to the insurance their service
    includes, nothing where it includes none, and that insurance as an upper bound where the service
    is not known."""
    cover, facts, lang = rule.cover, out.facts, out.lang
    assert cover is not None
    limit = _limit_value(replace(rule, limit=Limit(cover.currency, per_package=cover.per_package)), facts, rules, out,
                         lang)
    # Few distinct services: each is judged once.
    included = per_value(pd.Series(facts.service, dtype=object), lambda service: cover.includes(service))
    has_declared = ~np.isnan(declared)
    expr = t("claims.basis.per_package", lang, amount=fmt_number(cover.per_package), cur=cover.currency)
    name = rule.name(lang)
    for rows in groups(included, facts.service, facts.outcome, facts.currency, has_declared):
        first = rows[0]
        state, service, currency, known = included[first], facts.service[first], facts.currency[first], \
            bool(has_declared[first])
        if state is False:
            text = t("claims.basis.cover_none", lang, rule=name, service=service, cur=cover.currency)
            out.set(rows, [text], cover.pays(service), cover.currency, damage_note=False)
        elif state:
            head = t("claims.basis.cover", lang, rule=name, service=service, expr=expr)
            _compare(out, rows, head, limit, known, currency, declared, rules)
        else:
            # A blank service, or a name the cover does not know (a marketplace's "Standard").
            key = "claims.basis.cover_unrecognised" if service else "claims.basis.cover_unknown"
            head = t(key, lang, rule=name, services=", ".join(cover.services), expr=expr, service=service or "")
            _compare(out, rows, head, limit, known, currency, declared, rules,
                     after=t("claims.basis.cover_upper", lang))


def _declared_only(out: _Estimate, rows: np.ndarray, head: str, estimate_key: str, known: bool,
                   currency: str | None, declared: np.ndarray, needs_weight: bool = False) -> None:
    """No usable limit: the declared value is the estimate (or nothing is)."""
    lang = out.lang
    if not known:
        what = "claims.missing.weight_and_value" if needs_weight else "claims.missing.value"
        parts = [head, t("claims.basis.no_declared", lang), t("claims.basis.nothing", lang, what=t(what, lang))]
        out.set(rows, parts, np.nan, None, damage_note=False)
        return
    shown = currency or t("claims.basis.currency_unknown", lang)
    parts = [head, t("claims.basis.declared", lang, amount=slot("declared"), cur=shown),
             t(estimate_key, lang, amount=slot("declared"), cur=shown)]
    out.set(rows, parts, declared, currency)


def _compare(out: _Estimate, rows: np.ndarray, head: str, limit: _Limit, known: bool, currency: str | None,
             declared: np.ndarray, rules: Rules, after: str | None = None) -> None:
    """The lower of the declared value and the limit (`after`: a last part of every basis)."""
    lang, target = out.lang, limit.currency
    tail = [after] if after else []
    if not known:
        parts = [head, t("claims.basis.no_declared", lang),
                 t("claims.basis.estimate_limit_only", lang, amount=slot("limit"), cur=target), *tail]
        out.set(rows, parts, limit.amount, target)
        return
    if currency is None:
        reason = t("claims.basis.no_currency", lang, amount=slot("declared"), target=target)
        out.set(rows, [*_capped(head, reason, target, lang), *tail], limit.amount, target)
        return
    rate = rules.convert(1.0, currency, target)
    if rate is None:
        reason = t("claims.basis.no_rate", lang, amount=slot("declared"), cur=currency, target=target)
        out.set(rows, [*_capped(head, reason, target, lang), *tail], limit.amount, target)
        return
    # Rules.convert's arithmetic works on the whole array at once.
    converted, converted_text = money_many(rules.convert(declared[rows], currency, target))
    if currency == target:
        declared_text = t("claims.basis.declared", lang, amount=slot("declared"), cur=currency)
    else:
        declared_text = t(
            "claims.basis.declared_converted", lang, amount=slot("declared"), cur=currency,
            converted=slot("converted"), target=target, rate=fmt_number(rate, 6),
            as_of=rules.fx_as_of.isoformat() if rules.fx_as_of else or_unknown(None, "date", lang),
        )
    # The estimate stays in the currency of whichever amount binds, so no amount is
    # restated in a currency it was not given in.
    binds = converted <= limit.amount[rows]
    for declared_binds, amount, estimate_currency, name in ((True, declared, currency, "declared"),
                                                            (False, limit.amount, target, "limit")):
        chosen = binds == declared_binds
        if chosen.any():
            estimate = t("claims.basis.estimate", lang, amount=slot(name), cur=estimate_currency)
            out.set(rows[chosen], [head, declared_text, estimate, *tail], amount, estimate_currency,
                    extra={"converted": converted_text[chosen]})


def _capped(head: str, reason: str, target: str, lang: str) -> list[str]:
    """The declared value cannot be compared: the limit is an upper bound."""
    return [head, reason, t("claims.basis.estimate_limit_upper", lang, amount=slot("limit"), cur=target)]


def _limit_value(rule: Rule, facts: ParcelFacts, rules: Rules, out: _Estimate, lang: str) -> _Limit:
    """The limit for each parcel in its payable currency (SDR becomes USD), and its texts."""
    limit = rule.limit
    assert limit is not None
    weight = facts.weight_kg
    by_weight = ~np.isnan(weight) & (limit.per_kg is not None)
    kg_amount = (limit.per_kg or 0.0) * weight
    if limit.per_package is None:
        raw = np.where(by_weight, kg_amount, np.nan)
    else:
        raw = np.where(by_weight, np.maximum(limit.per_package, kg_amount), limit.per_package)
    if limit.per_kg is not None and out.words:
        out.values["weight"], out.values["kg_amount"] = fmt_numbers(weight, 3), money_many(kg_amount)[1]
    amount, out.values["limit"] = money_many(raw * rules.sdr_usd if limit.currency == SDR else raw)
    return _Limit(amount, "USD" if limit.currency == SDR else limit.currency,
                  {weighed: _limit_text(rule, weighed, rules, lang) for weighed in (True, False)})


def _limit_text(rule: Rule, weighed: bool, rules: Rules, lang: str) -> str:
    """The limit of a parcel with (or without) a weight in words, its amounts as markers."""
    limit = rule.limit
    assert limit is not None
    cur = limit.currency
    package_text = (
        t("claims.basis.per_package", lang, amount=fmt_number(limit.per_package), cur=cur)
        if limit.per_package is not None else ""
    )
    if limit.per_kg is not None and weighed:
        kg_text = t("claims.basis.per_kg", lang, rate=fmt_number(limit.per_kg), cur=cur, weight=slot("weight"))
        expr = kg_text if limit.per_package is None else t(
            "claims.basis.higher_of", lang, package=package_text, per_kg=kg_text, kg_amount=slot("kg_amount"), cur=cur)
    elif limit.per_package is not None:
        expr = package_text
        if limit.per_kg is not None:
            expr = t("claims.basis.package_only_no_weight", lang, expr=expr)
    else:
        # Only a per-kilogram limit and no weight: the limit cannot be computed.
        return t("claims.basis.no_weight", lang, rate=fmt_number(limit.per_kg or 0.0), cur=cur)
    if cur == SDR:
        return t("claims.basis.sdr_to_usd", lang, expr=expr, rate=fmt_number(rules.sdr_usd), amount=slot("limit"))
    if limit.per_kg is not None and weighed:
        expr = t("claims.basis.equals", lang, expr=expr, amount=slot("limit"), cur=cur)
    return expr
