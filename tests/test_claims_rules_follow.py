"""A saved claim rules table follows the built-in table's corrections where the seller did not change
a rule, and keeps every rule they changed (lossanalytics.claims.earlier_rules).

The fixture is the table as the product saved it on 7 December 2026, before FedEx's 60-day damage
notice was limited to parcels within the United States (and before USPS's included insurance):
what a seller who pressed Save then, or changed only an exchange rate, still has."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from lossanalytics.claims import default_rules, load_rules, save_rules
from lossanalytics.claims.codec import rules_from_json, rules_to_json
from lossanalytics.claims.earlier_rules import notes
from lossanalytics.claims.rules import SETTINGS_KEY, load_followed
from lossanalytics.storage.db import Database
from lossanalytics.storage.settings_store import write_setting
from lossanalytics.ui.claims_data import seller_rules

SAVED = Path(__file__).parent / "fixtures" / "claim_rules_saved_2026-12-07.json"


def _saved(change: dict[str, Any] | None = None) -> str:
    """The table saved on 7 December 2026, with `change` (rule id → edit of its JSON) applied."""
    document = json.loads(SAVED.read_text("utf-8"))
    for rule in document["rules"]:
        if change and rule["id"] in change:
            change[rule["id"]](rule)
    return json.dumps(document)


def saved_rules_notes(db: Database, lang: str) -> list[str]:
    """What the Settings page says about the saved table, in `lang`."""
    return notes(load_followed(db), lang)


def _damage_days(db: Database, origin: str, dest: str) -> list[int]:
    fedex = load_rules(db).by_id("fedex")
    return [w.closes for w in fedex.windows_for("damaged", fedex.route(origin, dest))]


def test_an_unchanged_copy_of_the_earlier_defaults_follows_the_corrected_ones(db: Database) -> None:
    write_setting(db, SETTINGS_KEY, _saved())
    rules = load_rules(db)
    assert rules.by_id("fedex") == default_rules().by_id("fedex")
    assert rules.by_id("usps") == default_rules().by_id("usps")
    # A parcel within Canada gets FedEx's 21 days, within the United States its 60.
    assert (_damage_days(db, "CA", "CA"), _damage_days(db, "US", "US"), _damage_days(db, "CN", "US")) == (
        [21], [60], [21])
    assert saved_rules_notes(db, "en") == [
        "FedEx: your saved table held an earlier built-in version of this rule, unchanged, so the corrected built-in "
        "rule is used: FedEx's 60-day notice of damage is its US terms: it applies to parcels within the United "
        "States, and a parcel within another country gets the 21 days.",
        "USPS: your saved table held an earlier built-in version of this rule, unchanged, so the corrected built-in "
        "rule is used: USPS pays an uninsured parcel only the insurance its service includes (up to 100 USD with "
        "Priority Mail Express, Priority Mail and Ground Advantage), else nothing.",
    ]
    assert saved_rules_notes(db, "zh")[0].startswith(
        "FedEx：您保存的规则表中是此规则未经修改的旧版内置规则，因此现按更正后的内置规则计算：FedEx 的 60 天损坏通知期限是其美国条款")


def test_the_sellers_own_change_to_a_rule_is_kept_and_said(db: Database) -> None:
    def six_months(rule: dict[str, Any]) -> None:
        rule["windows"]["lost"][0]["closes"] = 6

    write_setting(db, SETTINGS_KEY, _saved({"fedex": six_months}))
    rules = load_rules(db)
    fedex = rules.by_id("fedex")
    assert (fedex.windows["lost"][0].closes, fedex.domestic_countries) == (6, ())
    # Their table, as they saved it: the 60 days in every country.
    assert _damage_days(db, "CA", "CA") == [60]
    # The rules they did not change still follow.
    assert rules.by_id("usps") == default_rules().by_id("usps")
    assert saved_rules_notes(db, "en")[-1] == (
        "FedEx: you changed this rule, so it stays as you saved it. Its built-in rule was corrected on 2026-12-07: "
        "FedEx's 60-day notice of damage is its US terms: it applies to parcels within the United States, and a "
        "parcel within another country gets the 21 days. To take the correction, edit the rule in the JSON below or "
        "reset the table.")
    assert saved_rules_notes(db, "zh")[-1].startswith("FedEx：您修改过此规则，因此按您保存的内容保留。其内置规则已于 2026-12-07 更正")


def test_a_changed_rule_that_already_has_the_correction_is_not_named(db: Database) -> None:
    document = json.loads(rules_to_json(default_rules()))
    for rule in document["rules"]:
        if rule["id"] == "fedex":
            rule["windows"]["lost"][0]["closes"] = 6
    write_setting(db, SETTINGS_KEY, json.dumps(document))
    assert load_rules(db).by_id("fedex").domestic_countries == ("US",)
    assert saved_rules_notes(db, "en") == []


@pytest.mark.parametrize("words", ["source", "as_of"])
def test_a_copy_whose_words_the_seller_changed_is_theirs(db: Database, words: str) -> None:
    def edited(rule: dict[str, Any]) -> None:
        rule[words] = "2025-01-15" if words == "as_of" else rule[words] + " (checked with our FedEx rep)"

    write_setting(db, SETTINGS_KEY, _saved({"fedex": edited}))
    assert load_rules(db).by_id("fedex").domestic_countries == ()


def test_the_rates_saved_stay_and_a_save_keeps_the_followed_rules(db: Database) -> None:
    document = json.loads(_saved())
    document["usd_per_unit"]["EUR"] = 1.10
    write_setting(db, SETTINGS_KEY, json.dumps(document))
    rules = load_rules(db)
    assert rules.usd_per_unit["EUR"] == 1.10
    save_rules(db, rules)
    assert rules_from_json(rules_to_json(rules)).by_id("fedex").domestic_countries == ("US",)
    assert saved_rules_notes(db, "en") == []


def test_no_saved_table_no_notes(db: Database) -> None:
    assert load_rules(db) == default_rules() and saved_rules_notes(db, "zh") == []


def test_a_broken_table_has_no_notes_and_its_problem_is_said(db: Database) -> None:
    write_setting(db, SETTINGS_KEY, '{"version": 1, "rules": "oops"}')
    found = seller_rules(db)
    assert (found.rules, found.notes("en")) == (default_rules(), [])
    assert found.problem is not None and "rules" in found.problem
