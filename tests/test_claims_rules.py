"""The rules table: defaults with sources, lookups, rates, JSON and the settings round trip."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import Any

import pytest

from lossanalytics.claims.codec import RulesError, rules_from_json, rules_to_json
from lossanalytics.claims.rule_types import Limit
from lossanalytics.claims.rules import SETTINGS_KEY, default_rules, load_rules, save_rules
from lossanalytics.storage.db import Database
from lossanalytics.storage.settings_store import write_setting


def test_defaults_carry_a_source_and_date_for_every_rule() -> None:
    rules = default_rules()
    ids = [r.id for r in rules.rules]
    assert len(ids) == len(set(ids))
    assert set(ids) == {
        "ups", "fedex", "dhl_express", "usps", "amazon_fba", "amazon_atoz",
        "montreal", "cogsa", "hague_visby", "cmr", "cotif_cim", "upu",
    }
    for rule in rules.rules:
        assert rule.source.strip() and "http" not in rule.source
        assert isinstance(rule.as_of, date)
        assert rule.name_en and rule.name_zh
    assert (rules.sdr_usd, rules.sdr_usd_as_of) == (1.31, date(2024, 11, 29))
    assert rules.by_id("montreal").as_of == date(2024, 12, 28)
    assert "28 Dec 2024" in rules.by_id("montreal").source


def test_default_limits() -> None:
    rules = default_rules()
    assert rules.by_id("montreal").limit == Limit("SDR", per_kg=26.0)
    assert rules.by_id("hague_visby").limit == Limit("SDR", per_kg=2.0, per_package=666.67)
    assert rules.by_id("cogsa").limit == Limit("USD", per_package=500.0)
    assert rules.by_id("cmr").limit == Limit("SDR", per_kg=8.33)
    assert rules.by_id("cotif_cim").limit == Limit("SDR", per_kg=17.0)
    assert rules.by_id("upu").limit == Limit("SDR", per_package=30.0)
    assert rules.by_id("ups").limit == Limit("USD", per_package=100.0)
    assert rules.by_id("fedex").limit == Limit("USD", per_package=100.0)
    montreal = rules.by_id("montreal").windows
    assert [w.closes for k in ("damaged", "delayed", "lost") for w in montreal[k]] == [14, 21, 120]


def test_lookups() -> None:
    rules = default_rules()
    assert rules.carrier_rule("ups").id == "ups"
    assert rules.carrier_rule("YunExpress") is None and rules.carrier_rule(None) is None
    assert [r.id for r in rules.marketplace_rules("amazon.co.uk")] == ["amazon_atoz"]
    assert rules.marketplace_rules("eBay") == [] and rules.marketplace_rules(None) == []
    assert rules.convention_rule("sea", "CN", "US").id == "cogsa"
    assert rules.convention_rule("sea", "CN", "DE").id == "hague_visby"
    assert rules.convention_rule("express", None, None).id == "montreal"
    assert rules.convention_rule("road", "US", "US") is None  # conventions govern international carriage
    assert rules.convention_rule("unknown", "CN", "US") is None


def test_currency_conversion_uses_only_stored_rates() -> None:
    rules = default_rules()
    assert rules.convert(100.0, "USD", "usd") == 100.0
    assert rules.convert(10.0, "SDR", "USD") == pytest.approx(13.1)
    assert rules.convert(1000.0, "CNY", "USD") == pytest.approx(138.1)
    assert rules.convert(100.0, "EUR", "GBP") == pytest.approx(100 * 1.057 / 1.273)
    assert rules.convert(100.0, "XYZ", "USD") is None
    assert rules.convert(100.0, None, "USD") is None


def test_json_round_trip_is_exact() -> None:
    rules = default_rules()
    assert rules_from_json(rules_to_json(rules)) == rules


def test_fedex_holds_a_domestic_damage_window_beside_the_international_one() -> None:
    fedex = default_rules().by_id("fedex")
    assert [w.closes for w in fedex.windows_for("damaged", "international")] == [21]
    assert [w.closes for w in fedex.windows_for("damaged", "unknown")] == [21]
    assert [w.closes for w in fedex.windows_for("damaged", "domestic")] == [60]
    # Loss has one window for every route.
    assert fedex.windows_for("lost", "domestic") == fedex.windows["lost"] and not fedex.splits_by_route("lost")
    # A table saved before rules could hold domestic windows still reads, with none.
    document = _document()
    for rule in document["rules"]:
        del rule["domestic_windows"]
    assert rules_from_json(json.dumps(document)).by_id("fedex").domestic_windows == {}


def test_load_gives_defaults_until_rules_are_saved() -> None:
    db = Database(":memory:")
    assert load_rules(db) == default_rules()
    edited = replace(default_rules(), sdr_usd=1.35, usd_per_unit={"EUR": 1.1})
    save_rules(db, edited)
    assert load_rules(db) == edited
    save_rules(db, default_rules())  # saving again replaces, never duplicates
    assert load_rules(db) == default_rules()


def test_broken_stored_rules_are_reported_not_ignored() -> None:
    db = Database(":memory:")
    write_setting(db, SETTINGS_KEY, "{not json")
    with pytest.raises(RulesError, match="not valid JSON"):
        load_rules(db)


def _document() -> dict[str, Any]:
    return json.loads(rules_to_json(default_rules()))


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (lambda d: d.update(version=2), "version"),
        (lambda d: d.update(sdr_usd=-1), "sdr_usd must be a positive number"),
        (lambda d: d["rules"][0]["limit"].update(per_package=0), "rule ups: per_package"),
        (lambda d: d["rules"][0]["limit"].update(per_package=None), "needs per_kg or per_package"),
        (lambda d: d["rules"][0].update(scope="planet"), "scope must be one of"),
        (lambda d: d["rules"][0]["windows"]["lost"][0].update(anchors=[["yesterday", 0]]), "anchor must be one of"),
        (lambda d: d["rules"][0]["windows"]["lost"][0].update(closes=-3), "closes must be a whole number"),
        (lambda d: d["rules"][0].update(as_of="soon"), "as_of must be a date"),
        (lambda d: d["rules"].append(d["rules"][0]), "repeated: ups"),
    ],
)
def test_invalid_rules_json_names_the_rule_and_field(edit: Callable[[dict[str, Any]], None], message: str) -> None:
    document = _document()
    edit(document)
    with pytest.raises(RulesError, match=message):
        rules_from_json(json.dumps(document))


def test_a_seller_can_add_a_rule_for_another_carrier() -> None:
    document = _document()
    document["rules"].append(
        {
            "id": "yunexpress", "scope": "carrier", "applies_to": ["YunExpress"], "name_en": "YunExpress",
            "name_zh": "云途", "channel": "carrier", "limit": {"currency": "CNY", "per_kg": 100, "per_package": None},
            "windows": {"lost": [{"action": "claim", "closes": 90, "anchors": [["ship_date", 0]]}]},
            "source": "YunExpress service terms", "as_of": "2024-12-01",
        }
    )
    rules = rules_from_json(json.dumps(document))
    rule = rules.carrier_rule("YunExpress")
    assert rule is not None and rule.limit == Limit("CNY", per_kg=100.0)
    assert rule.windows["lost"][0].unit == "days"


def test_usps_cover_knows_which_services_include_insurance() -> None:
    cover = default_rules().by_id("usps").cover
    assert cover is not None and (cover.currency, cover.per_package) == ("USD", 100.0)
    assert [cover.includes(s) for s in ("USPS Ground Advantage", "PRIORITY MAIL EXPRESS", "First-Class Package Service",
                                        "Media Mail", "Standard", "", None)] == [True, True, False, False, None, None, None]
    document = _document()
    for rule in document["rules"]:
        rule.pop("cover")
    assert rules_from_json(json.dumps(document)).by_id("usps").cover is None  # tables saved before covers


def test_fedex_domestic_damage_window_is_for_the_united_states_only() -> None:
    fedex = default_rules().by_id("fedex")
    assert fedex.domestic_countries == ("US",)
    assert [fedex.route(o, d) for o, d in (("US", "US"), ("GB", "GB"), ("DE", "DE"), ("CN", "US"), (None, "US"))] \
        == ["domestic", "domestic_elsewhere", "domestic_elsewhere", "international", "unknown"]
    assert [w.closes for w in fedex.windows_for("damaged", fedex.route("GB", "GB"))] == [21]
    assert "United States" in fedex.source
    # A table saved before rules named the countries of their domestic windows applies them in every country.
    document = _document()
    for rule in document["rules"]:
        del rule["domestic_countries"]
    assert rules_from_json(json.dumps(document)).by_id("fedex").route("GB", "GB") == "domestic"
