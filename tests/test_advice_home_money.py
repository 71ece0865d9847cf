"""Prevention advice in the seller's home currency, on test_advice's fixture (as of 2025-06-30): dollars
and every other currency converted at the claim rules' rates, with a note naming them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from test_advice import AS_OF, SCOPE, write_fixture

from lossanalytics import advice
from lossanalytics.advice import AdviceSettings, advice_money
from lossanalytics.advice.carrier_choice import risky_lanes
from lossanalytics.advice.figures import advice_figures
from lossanalytics.analytics.metrics import rates
from lossanalytics.claims import default_rules
from lossanalytics.claims.money import with_rates
from lossanalytics.claims.worklist import claims_worklist
from lossanalytics.importing import import_file
from lossanalytics.storage.db import Database


@pytest.fixture
def loaded(db: Database, tmp_path: Path) -> Database:
    assert import_file(db, write_fixture(tmp_path)).rows_stored == 282
    return db


# Fixed rates for the home-currency tests: 8 CNY and 0.8 GBP to the US dollar, taken on 2025-06-01.
FIXED_RATES = {"CNY": 0.125, "GBP": 1.25}
RATES_DAY = date(2025, 6, 1)


def _fixed_rules():
    return with_rates(default_rules(), FIXED_RATES, RATES_DAY, "Test rates")


def test_advice_money_converts_dollars_and_totals_currencies_into_the_home_currency() -> None:
    cny = advice_money(_fixed_rules(), "CNY")
    assert (cny.currency, cny.converts) == ("CNY", True)
    assert cny.usd(80.0) == "640\xa0CNY" and cny.usd(5.0) == "40.00\xa0CNY"
    assert cny.amounts({"USD": 10.0, "GBP": 4.0}, "en") == "120\xa0CNY"  # 80 + 4 × 1.25 × 8
    assert cny.amounts({"USD": 10.0, "XYZ": 5.0}, "en") == (
        "80.00\xa0CNY (not counted, for want of an exchange rate: 5.00\xa0XYZ)")
    assert cny.amounts({}, "en") == "none"
    assert cny.note("en") == "Converted to CNY at the exchange rates of 2025-06-01 (Test rates)."
    assert cny.note("zh") == "按2025-06-01 的汇率（Test rates）换算为 CNY。"
    # No home currency, or one without a rate: US dollars as before, each currency on its own, no note.
    for unconverted in (advice_money(_fixed_rules()), advice_money(_fixed_rules(), "JPY")):
        assert (unconverted.currency, unconverted.converts, unconverted.note("en")) == ("USD", False, "")
        assert unconverted.usd(80.0) == "80.00\xa0USD"
        assert unconverted.amounts({"USD": 10.0, "GBP": 4.0}, "en") == "10.00\xa0USD · 4.00\xa0GBP"


def test_advice_figures_in_the_home_currency(loaded: Database) -> None:
    rules, cfg = _fixed_rules(), AdviceSettings(insurance_min_premium=0.5)
    lanes = rates(loaded, "lane", SCOPE)
    figures = advice_figures(loaded, SCOPE, lanes, risky_lanes(lanes, cfg.alpha), rules, cfg)
    topics = {t_.key: t_ for t_ in advice.topics_from(lanes, figures, rules, cfg, "en", home="CNY")}
    note = "Converted to CNY at the exchange rates of 2025-06-01 (Test rates)."

    high_value = topics["high_value"].finding("high_value")
    assert high_value.values["threshold_usd"] == 80.0 and high_value.values["value_usd"] == 5000.0
    numbers = dict(high_value.numbers)
    assert (numbers["High value from"], numbers["Their value"]) == ("640\xa0CNY", "40,000\xa0CNY")
    assert high_value.text.startswith("10 parcels worth at least 640\xa0CNY (your most valuable 10.0%)")
    assert topics["high_value"].note == note

    insurance = topics["insurance"]
    lanes_finding = insurance.finding("insure_lanes")
    # Cainiao's parcels pay 1.5% (0.75 and 7.50 USD), above the 0.50 USD minimum; the expected loss is what
    # the postal limit (39.30 USD a parcel) leaves at risk.
    assert (lanes_finding.values["expected_loss_usd"], lanes_finding.values["premium_usd"]) == (655.56, 135.0)
    numbers = dict(lanes_finding.numbers)
    assert (numbers["Expected loss beyond the carrier's liability"], numbers["Cost of insuring them"]) == ("5,244\xa0CNY", "1,080\xa0CNY")  # × 8 CNY/USD
    assert "minimum 4.00\xa0CNY per parcel" in lanes_finding.certainty
    assert "USD" not in lanes_finding.text + lanes_finding.certainty
    assert insurance.note == note

    suspected = topics["monitoring"].finding("suspected_now")
    assert suspected.values["value"] == {"GBP": 80.0}
    assert dict(suspected.numbers)["Value of goods"] == "800\xa0CNY"  # 80 × 1.25 × 8
    assert topics["monitoring"].note == note
    assert note not in topics["carriers"].note  # no money there, nothing converted

    work = claims_worklist(loaded, SCOPE, rules, "en", today=AS_OF)
    reporting = advice.advise(work, [], cfg, "en", rules, home="CNY")[0]
    # 2 × 30 SDR × 1.31 = 78.60 USD at stake; 2 × 30 USD passed unclaimed.
    assert dict(reporting.finding("deadlines_soon").numbers)["Estimated compensation at stake"] == "629\xa0CNY"
    assert dict(reporting.finding("deadlines_passed").numbers)["Estimate not claimed"] == "480\xa0CNY"
    assert reporting.note == note
