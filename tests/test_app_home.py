"""AppTests of the home settings: the Settings tab keeps the home country, currency and
exchange rates; the Overview adds value at loss up in the home currency."""
# ruff: noqa: F811 - the fixtures imported from test_app_claims are used as test arguments

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from test_app_claims import (
    TODAY,
    editor_state,
    leaked_keys,
    rendered_text,
    start,
)
from test_app_settings import stored

from lossanalytics.analytics import asof, home, overview
from lossanalytics.analytics.filters import Filters
from lossanalytics.analytics.scope import AnalysisScope
from lossanalytics.analytics.thresholds import load_detection_settings
from lossanalytics.claims import default_rules, load_rules
from lossanalytics.claims.money import rates_of, total_in, value_pairs
from lossanalytics.i18n import t
from lossanalytics.storage.db import Database
from lossanalytics.ui.home_text import rates_caption, rates_text, total_line
from lossanalytics.ui.numbers import md_escape


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_home_tab_saves_country_and_currency_and_dates_the_rates(db_path: Path, lang: str) -> None:
    at = start(lang, "pages/settings.py")
    assert t("ui.settings.tab.home", lang) in [tab.label for tab in at.tabs]
    text = rendered_text(at)
    assert md_escape(rates_text(rates_of(default_rules()), lang)) in text
    days = f"{(date.today() - date(2024, 11, 29)).days:,}"
    assert md_escape(t("home.rates.stale", lang, days=days)) in [w.value for w in at.warning]
    assert at.selectbox(key="home_country_0").value == "" and at.selectbox(key="home_currency_0").value == ""
    at.selectbox(key="home_country_0").set_value("CN")
    at.selectbox(key="home_currency_0").set_value("EUR")
    at.button(key="home_save_0").click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert t("home.saved", lang) in [s.value for s in at.success]
    assert leaked_keys(at) == []
    db = Database(db_path)
    try:
        assert home.load_home(db) == home.Home("CN", "EUR")
    finally:
        db.close()
    assert at.selectbox(key="home_country_1").value == "CN"


def test_rates_save_with_their_date_and_source_and_refuse_a_missing_source(db_path: Path) -> None:
    at = start("en", "pages/settings.py")
    at.session_state["home_rates_0"] = editor_state({0: {"usd_per_unit": 0.65}})  # row 0: AUD
    at.date_input(key="home_rates_as_of_0").set_value(date(2025, 6, 27))
    at.text_input(key="home_rates_source_0").set_value(" ")
    at.button(key="home_rates_save_0").click().run()
    assert t("ui.settings.not_saved", "en", detail=md_escape(t("home.rates.need_source", "en"))) in [
        e.value for e in at.error]
    at.session_state["home_rates_0"] = editor_state({0: {"usd_per_unit": -1.0}})
    at.text_input(key="home_rates_source_0").set_value("My bank")
    at.button(key="home_rates_save_0").click().run()
    assert t("ui.settings.not_saved", "en", detail=md_escape("usd_per_unit.AUD must be a positive number (got -1.0)")) \
        in [e.value for e in at.error]
    assert stored(db_path, load_rules) == default_rules()
    at.session_state["home_rates_0"] = editor_state({0: {"usd_per_unit": 0.65}})
    at.date_input(key="home_rates_as_of_0").set_value(date(2025, 6, 27))
    at.text_input(key="home_rates_source_0").set_value("My bank")
    at.button(key="home_rates_save_0").click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert t("home.rates.saved", "en") in [s.value for s in at.success]
    rules = stored(db_path, load_rules)
    assert (rules.usd_per_unit["AUD"], rules.fx_as_of, rules.fx_source) == (0.65, date(2025, 6, 27), "My bank")
    assert rules.usd_per_unit["EUR"] == default_rules().usd_per_unit["EUR"]
    assert md_escape("exchange rates of 2025-06-27 (My bank)") in rendered_text(at)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_overview_adds_value_at_loss_up_in_the_home_currency(db_path: Path, lang: str) -> None:
    at = start(lang)
    assert t("home.total.no_currency", lang) in [c.value for c in at.caption]
    db = Database(db_path)
    try:
        home.save_home(db, home.Home(None, "EUR"))
        as_of = asof.data_date(db, TODAY).default_as_of
        head = overview.headline(db, AnalysisScope(as_of, load_detection_settings(db), Filters()))
    finally:
        db.close()
    assert head is not None and len(head.value_at_loss) > 1
    rates = rates_of(default_rules())
    total = total_in(value_pairs([head.value_at_loss]), "EUR", rates)
    assert total.converted > 0 and total.amount > 0
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    assert md_escape(total_line(total, None, lang)) in [m.value for m in at.markdown]
    assert md_escape(rates_caption("EUR", rates, lang)) in [c.value for c in at.caption]
    assert leaked_keys(at) == []
