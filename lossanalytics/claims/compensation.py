"""How much a claim can recover, with the arithmetic spelled out in words.

The rule (DESIGN §8): the insured value if insured; otherwise the lower of the declared
value and the liability limit. Limits in SDR are converted to US dollars at the rates in
the settings. Amounts in different currencies are compared only through a stored rate,
and the basis says so; when no rate exists the amounts are not compared at all.
"""

from __future__ import annotations

from dataclasses import dataclass

from lossanalytics.claims.facts import ParcelFacts, fmt_money, fmt_number, mode_label, round_money
from lossanalytics.claims.model import SDR, Rule, Rules
from lossanalytics.i18n import t


@dataclass(frozen=True)
class Compensation:
    """An estimate (None when nothing can be estimated), its currency and its basis in words."""

    amount: float | None
    currency: str | None
    basis: str


@dataclass(frozen=True)
class _Limit:
    amount: float | None  # None: the limit needs a weight we do not have
    currency: str
    text: str


def estimate_compensation(facts: ParcelFacts, limit_rule: Rule | None, rules: Rules, lang: str) -> Compensation:
    """The estimate for one parcel, the limit taken from `limit_rule` (None: no limit on file)."""
    if facts.insured_value is not None:
        return _insured(facts, lang)
    if limit_rule is None or limit_rule.limit is None:
        carrier = facts.carrier or t("claims.unknown_carrier", lang)
        mode = mode_label(facts.mode, lang)
        head = t("claims.basis.no_limit", lang, carrier=carrier, mode=mode)
        return _declared_only(facts, head, "claims.basis.estimate", lang)
    limit = _limit_value(limit_rule, facts.weight_kg, rules, lang)
    head = t("claims.basis.rule", lang, rule=limit_rule.name(lang), expr=limit.text)
    if limit.amount is None:
        return _declared_only(facts, head, "claims.basis.estimate_declared_upper", lang, needs_weight=True)
    return _compare(facts, head, limit, rules, lang)


def _insured(facts: ParcelFacts, lang: str) -> Compensation:
    amount = round_money(facts.insured_value or 0.0)
    key = "claims.basis.insured" if facts.currency else "claims.basis.insured_no_currency"
    basis = t(key, lang, amount=fmt_money(amount), cur=facts.currency or "")
    return Compensation(amount, facts.currency, _with_damage_note(basis, facts, lang))


def _declared_only(
    facts: ParcelFacts, head: str, estimate_key: str, lang: str, needs_weight: bool = False
) -> Compensation:
    """No usable limit: the declared value is the estimate (or nothing is)."""
    if facts.declared_value is None:
        return _nothing(head, needs_weight, lang)
    amount = round_money(facts.declared_value)
    currency = facts.currency
    parts = [
        head,
        _declared_text(facts, lang),
        t(estimate_key, lang, amount=fmt_money(amount), cur=currency or t("claims.basis.currency_unknown", lang)),
    ]
    return Compensation(amount, currency, _with_damage_note(_join(parts, lang), facts, lang))


def _nothing(head: str, needs_weight: bool, lang: str) -> Compensation:
    what = "claims.missing.weight_and_value" if needs_weight else "claims.missing.value"
    parts = [head, t("claims.basis.no_declared", lang), t("claims.basis.nothing", lang, what=t(what, lang))]
    return Compensation(None, None, _join(parts, lang))


def _compare(facts: ParcelFacts, head: str, limit: _Limit, rules: Rules, lang: str) -> Compensation:
    assert limit.amount is not None  # _compare is only reached with a computed limit
    cap = fmt_money(limit.amount)
    if facts.declared_value is None:
        parts = [head, t("claims.basis.no_declared", lang),
                 t("claims.basis.estimate_limit_only", lang, amount=cap, cur=limit.currency)]
        return Compensation(limit.amount, limit.currency, _with_damage_note(_join(parts, lang), facts, lang))
    declared = round_money(facts.declared_value)
    if facts.currency is None:
        reason = t("claims.basis.no_currency", lang, amount=fmt_money(declared), target=limit.currency)
        return _capped(facts, head, reason, limit, lang)
    converted = rules.convert(declared, facts.currency, limit.currency)
    if converted is None:
        reason = t("claims.basis.no_rate", lang, amount=fmt_money(declared), cur=facts.currency, target=limit.currency)
        return _capped(facts, head, reason, limit, lang)
    converted = round_money(converted)
    if facts.currency == limit.currency:
        declared_text = _declared_text(facts, lang)
    else:
        declared_text = t(
            "claims.basis.declared_converted", lang,
            amount=fmt_money(declared), cur=facts.currency, converted=fmt_money(converted), target=limit.currency,
            rate=fmt_number(rules.convert(1.0, facts.currency, limit.currency) or 0.0, 6),
            as_of=rules.fx_as_of.isoformat() if rules.fx_as_of else "?",
        )
    # The estimate stays in the currency of whichever amount binds, so no amount is
    # restated in a currency it was not given in.
    amount, currency = (declared, facts.currency) if converted <= limit.amount else (limit.amount, limit.currency)
    parts = [head, declared_text, t("claims.basis.estimate", lang, amount=fmt_money(amount), cur=currency)]
    return Compensation(amount, currency, _with_damage_note(_join(parts, lang), facts, lang))


def _capped(facts: ParcelFacts, head: str, reason: str, limit: _Limit, lang: str) -> Compensation:
    """The declared value cannot be compared: the limit is an upper bound."""
    assert limit.amount is not None
    estimate = t("claims.basis.estimate_limit_upper", lang, amount=fmt_money(limit.amount), cur=limit.currency)
    basis = _with_damage_note(_join([head, reason, estimate], lang), facts, lang)
    return Compensation(limit.amount, limit.currency, basis)


def _limit_value(rule: Rule, weight: float | None, rules: Rules, lang: str) -> _Limit:
    """The limit for this parcel in its payable currency (SDR becomes USD)."""
    limit = rule.limit
    assert limit is not None
    cur = limit.currency
    package_text = (
        t("claims.basis.per_package", lang, amount=fmt_number(limit.per_package), cur=cur)
        if limit.per_package is not None else None
    )
    if limit.per_kg is not None and weight is not None:
        kg_text = t("claims.basis.per_kg", lang, rate=fmt_number(limit.per_kg), cur=cur, weight=fmt_number(weight, 3))
        kg_amount = limit.per_kg * weight
        if limit.per_package is None:
            amount, expr = kg_amount, kg_text
        else:
            amount = max(limit.per_package, kg_amount)
            expr = t("claims.basis.higher_of", lang, package=package_text, per_kg=kg_text,
                     kg_amount=fmt_money(kg_amount), cur=cur)
    elif limit.per_package is not None:
        amount, expr = limit.per_package, package_text or ""
        if limit.per_kg is not None:
            expr = t("claims.basis.package_only_no_weight", lang, expr=expr)
    else:
        # Only a per-kilogram limit and no weight: the limit cannot be computed.
        text = t("claims.basis.no_weight", lang, rate=fmt_number(limit.per_kg or 0.0), cur=cur)
        return _Limit(None, cur, text)
    if cur == SDR:
        usd = round_money(amount * rules.sdr_usd)
        text = t("claims.basis.sdr_to_usd", lang, expr=expr, rate=fmt_number(rules.sdr_usd), amount=fmt_money(usd))
        return _Limit(usd, "USD", text)
    payable = round_money(amount)
    if limit.per_kg is not None and weight is not None:
        expr = t("claims.basis.equals", lang, expr=expr, amount=fmt_money(payable), cur=cur)
    return _Limit(payable, cur, expr)


def _declared_text(facts: ParcelFacts, lang: str) -> str:
    if facts.declared_value is None:
        return t("claims.basis.no_declared", lang)
    cur = facts.currency or t("claims.basis.currency_unknown", lang)
    return t("claims.basis.declared", lang, amount=fmt_money(facts.declared_value), cur=cur)


def _with_damage_note(basis: str, facts: ParcelFacts, lang: str) -> str:
    return _join([basis, t("claims.basis.damage_note", lang)], lang) if facts.outcome == "damaged" else basis


def _join(parts: list[str], lang: str) -> str:
    return t("claims.sep", lang).join(parts)
