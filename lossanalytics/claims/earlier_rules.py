"""Earlier built-in versions of the claim rules, so that a saved table follows the defaults' corrections.

A seller's rules table is saved whole (the Settings page's tables or JSON, or Home & money when only a
rate changed), so each rule in it is either one the seller changed or a copy of the built-in rule of
the day. A copy of a built-in rule that has since been corrected follows the correction (FedEx's
60-day damage notice, first given for parcels within any country, is FedEx's US terms); a rule the
seller changed stays theirs, word for word, and the Settings page says the built-in one was corrected.
A rule is a copy when it equals, field for field, one of the earlier versions in earlier_rules.json
(as the tables of those days were saved).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, fields, replace
from datetime import date
from functools import lru_cache
from importlib import resources

from lossanalytics.claims.codec import rule_from_dict
from lossanalytics.claims.rule_types import Rule, Rules
from lossanalytics.i18n import t

# What a correction may leave as the seller wrote it: words and dates, not what a claim is judged by.
_WORDING = frozenset({"name_en", "name_zh", "source", "as_of"})


@dataclass(frozen=True)
class Correction:
    """A built-in rule corrected since an earlier version: when, why (a message key), and its earlier versions."""

    rule_id: str
    corrected_on: date
    note: str
    earlier: tuple[Rule, ...]


@dataclass(frozen=True)
class Followed:
    """A saved table with its unchanged copies of earlier built-in rules replaced by the current ones.

    `followed`: the current built-in rules that replaced such copies. `own`: the seller's changed rules
    that lack a correction of their built-in rule since (the current built-in rule, its correction)."""

    rules: Rules
    followed: tuple[Rule, ...] = ()
    own: tuple[tuple[Rule, Correction], ...] = ()


@lru_cache(maxsize=1)
def corrections() -> dict[str, Correction]:
    """The corrections of the built-in rules on file, by rule id."""
    document = json.loads(resources.files(__package__).joinpath("earlier_rules.json").read_text("utf-8"))
    return {rule_id: Correction(rule_id, date.fromisoformat(entry["corrected_on"]), entry["note"],
                                tuple(rule_from_dict(item) for item in entry["earlier"]))
            for rule_id, entry in document.items()}


def follow_defaults(saved: Rules, defaults: Rules) -> Followed:
    """`saved` with each unchanged copy of an earlier built-in rule replaced by its current version in
    `defaults`; every other rule, and the rates, as saved."""
    current = {rule.id: rule for rule in defaults.rules}
    rules: list[Rule] = []
    followed: list[Rule] = []
    own: list[tuple[Rule, Correction]] = []
    for rule in saved.rules:
        correction, built_in = corrections().get(rule.id), current.get(rule.id)
        if correction is None or built_in is None or rule == built_in:
            rules.append(rule)
        elif rule in correction.earlier:
            rules.append(built_in)
            followed.append(built_in)
        else:
            rules.append(rule)
            if _lacks(rule, built_in, correction):
                own.append((built_in, correction))
    return Followed(replace(saved, rules=tuple(rules)), tuple(followed), tuple(own))


def _lacks(rule: Rule, built_in: Rule, correction: Correction) -> bool:
    """Whether the seller's `rule` differs from `built_in` in what `correction` changed (not its words)."""
    changed = {spec.name for spec in fields(Rule) if spec.name not in _WORDING
               and any(getattr(earlier, spec.name) != getattr(built_in, spec.name) for earlier in correction.earlier)}
    return any(getattr(rule, name) != getattr(built_in, name) for name in changed)


def notes(followed: Followed, lang: str) -> list[str]:
    """In `lang`, each rule that now follows its corrected built-in version, then each rule the seller
    changed that lacks a correction of its built-in rule since (what the Settings page says)."""
    said = [t("ui.settings.rules.followed", lang, rule=rule.name(lang), note=t(corrections()[rule.id].note, lang))
            for rule in followed.followed]
    return said + [t("ui.settings.rules.own", lang, rule=rule.name(lang), date=correction.corrected_on.isoformat(),
                     note=t(correction.note, lang)) for rule, correction in followed.own]
