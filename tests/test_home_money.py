"""Home settings and money: totals in the home currency with dated rates, and the home
country as the origin of parcels whose exports name none (issue 12, items 3 and 6)."""

from __future__ import annotations

import math
from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from lossanalytics.analytics import home
from lossanalytics.analytics.overview import data_version
from lossanalytics.claims import RulesError, default_rules, money
from lossanalytics.claims.codec import rules_from_json, rules_to_json
from lossanalytics.claims.money import Rates, Total, currency_sums, total_in, value_pairs, with_rates
from lossanalytics.importing import import_file
from lossanalytics.storage.db import Database
from lossanalytics.storage.settings_store import write_setting
from lossanalytics.storage.sql_text import load_sql
from lossanalytics.ui.home_text import (
    assumed_origin_text,
    rates_caption,
    stale_text,
    suggested_origin_text,
    total_line,
)

RATES = Rates({"EUR": 1.25, "GBP": 1.5}, date(2025, 1, 1), "My bank")


def test_conversion_goes_through_us_dollars() -> None:
    assert RATES.convert(100.0, "GBP", "EUR") == 120.0
    assert RATES.convert(100.0, "usd", "EUR") == 80.0
    assert RATES.convert(100.0, "EUR", "usd") == 125.0
    assert RATES.convert(7.0, "XYZ", "XYZ") == 7.0
    assert RATES.convert(100.0, "XYZ", "EUR") is None
    assert RATES.convert(100.0, "EUR", "XYZ") is None


def test_total_keeps_amounts_without_a_rate_or_currency_aside() -> None:
    pairs = [("EUR", 100.0), ("GBP", 50.0), ("usd", 25), ("XYZ", 10.0), (None, 7.0), ("?", 3.0), ("XYZ", 5.0),
             ("EUR", math.nan), ("GBP", None), (math.nan, 2.0)]
    assert total_in(pairs, "eur", RATES) == Total("EUR", 180.0, 3, 3, (("XYZ", 15.0), (None, 12.0)))


def test_total_of_nothing_convertible_is_zero_with_everything_listed() -> None:
    assert total_in([("JPY", 1000.0)], "EUR", RATES) == Total("EUR", 0.0, 0, 0, (("JPY", 1000.0),))


def test_value_pairs_flatten_value_at_loss_lists() -> None:
    groups = [[{"currency": "EUR", "amount": 3.0}, {"currency": "?", "amount": 1.5}], None, [],
              [{"currency": "USD", "amount": 2.0}]]
    assert value_pairs(groups) == [("EUR", 3.0), ("?", 1.5), ("USD", 2.0)]


def test_rates_are_old_after_ninety_days_or_without_a_date() -> None:
    assert RATES.age_days(date(2025, 4, 1)) == 90
    assert not RATES.is_stale(date(2025, 4, 1))
    assert RATES.is_stale(date(2025, 4, 2))
    assert Rates({}, None, None).is_stale(date(2025, 1, 1))
    assert stale_text(RATES, date(2025, 4, 1), "en") is None
    assert stale_text(RATES, date(2026, 12, 4), "en") == (
        "These exchange rates are 702 days old: update them in Settings (Home & money) before relying on totals.")
    assert stale_text(Rates({}, None, None), date(2025, 1, 1), "zh") == "这些汇率没有日期：请在“设置”（本国与货币）中注明日期。"


def test_default_rates_carry_their_date_and_source() -> None:
    rates = money.rates_of(default_rules())
    assert rates.as_of == date(2024, 11, 29)
    assert rates.source == "Approximate market rates at the end of November 2024 (built-in defaults)"
    assert rates.usd_per("cny") == 0.1381
    assert rules_from_json(rules_to_json(default_rules())).fx_source == rates.source


def test_new_rates_need_a_date_a_source_and_positive_numbers() -> None:
    rules = default_rules()
    updated = with_rates(rules, {"EUR": 1.08, "CNY": 0.137}, date(2026, 12, 1), "  ECB reference rates ")
    assert (dict(updated.usd_per_unit), updated.fx_as_of, updated.fx_source) == (
        {"EUR": 1.08, "CNY": 0.137}, date(2026, 12, 1), "ECB reference rates")
    assert updated.rules == rules.rules and updated.sdr_usd == rules.sdr_usd
    with pytest.raises(RulesError, match="usd_per_unit.EUR"):
        with_rates(rules, {"EUR": -1.0}, date(2026, 12, 1), "ECB")
    with pytest.raises(RulesError, match="usd_per_unit.GBP"):
        with_rates(rules, {"GBP": None}, date(2026, 12, 1), "ECB")
    with pytest.raises(RulesError, match="fx_source"):
        with_rates(rules, {"EUR": 1.08}, date(2026, 12, 1), " ")
    with pytest.raises(RulesError, match="fx_as_of"):
        with_rates(rules, {"EUR": 1.08}, None, "ECB")


def test_total_line_in_both_languages() -> None:
    total = total_in([("EUR", 1000.0), ("GBP", 1000.0), ("JPY", 5000.0), (None, 12.0)], "EUR", RATES)
    assert total_line(total, None, "en") == (
        "≈ 2,200 EUR in total. Not in the total (no exchange rate): 5,000 JPY · 12 (currency unknown).")
    assert total_line(total, "Value at loss", "en").startswith("Value at loss: ≈ 2,200 EUR in total.")
    assert total_line(total, None, "zh") == "合计约 2,200 EUR。未计入总数（没有汇率）：5,000 JPY · 12（币种未知）。"
    assert rates_caption("EUR", RATES, "en") == "Converted to EUR at the exchange rates of 2025-01-01 (My bank)."


def test_home_country_and_currency_are_kept_and_cleared() -> None:
    db = Database()
    assert home.load_home(db) == home.Home(None, None)
    home.save_home(db, home.Home("cn", "eur"))
    assert home.load_home(db) == home.Home("CN", "EUR")
    with pytest.raises(ValueError):
        home.save_home(db, home.Home("China", None))
    home.save_home(db, home.Home(None, "EUR"))
    assert home.load_home(db) == home.Home(None, "EUR")
    write_setting(db, home.CURRENCY_KEY, "not json")
    assert home.load_home(db) == home.Home(None, None)


ERP = ("运单号,物流商,收件国家,发货时间,物流状态,最新轨迹时间,最新轨迹\n"
       "LP001,云途,DE,2026-09-01,运输中,2026-09-05 10:00,离开处理中心\n"
       "LP002,燕文,FR,2026-09-02,已签收,2026-09-09 10:00,已签收\n")
NAMED = "Tracking Number,Carrier,Origin Country,Destination Country,Ship Date,Status\nLP002,Yanwen,HK,FR,2026-09-02,Delivered\n"


def _origins(db: Database) -> dict[str, tuple[str | None, bool]]:
    rows = db.query("SELECT tracking_number, origin_country, origin_assumed FROM parcels").to_pylist()
    return {r["tracking_number"]: (r["origin_country"], r["origin_assumed"]) for r in rows}


def test_home_country_fills_unknown_origins_when_read_and_a_named_origin_wins(tmp_path: Path) -> None:
    db = Database(tmp_path / "home.duckdb")
    erp = tmp_path / "erp.csv"
    erp.write_text(ERP, encoding="utf-8")
    result = import_file(db, erp)
    assert (result.outcome, result.detected_format) == ("imported", "chinese_erp")
    assert _origins(db) == {"LP001": (None, False), "LP002": (None, False)}
    assert home.origins(db) == home.Origins(0, "CN", 2)
    before = (data_version(db), db.query(load_sql("lanes_version")).to_pylist())
    home.save_home(db, home.Home("CN", None))
    assert _origins(db) == {"LP001": ("CN", True), "LP002": ("CN", True)}
    assert home.origins(db) == home.Origins(2, None, 0)
    assert data_version(db) != before[0]
    assert db.query(load_sql("lanes_version")).to_pylist() != before[1]
    named = tmp_path / "named.csv"
    named.write_text(NAMED, encoding="utf-8")
    assert import_file(db, named).outcome == "imported"
    assert _origins(db) == {"LP001": ("CN", True), "LP002": ("HK", False)}
    home.save_home(db, home.Home(None, None))
    assert _origins(db) == {"LP001": (None, False), "LP002": ("HK", False)}
    db.close()


def test_a_stored_home_country_that_is_not_a_code_is_not_applied(tmp_path: Path) -> None:
    db = Database()
    erp = tmp_path / "erp.csv"
    erp.write_text(ERP, encoding="utf-8")
    assert import_file(db, erp).outcome == "imported"
    for stored in ("{broken", '"China"', '"cn"', "42"):
        write_setting(db, home.COUNTRY_KEY, stored)
        assert _origins(db) == {"LP001": (None, False), "LP002": (None, False)}, stored
        assert home.load_home(db).country is None


def test_assumed_origin_is_said_in_words() -> None:
    assert assumed_origin_text("CN", 1234, "en") == (
        "Origin assumed to be China (your home country) where the exports name none; parcels concerned: 1,234.")
    assert assumed_origin_text("CN", 2, "zh") == "导出文件未写明始发国时，假定从中国（本国）发出；涉及包裹：2 个。"


def test_a_suggested_origin_counts_only_the_parcels_it_would_place() -> None:
    assert suggested_origin_text("CN", 1, "en") == (
        "1 parcel without an origin comes from an export whose parcels usually all leave China (such as a Chinese ERP "
        "order export); set China as your home country in Settings (Home & money) to use it as its origin.")
    assert suggested_origin_text("CN", 1234, "en").startswith("1,234 parcels without an origin come from exports")
    assert suggested_origin_text("CN", 3, "zh").startswith("有 3 个没有始发国的包裹来自通常全部从中国发出的导出文件")


def test_a_later_tracking_update_does_not_hide_that_a_chinese_erp_export_named_the_parcel(tmp_path: Path) -> None:
    db = Database()
    erp = tmp_path / "erp.csv"
    erp.write_text(ERP, encoding="utf-8")
    update = tmp_path / "update.csv"
    update.write_text("Tracking Number,Carrier,Status,Last Event Time\nLP001,YunExpress,In Transit,2026-09-07 10:00\n",
                      encoding="utf-8")
    assert import_file(db, erp).outcome == import_file(db, update).outcome == "imported"
    assert home.origins(db) == home.Origins(0, "CN", 2)
    db.close()


def test_sums_per_currency_give_the_total_of_the_rows() -> None:
    currencies = pd.Series(["EUR", "GBP", None, "EUR", "XYZ", "eur", None, "GBP"], dtype=object)
    amounts = pd.Series([100.0, 50.0, 7.0, 20.0, 10.0, 5.0, math.nan, math.nan])
    sums = currency_sums(currencies, amounts)
    assert sums == [("EUR", 120.0), ("GBP", 50.0), ("XYZ", 10.0), ("eur", 5.0), (None, 7.0)]
    assert total_in(sums, "EUR", RATES) == Total("EUR", 185.0, 3, 2, (("XYZ", 10.0), (None, 7.0)))
    assert total_in(zip(currencies, amounts), "EUR", RATES).amount == 185.0


def test_sums_of_a_currency_without_amounts_are_missing() -> None:
    sums = currency_sums(pd.Series(["USD", "USD"], dtype=object), pd.Series([None, None], dtype=object))
    assert len(sums) == 1 and sums[0][0] == "USD" and math.isnan(sums[0][1])
    assert total_in(sums, "EUR", RATES) == Total("EUR", 0.0, 0, 0, ())
    assert currency_sums(pd.Series([], dtype=object), pd.Series([], dtype=float)) == []
