"""Money in the seller's home currency: one total from amounts in many currencies.

The exchange rates are those of the claim rules (US dollars per unit, with the date and
source they were taken from; Settings). An amount whose currency has no rate, or whose
currency is unknown, is never dropped or guessed: it is kept aside, per currency, for the
page to list beside the total.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

import pandas as pd

from lossanalytics.claims.codec import RulesError, rules_from_json, rules_to_json
from lossanalytics.claims.facts import is_missing
from lossanalytics.claims.rule_types import Rules

# Rates older than this are called old (a quarter: currencies of the seller's trade move
# a few per cent in that time, about the size of a carrier's loss rate).
STALE_AFTER_DAYS = 90
# How rates.sql and the imports write a currency nobody gave.
_UNKNOWN_CURRENCIES = frozenset({"", "?"})


@dataclass(frozen=True)
class Rates:
    """Exchange rates as US dollars per unit of each ISO code, when and where they were taken."""

    usd_per_unit: Mapping[str, float]
    as_of: date | None
    source: str | None

    def usd_per(self, currency: str) -> float | None:
        """US dollars per unit of `currency` (any case); None when there is no rate."""
        code = currency.strip().upper()
        return 1.0 if code == "USD" else self.usd_per_unit.get(code)

    def convert(self, amount: float, from_currency: str, to_currency: str) -> float | None:
        """`amount` in `to_currency`; None when either rate is missing."""
        if from_currency.strip().upper() == to_currency.strip().upper():
            return amount
        source, target = self.usd_per(from_currency), self.usd_per(to_currency)
        if source is None or target is None:
            return None
        return amount * source / target

    def age_days(self, today: date) -> int | None:
        """Days from the rates' date to `today`; None when the rates carry no date."""
        return None if self.as_of is None else (today - self.as_of).days

    def is_stale(self, today: date, limit_days: int = STALE_AFTER_DAYS) -> bool:
        """Whether the rates are older than `limit_days` on `today` (undated rates count as old)."""
        age = self.age_days(today)
        return age is None or age > limit_days


def rates_of(rules: Rules) -> Rates:
    """The claim rules' exchange rates with their date and source (SDR is left to the claims)."""
    return Rates(dict(rules.usd_per_unit), rules.fx_as_of, rules.fx_source)


def with_rates(rules: Rules, usd_per_unit: Mapping[str, float | None], as_of: date | None,
               source: str | None) -> Rules:
    """`rules` with new exchange rates, checked as the claim rules are (a positive rate per
    code); the date and the source are required. RulesError names what is wrong."""
    document = json.loads(rules_to_json(rules))
    document["usd_per_unit"] = dict(usd_per_unit)
    document["fx_as_of"] = as_of.isoformat() if as_of else None
    document["fx_source"] = (source or "").strip() or None
    checked = rules_from_json(json.dumps(document, ensure_ascii=False))
    if checked.fx_as_of is None:
        raise RulesError("fx_as_of must be a date like 2024-11-29")
    if not checked.fx_source:
        raise RulesError("fx_source must say where the rates come from")
    return checked


@dataclass(frozen=True)
class Total:
    """Amounts added up in `currency`.

    `amount` is the sum of every amount that could be converted (`converted` of them, in
    `currencies` distinct currencies); `unconverted` lists, largest first, what could not
    be: (currency code, or None when unknown; amount in it).
    """

    currency: str
    amount: float
    converted: int
    currencies: int
    unconverted: tuple[tuple[str | None, float], ...]


def _code(currency: object) -> str | None:
    if currency is None or (isinstance(currency, float) and math.isnan(currency)):
        return None
    code = str(currency).strip().upper()
    return None if code in _UNKNOWN_CURRENCIES else code


def total_in(amounts: Iterable[tuple[object, Any]], currency: str, rates: Rates) -> Total:
    """The (currency, amount) pairs added up in `currency`; missing amounts are skipped,
    amounts without a usable rate kept aside per currency."""
    target = currency.strip().upper()
    total, converted, seen = 0.0, 0, set()
    aside: dict[str | None, float] = {}
    for raw_currency, raw_amount in amounts:
        if raw_amount is None or (isinstance(raw_amount, float) and math.isnan(raw_amount)):
            continue
        amount, code = float(raw_amount), _code(raw_currency)
        value = None if code is None else rates.convert(amount, code, target)
        if value is None:
            aside[code] = aside.get(code, 0.0) + amount
            continue
        total += value
        converted += 1
        seen.add(code)
    unconverted = tuple(sorted(aside.items(), key=lambda item: (-item[1], item[0] or "")))
    return Total(target, total, converted, len(seen), unconverted)


def currency_sums(currencies: pd.Series, amounts: pd.Series) -> list[tuple[object, float]]:
    """(currency, amount) pairs added up per currency as written, for :func:`total_in`: the same
    total from a few pairs as from one per row. A currency whose amounts are all missing gives
    a missing sum (which `total_in` skips, as it skips the rows' missing amounts)."""
    frame = pd.DataFrame({"currency": currencies.to_numpy(dtype=object), "amount": amounts.astype(float).to_numpy()})
    sums = frame.groupby("currency", dropna=False, sort=True)["amount"].sum(min_count=1)
    return [(None if is_missing(code) else code, float(total)) for code, total in sums.items()]


def value_pairs(values: Iterable[Iterable[Mapping[str, object]] | None]) -> list[tuple[object, object]]:
    """(currency, amount) pairs from lists of {'currency', 'amount'} records (value at loss per group)."""
    return [(v["currency"], v["amount"]) for group in values if group is not None for v in group]
