"""AppTests of the prevention advice page: both languages, evidence shown, settings applied, empty states."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pandas as pd
import pytest
from test_app_claims import (
    as_read,
    leaked_keys,
    rendered_text,
    start,
)

from lossanalytics.advice import TOPICS, AdviceSettings, save_advice_settings
from lossanalytics.i18n import t
from lossanalytics.storage.db import Database


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_advice_page_renders_every_topic_in_both_languages(db_path: Path, lang: str) -> None:
    at = start(lang, "pages/advice.py")
    assert [title.value for title in at.title] == [t("ui.advice.title", lang)]
    assert leaked_keys(at) == []
    headings = [h.value for h in at.main.subheader]
    assert headings == [f"{n}. {t(f'advice.topic.{key}.title', lang)}" for n, key in enumerate(TOPICS, start=1)]
    text = as_read(rendered_text(at))
    # The documents' advice in our words, for every topic.
    for key in TOPICS:
        assert t(f"advice.topic.{key}.1", lang) in text
    # Each finding says how sure we are.
    assert text.count(t("ui.advice.how_sure", lang, certainty="")) >= 4
    if lang == "zh":
        assert re.search(r"[\u4e00-\u9fff]", text)


def test_findings_show_their_numbers_and_rows(db_path: Path) -> None:
    at = start("en", "pages/advice.py")
    assert at.warning and at.warning[0].value.startswith(t("ui.advice.pressing", "en", n=len(
        [m for m in at.markdown if m.value.startswith(":material/priority_high:")])))
    insurance = [as_read(m.value) for m in at.markdown
                 if "expected loss of some parcels beyond the carrier's liability is higher than insuring" in as_read(m.value)]
    assert insurance and "1.5% of their value" in insurance[0]
    tables = [d.value for d in at.dataframe]
    assert any(t("ui.advice.col.premium_usd", "en", currency="USD") in frame.columns for frame in tables)


def test_insurance_cost_from_settings_changes_the_advice(db_path: Path) -> None:
    db = Database(db_path)
    save_advice_settings(db, AdviceSettings(insurance_rate=0.5))
    db.close()
    at = start("en", "pages/advice.py")
    text = as_read(rendered_text(at))
    assert "insurance would cost more than the expected loss beyond the carrier's liability on every lane" in text
    assert "Assumes insurance costs 50.0% of the value" in text


def test_advice_when_the_filters_match_nothing(db_path: Path) -> None:
    at = start("en", "pages/advice.py")
    at.multiselect(key="f_modes").set_value(["sea"]).run()
    at.multiselect(key="f_carriers").set_value(["UPS"]).run()
    assert not at.exception
    assert [i.value for i in at.info] == [t("ui.empty.no_match", "en")]


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_advice_on_an_empty_database(empty_db_path: Path, lang: str) -> None:
    at = start(lang, "pages/advice.py")
    assert [i.value for i in at.info] == [t("ui.empty.no_data", lang)]


def test_a_long_finding_table_shows_the_first_rows_and_downloads_all() -> None:
    from lossanalytics.advice import Finding
    from lossanalytics.ui.advice_view import SHOWN_ROWS, _all_rows_csv, finding_table

    rows = SHOWN_ROWS + 500
    table = pd.DataFrame({
        "tracking_number": [f"=HYPERLINK(\"x\",\"{i}\")" if i == 0 else f"T{i:05d}" for i in range(rows)],
        "carrier": "UPS", "origin_country": "CN", "dest_country": "US", "mode": "air", "declared_value": 250.0,
        "currency": "USD", "value_usd": 250.0, "outcome": "suspected_lost", "ship_date": pd.Timestamp("2025-05-01"),
    })
    finding = Finding("high_value", "consider", "text", (), "certainty", table=table)
    assert len(finding_table(finding, "en", SHOWN_ROWS)) == SHOWN_ROWS
    lines = _all_rows_csv(finding, "zh").decode("utf-8-sig").splitlines()
    assert len(lines) == rows + 1
    assert lines[1].startswith("\"'=HYPERLINK(")
    assert lines[-1].startswith(f"\"T{rows - 1:05d}\",\"UPS\",\"中国 → 美国\",")
    # A finding that holds only the rows shown (the high-value one) counts them all and lists them on request.
    first = Finding("high_value", "consider", "text", (), "certainty", table=table.head(SHOWN_ROWS), rows=rows,
                    all_rows=lambda: table)
    assert first.row_count() == rows and len(finding_table(first, "en", SHOWN_ROWS)) == SHOWN_ROWS
    assert _all_rows_csv(first, "zh").decode("utf-8-sig").splitlines() == lines


def test_finding_tables_state_dollar_amounts_in_the_home_currency() -> None:
    from lossanalytics.advice import Finding, advice_money
    from lossanalytics.claims import default_rules
    from lossanalytics.claims.money import with_rates
    from lossanalytics.ui.advice_view import finding_table

    rules = with_rates(default_rules(), {"CNY": 0.125}, date(2025, 6, 1), "Test rates")
    table = pd.DataFrame({"carrier": ["UPS"], "origin_country": ["CN"], "dest_country": ["US"], "mode": ["air"],
                          "shipments": [40], "loss_rate": [0.1], "loss_rate_low": [0.04], "loss_rate_high": [0.23],
                          "worth": [3], "clear": [1], "value_usd": [250.0], "premium_usd": [3.75],
                          "expected_loss_usd": [25.0], "lost_value_usd": [12.5]})
    finding = Finding("insure_lanes", "act", "text", (), "certainty", table=table)
    shown = finding_table(finding, "en", money=advice_money(rules, "CNY"))
    amounts = ["Value (CNY)", "Cost of insuring (CNY)", "Expected loss beyond liability (CNY)", "Value actually lost (CNY)"]
    assert shown.loc[0, amounts].tolist() == [2000.0, 30.0, 200.0, 100.0]
    assert finding_table(finding, "zh").loc[0, "货值（USD）"] == 250.0


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_advice_speaks_the_home_currency(db_path: Path, lang: str) -> None:
    from lossanalytics.analytics.home import Home, save_home
    from lossanalytics.claims import load_rules

    db = Database(db_path)
    save_home(db, Home(None, "CNY"))
    rules = load_rules(db)
    db.close()
    at = start(lang, "pages/advice.py")
    converted = t("home.total.rates", lang, currency="CNY",
                  rates=t("home.rates.of", lang, as_of=rules.fx_as_of, source=rules.fx_source))
    notes = [c.value for c in at.main.caption if converted in as_read(c.value)]
    assert len(notes) >= 3  # each topic with money in it names the rates
    findings = [as_read(m.value) for m in at.markdown if "**" in m.value]
    assert any("CNY" in text for text in findings)
    assert not [text for text in findings if "USD" in text]
    tables = [d.value for d in at.dataframe]
    assert any(t("ui.advice.col.premium_usd", lang, currency="CNY") in frame.columns for frame in tables)


def test_finding_tables_name_carriers_in_the_readers_language() -> None:
    from lossanalytics.advice import Finding
    from lossanalytics.ui.advice_view import finding_table

    table = pd.DataFrame({"carrier": ["YunExpress", "Acme Freight"], "origin_country": ["CN", "CN"],
                          "dest_country": ["DE", "DE"], "mode": ["air", "air"], "shipments": [40, 30],
                          "loss_rate": [0.1, 0.05], "loss_rate_low": [0.04, 0.01], "loss_rate_high": [0.23, 0.16],
                          "alternative": ["China Post", None], "alt_rate": [0.02, None], "alt_low": [0.01, None],
                          "alt_high": [0.05, None]})
    finding = Finding("worse_carrier", "act", "text", (), "certainty", table=table)
    chinese = finding_table(finding, "zh")
    english = finding_table(finding, "en")
    assert chinese is not None and english is not None
    assert chinese.iloc[:, 0].tolist() == ["云途物流", "Acme Freight"]
    assert english.iloc[:, 0].tolist() == ["YunExpress", "Acme Freight"]
    assert "中国邮政" in chinese.iloc[0].tolist() and "China Post" in english.iloc[0].tolist()
