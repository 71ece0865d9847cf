"""Prevention advice from a small, hand-built data set with known answers (as of 2025-06-30).

The fixture (`write_fixture`) ships 282 parcels:
- Cainiao CN→US postal: 100 parcels, 12 lost (two of them with a claim deadline 5 and 10
  days away), 10 insured, 10 worth 500 USD (two still in transit), the rest 50 USD;
- China Post CN→US postal: 100 parcels, 2 lost long ago (deadlines passed), 30 USD each;
- Yanwen CN→US postal: 20 delivered parcels (too few to judge), 30 USD;
- UPS US→US express: 60 parcels of 80 USD, 2 damaged, 1 returned;
- 4PX CN→GB air: 2 parcels that look lost (one never scanned), 40 GBP, no order ID.
"""

from __future__ import annotations

import math
from datetime import date, timedelta
from pathlib import Path

import pandas as pd
import pytest

from lossanalytics import advice
from lossanalytics.advice import AdviceSettings, load_advice_settings, save_advice_settings
from lossanalytics.advice import wording as fmt
from lossanalytics.advice.carrier_choice import alternatives, pooled_alternatives, risky_lanes, worse_carriers
from lossanalytics.advice.figures import BLANK, AdviceFigures, advice_figures
from lossanalytics.advice.insurance import insurance_lanes
from lossanalytics.advice.risk_topics import carriers_topic
from lossanalytics.analytics.compare import proportion_test, two_proportion_z
from lossanalytics.analytics.detect import shipments
from lossanalytics.analytics.filters import Filters
from lossanalytics.analytics.metrics import rates
from lossanalytics.analytics.scope import AnalysisScope
from lossanalytics.analytics.thresholds import DetectionSettings
from lossanalytics.claims import default_rules
from lossanalytics.claims.worklist import claims_worklist
from lossanalytics.i18n import t
from lossanalytics.importing import import_file
from lossanalytics.storage.db import Database
from lossanalytics.storage.sql_text import Sql, named_query, render

AS_OF = date(2025, 6, 30)
SCOPE = AnalysisScope(AS_OF, DetectionSettings())
HEADER = ("Tracking Number,Carrier,Mode,Origin,Destination,Ship Date,Status,Last Event Time,Delivered Date,"
          "Estimated Delivery Date,Value,Currency,Weight,Insured Value,Order ID")


def _row(number: str, carrier: str, mode: str, route: tuple[str, str], ship: date, status: str,
         last: date | None, delivered: date | None, value: float, currency: str = "USD", weight: str = "0.5",
         insured: str = "", order: str | None = None, edd: date | None = None) -> str:
    def day(d: date | None) -> str:
        return d.isoformat() if d else ""

    return ",".join([number, carrier, mode, route[0], route[1], day(ship), status, day(last), day(delivered),
                     day(edd), f"{value:g}", currency, weight, insured, f"ORD-{number}" if order is None else order])


def fixture_rows() -> list[str]:
    """The parcels described in the module docstring, one CSV line each."""
    rows = []
    for i in range(100):  # Cainiao CN→US postal
        number, value, insured = f"CN{i:03d}", 500.0 if i >= 90 else 50.0, ""
        if i == 0:
            ship, status = date(2025, 1, 5), "Lost"  # UPU: inquiry within 6 months → 2025-07-05
        elif i == 1:
            ship, status = date(2025, 1, 10), "Lost"  # → 2025-07-10
        elif i < 12:
            ship, status = date(2025, 3, 1), "Lost"  # → 2025-09-01
        elif i >= 98:
            ship, status = date(2025, 6, 25), "In Transit"
        else:
            ship, status = date(2025, 2, 1) + timedelta(days=i), "Delivered"
            insured = f"{value:g}" if 12 <= i < 22 else ""
        last = ship + timedelta(days=2 if status == "In Transit" else 15)
        delivered = last if status == "Delivered" else None
        rows.append(_row(number, "Cainiao", "postal", ("CN", "US"), ship, status, last, delivered, value,
                         insured=insured, edd=ship + timedelta(days=20)))
    for i in range(100):  # China Post CN→US postal
        ship = date(2024, 11, 1) if i < 2 else date(2025, 2, 1) + timedelta(days=i)
        status = "Lost" if i < 2 else "Delivered"
        last = ship + timedelta(days=15)
        rows.append(_row(f"CP{i:03d}", "China Post", "postal", ("CN", "US"), ship, status, last,
                         last if status == "Delivered" else None, 30.0, edd=ship + timedelta(days=20)))
    for i in range(20):  # Yanwen CN→US postal: too few to judge
        ship = date(2025, 3, 1) + timedelta(days=i)
        rows.append(_row(f"YW{i:03d}", "Yanwen", "postal", ("CN", "US"), ship, "Delivered", ship + timedelta(days=14),
                         ship + timedelta(days=14), 30.0, edd=ship + timedelta(days=20)))
    for i in range(60):  # UPS US→US express
        ship = date(2025, 6, 1) + timedelta(days=i % 15)
        status = {0: "Damaged", 1: "Damaged", 2: "Returned to sender"}.get(i, "Delivered")
        last = ship + timedelta(days=3)
        rows.append(_row(f"UP{i:03d}", "UPS", "express", ("US", "US"), ship, status, last,
                         last if status == "Delivered" else None, 80.0, weight="1.0"))
    rows.append(_row("FX000", "4PX", "air", ("CN", "GB"), date(2025, 5, 1), "In Transit", date(2025, 5, 2), None,
                     40.0, currency="GBP", weight="0.3", order=""))
    rows.append(_row("FX001", "4PX", "air", ("CN", "GB"), date(2025, 6, 1), "Info Received", None, None, 40.0,
                     currency="GBP", weight="", order=""))
    return rows


def write_fixture(folder: Path) -> Path:
    path = folder / "parcels.csv"
    path.write_text(HEADER + "\n" + "\n".join(fixture_rows()) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def loaded(db: Database, tmp_path: Path) -> Database:
    result = import_file(db, write_fixture(tmp_path))
    assert result.rows_stored == 282, result
    return db


def figures_of(db: Database, lanes, cfg: AdviceSettings | None = None, risky=None) -> AdviceFigures:
    """The advice figures as `advice.analyse` counts them (risky lanes tested unless given)."""
    cfg = cfg or AdviceSettings()
    return advice_figures(db, SCOPE, lanes,
                          risky_lanes(lanes, cfg.alpha) if risky is None else risky, default_rules(), cfg)


@pytest.fixture
def frames(loaded: Database):
    lanes = rates(loaded, "lane", SCOPE)
    return lanes, figures_of(loaded, lanes)


def test_fixture_outcomes(loaded: Database) -> None:
    parcels = shipments(loaded, SCOPE)
    outcomes = parcels.groupby("outcome").size().to_dict()
    assert outcomes == {"delivered": 261, "lost": 14, "suspected_lost": 2, "damaged": 2, "returned": 1,
                        "in_transit": 2}


def test_worse_carrier_is_named_with_a_tested_alternative(frames) -> None:
    lanes, _ = frames
    verdicts = worse_carriers(lanes, 0.05).set_index("carrier")
    # Cainiao: 12 losses on the CN→US postal lane where 100 × 14 / 220 = 6.36 were expected.
    assert verdicts.at["Cainiao", "verdict"] == "worse"
    assert verdicts.at["China Post", "verdict"] == "better"
    assert verdicts.at["Yanwen", "verdict"] == "too_small"  # 20 parcels: never ranked
    assert verdicts.at["UPS", "verdict"] == "no_peers"
    assert verdicts.at["Cainiao", "expected_losses"] == pytest.approx(100 * 14 / 220)
    # CMH: (|12 − 6.364| − 0.5)² / var, var = 100·120·14·206 / (220²·219); Holm over the 2 carriers tested.
    variance = 100 * 120 * 14 * 206 / (220**2 * 219)
    p = math.erfc(math.sqrt((12 - 100 * 14 / 220 - 0.5) ** 2 / variance / 2))
    assert verdicts.at["Cainiao", "p_adjusted"] == pytest.approx(2 * p)
    assert verdicts.at["Cainiao", "p_adjusted"] == pytest.approx(0.008950, abs=1e-6)

    pairs = alternatives(lanes, ["Cainiao"], 0.05)
    assert list(pairs["alternative"]) == ["China Post"]  # Yanwen has too few parcels to be compared
    row = pairs.iloc[0]
    assert row["test"] == "z"
    assert row["p_adjusted"] == pytest.approx(two_proportion_z(12, 100, 2, 100)[1])
    assert row["p_adjusted"] == pytest.approx(0.005582, abs=1e-6)
    assert bool(row["better"])


def test_carriers_topic_text_numbers_and_certainty(frames) -> None:
    lanes, figures = frames
    topics = {t_.key: t_ for t_ in advice.topics_from(lanes, figures, default_rules(), AdviceSettings(), "en")}
    finding = topics["carriers"].finding("worse_carrier")
    assert finding is not None and finding.level == "act"
    assert finding.values["carrier"] == "Cainiao"
    assert (finding.values["shipments"], finding.values["losses"], finding.values["tested"]) == (100, 12, 2)
    assert finding.values["ratio"] == pytest.approx(12 / (100 * 14 / 220))
    assert finding.values["better"] == ["China Post"]
    assert finding.text.startswith("Cainiao loses more parcels than the other carriers on the same routes and modes: "
                                   "12 lost or probably lost out of 100 on 1 shared lanes, where the other carriers' "
                                   "rates would predict 6.4 (1.89 times as many).")
    assert "Better alternative on China → United States (Postal): China Post lost 2.0% (0.6–7.0%, n = 100), against 12.0% " \
           "(7.0–19.8%, n = 100) for Cainiao (p = 0.006)." in finding.text
    assert finding.certainty.startswith("Cochran–Mantel–Haenszel test against the other carriers lane by lane: "
                                        "p = 0.009 after Holm correction over 2 carriers compared.")
    assert dict(finding.numbers)["Losses ÷ expected"] == "1.89×"


def test_risky_lanes_are_tested_against_the_rest_of_their_mode(frames) -> None:
    lanes, _ = frames
    risky = risky_lanes(lanes, 0.05)
    assert len(risky) == 3  # Cainiao, China Post and UPS have 30 parcels or more; Yanwen and 4PX do not
    flagged = risky[risky["risky"]]
    assert list(flagged["carrier"]) == ["Cainiao"]
    row = flagged.iloc[0]
    # 12 of 100 against the other 120 postal parcels' 2 losses (China Post; Yanwen lost none).
    assert (row["rest_shipments"], row["rest_losses"], row["peers"]) == (120, 2, "mode")
    assert row["p_value"] == pytest.approx(proportion_test(12, 100, 2, 120)[1])
    assert row["p_adjusted"] == pytest.approx(min(1.0, 3 * row["p_value"]))
    # UPS is the only express carrier: it is compared with all the other 222 parcels (16 losses).
    ups = risky.set_index("carrier").loc["UPS"]
    assert (ups["rest_shipments"], ups["rest_losses"], ups["peers"], ups["mode_others"]) == (222, 16, "all", 0)


def test_insurance_pays_where_expected_loss_exceeds_the_premium(frames) -> None:
    lanes, figures = frames
    table = insurance_lanes(lanes, figures.insurance).set_index("carrier")
    # UPS lost nothing: insurance never pays there. China Post's parcels of 30 USD are covered whole by
    # the postal limit (UPU, 30 SDR × 1.31 = 39.30 USD a parcel): insuring them adds nothing.
    assert list(table.index) == ["Cainiao"]
    cainiao = table.loc["Cainiao"]
    # 90 uninsured parcels (10 insured are left out): 80 × 50 + 10 × 500 = 9,000 USD, of which the
    # carrier's liability leaves 80 × 10.70 + 10 × 460.70 = 5,463 USD at risk.
    assert (cainiao["parcels"], cainiao["worth"]) == (90, 90)
    assert cainiao["value_usd"] == pytest.approx(9000)
    assert cainiao["expected_loss_usd"] == pytest.approx(0.12 * (80 * (50 - 39.3) + 10 * (500 - 39.3)))
    assert cainiao["premium_usd"] == pytest.approx(0.015 * 9000)
    assert cainiao["lost_value_usd"] == pytest.approx(12 * 50)
    # Clear only where even the interval's low end (12 of 100: 6.99%) pays: 6.99% × 460.70 > 7.50 for the
    # ten parcels of 500 USD, but 6.99% × 10.70 = 0.748 < 0.75 for those of 50.
    assert cainiao["clear"] == 10


def test_a_minimum_premium_makes_cheap_parcels_not_worth_insuring(loaded: Database, frames) -> None:
    lanes, _ = frames
    cfg = AdviceSettings(insurance_min_premium=5.0)
    table = insurance_lanes(lanes, figures_of(loaded, lanes, cfg).insurance).set_index("carrier")
    # Beyond the carrier's 39.30 USD, Cainiao's parcels of 500 USD risk 12% × 460.70 = 55.28 > 7.50 and
    # still pay; its parcels of 50 risk 12% × 10.70 = 1.28 < 5, and China Post's nothing.
    assert list(table.index) == ["Cainiao"]
    assert table.at["Cainiao", "premium_usd"] == pytest.approx(10 * 7.5)


def test_high_value_parcels_on_risky_lanes(frames) -> None:
    lanes, figures = frames
    topic = advice.topics_from(lanes, figures, default_rules(), AdviceSettings(), "en")[1]
    assert topic.key == "high_value"
    finding = topic.finding("high_value")
    # The 90th percentile of 282 values (120 × 30, 90 × 50, 2 × 50.92, 60 × 80, 10 × 500) is 80 USD.
    assert finding.values == {"threshold_usd": 80.0, "count": 10, "open": 2, "value_usd": 5000.0}
    assert list(finding.table["tracking_number"][:2]) == ["CN098", "CN099"]  # still on their way: first
    assert finding.level == "act"


def test_value_in_dollars_uses_the_rules_rates(loaded: Database, frames) -> None:
    lanes, figures = frames
    assert figures.threshold_usd == 80.0
    # Every parcel counts as valuable on the 4PX lane, taken as risky: its value in dollars shows.
    four_px = pd.DataFrame([{"carrier": "4PX", "origin_country": "CN", "dest_country": "GB", "mode": "air",
                             "risky": True}])
    everything = figures_of(loaded, lanes, AdviceSettings(high_value_share=1.0), risky=four_px)
    values = everything.high_value.set_index("tracking_number")["value_usd"]
    assert values["FX000"] == pytest.approx(40 * 1.273)
    assert list(values.index) == ["FX000", "FX001"]


def test_reporting_finds_deadlines_about_to_pass(loaded: Database) -> None:
    work = claims_worklist(loaded, SCOPE, default_rules(), "en", today=AS_OF)
    topic = advice.reporting_topic(work, AdviceSettings(), "en", default_rules())
    soon = topic.finding("deadlines_soon")
    assert soon.values["count"] == 2 and soon.values["first_tracking_number"] == "CN000"
    assert soon.values["first_days_left"] == 5
    # UPU limit 30 SDR × 1.31 = 39.30 USD is below the 50 USD declared: 2 × 39.30 at stake.
    assert soon.values["at_stake"] == {"USD": pytest.approx(78.6)}
    assert list(soon.table["tracking_number"]) == ["CN000", "CN001"]
    # Only the columns the page shows are kept (a big seller's passed deadlines are many rows).
    assert list(soon.table.columns) == ["tracking_number", "carrier", "claim_where", "claim_deadline", "days_left",
                                        "estimated_compensation", "compensation_currency"]
    assert soon.text == ("2 claims not yet filed must be filed within 14 days. The first is CN000 (Cainiao), "
                         "due 2025-07-05 (5 days left). Open the claims workbench and file them.")
    passed = topic.finding("deadlines_passed")
    assert passed.values == {"count": 2, "estimate": {"USD": pytest.approx(60.0)}}  # 2 × 30 USD declared
    # A shorter warning period leaves only the claim due in 5 days.
    short = advice.reporting_topic(claims_worklist(loaded, SCOPE, default_rules(), "en", warn_days=7, today=AS_OF),
                                   AdviceSettings(deadline_warning_days=7), "en")
    assert short.finding("deadlines_soon").values["count"] == 1


def test_monitoring_packaging_and_records(frames) -> None:
    lanes, figures = frames
    topics = {t_.key: t_ for t_ in advice.topics_from(lanes, figures, default_rules(), AdviceSettings(), "en")}
    monitoring = topics["monitoring"]
    assert monitoring.finding("suspected_now").values["suspected"] == 2
    assert monitoring.finding("suspected_now").values["open"] == 4
    assert monitoring.finding("never_scanned").values == {"never_scanned": 1, "open": 4}
    packaging = topics["packaging"]
    damage = packaging.finding("damage")
    assert damage.values == {"count": 2, "parcels": 282, "rate": 2 / 282, "worse_carriers": []}
    assert damage.level == "info"
    assert packaging.finding("returns").values["count"] == 1
    records = topics["records"].finding("missing_records")
    # 18 claimable parcels; the two 4PX ones lack the order ID, one also the weight; 4PX and UPS lack the EDD.
    assert records.values["affected"] == 4 and records.values["claimable"] == 18
    assert records.values["missing"] == {"order_id": 2, "declared_value": 0, "currency": 0, "weight_kg": 1,
                                         "estimated_delivery_date": 4}
    insurance = topics["insurance"]
    assert insurance.finding("insured_share").values == {"insured": 10, "parcels": 282}
    assert insurance.finding("insure_lanes").values == {
        "lanes": 1, "clear_lanes": 1, "parcels": 90, "expected_loss_usd": 655.56, "premium_usd": 135.0}


def test_small_samples_are_never_ranked(frames) -> None:
    lanes, _ = frames
    few = lanes[lanes["carrier"].isin(["Yanwen", "4PX"])]
    topic, risky = carriers_topic(few, AdviceSettings(), "en")
    assert topic.findings == () and risky.empty
    assert topic.note == ("No carrier loses significantly more than the others on the same lanes (0 carriers "
                          "compared), and no lane stands out from the rest. 2 lanes with fewer than 30 parcels are "
                          "not judged or ranked.")


def test_every_topic_speaks_both_languages(frames) -> None:
    lanes, figures = frames
    for lang in ("en", "zh"):
        topics = advice.topics_from(lanes, figures, default_rules(), AdviceSettings(), lang)
        assert [t_.key for t_ in topics] == ["carriers", "high_value", "insurance", "monitoring", "packaging",
                                             "records"]
        for topic in topics:
            assert topic.title == t(f"advice.topic.{topic.key}.title", lang)
            assert len(topic.advice) >= 2
    zh = {t_.key: t_ for t_ in advice.topics_from(lanes, figures, default_rules(), AdviceSettings(), "zh")}
    text = zh["carriers"].finding("worse_carrier").text
    assert text.startswith("在相同线路和运输方式上，菜鸟 的丢件多于其他承运商") and "中国邮政" in text


def test_empty_selection_gives_notes_not_errors(loaded: Database) -> None:
    settings = DetectionSettings()
    nothing = Filters(carriers=("Nobody",))
    topics = advice.analyse(loaded, AnalysisScope(AS_OF, settings, nothing), default_rules(), AdviceSettings(), "en")
    assert all(topic.findings == () for topic in topics)
    assert all(topic.note for topic in topics)


def test_advice_settings_round_trip_and_validation(db: Database) -> None:
    assert load_advice_settings(db) == AdviceSettings()
    chosen = AdviceSettings(insurance_rate=0.02, insurance_min_premium=1.5, insurance_as_of=date(2025, 6, 1),
                            deadline_warning_days=21, high_value_share=0.05, alpha=0.01)
    save_advice_settings(db, chosen)
    assert load_advice_settings(db) == chosen
    with pytest.raises(ValueError, match="advice.settings.bad_rate"):
        save_advice_settings(db, AdviceSettings(insurance_rate=1.5))
    assert AdviceSettings(high_value_share=0, alpha=0.7).problems() == [
        ("advice.settings.bad_share", {"value": 0}), ("advice.settings.bad_alpha", {"value": 0.7})]
    assert load_advice_settings(db) == chosen  # nothing was written


def test_amounts_are_ordered_by_dollar_value_and_never_added() -> None:
    rules = default_rules()
    assert fmt.amounts({"JPY": 8000.0, "USD": 60.0}, "en", rules.usd_per) == "60.00\xa0USD · 8,000\xa0JPY"
    assert fmt.amounts({"JPY": 8000.0, "USD": 60.0}, "en") == "8,000\xa0JPY · 60.00\xa0USD"
    many = {code: 10.0 for code in ("AUD", "CAD", "EUR", "GBP", "USD", "CNY")}
    assert fmt.amounts(many, "en", rules.usd_per).endswith("(+ 2 more currencies)")
    assert fmt.interval(0.0024, 0.0040) == "0.24–0.40%" and fmt.interval(0.02, 0.07) == "2.0–7.0%"
    assert fmt.pct(0.0045) == "0.45%" and fmt.pct(0.058) == "5.8%"


def test_an_amount_never_wraps_between_its_number_and_its_currency() -> None:
    # A no-break space, as on the tables (ui.numbers.money): a sentence that wraps at "1,857 | USD"
    # leaves a bare currency code at the start of the next line.
    assert fmt.money(1857.4, "USD") == "1,857\N{NO-BREAK SPACE}USD"
    assert fmt.money(12.6, "CNY") == "12.60\N{NO-BREAK SPACE}CNY"
    assert fmt.amounts({"EUR": 310.0, "USD": 1200.0}, "en") == "1,200\N{NO-BREAK SPACE}USD · 310\N{NO-BREAK SPACE}EUR"


def test_blank_fields_are_what_python_strips() -> None:
    assert set(BLANK) == {chr(c) for c in range(0x110000) if chr(c).isspace()}
    # The statement's flags, whose quick paths look at the first byte only, say the same of
    # texts starting with printable ASCII, DEL, control characters, non-ASCII space and the like.
    texts = ["", " ", "A1", "!", "~", "~ ", "\x7f", "\x7f ", "\x00", "\x1f", " \t", "\xa0", "\xa0x", "\u3000",
             "\u3000\u2029 ", "\u200b", "é", "中 ", "\U0001f600", " x ", "\x85", "\x85\x1c"]
    outcomes = Sql("SELECT unnest($texts) AS order_id, unnest($texts) AS currency, NULL::VARCHAR AS tracking_number, "
                   "NULL::VARCHAR AS carrier, NULL::VARCHAR AS origin_country, NULL::VARCHAR AS dest_country, "
                   "NULL::VARCHAR AS mode, 'delivered' AS outcome, NULL::TIMESTAMP AS ship_date, "
                   "NULL::DOUBLE AS declared_value, NULL::TIMESTAMP AS last_event_time, NULL::DOUBLE AS weight_kg, "
                   "NULL::DOUBLE AS insured_value, NULL::TIMESTAMP AS estimated_delivery_date")
    sql = render(Sql("WITH outcomes AS ({outcomes}) SELECT order_id, no_order_id, blank_currency, "
                     "{order_id_unsure} AS unsure FROM ({parcels})"),
                 outcomes=outcomes, parcels=named_query("advice", "parcels"),
                 order_id_unsure=named_query("advice", "order_id_unsure"))
    rows = Database().query(sql, {"texts": texts, "blank": BLANK, "fx_codes": ["USD"], "fx_rates": [1.0]}).to_pylist()
    assert [(row["no_order_id"], row["blank_currency"]) for row in rows] == [
        (row["order_id"].strip() == "",) * 2 for row in rows]
    assert sorted(row["order_id"] for row in rows) == sorted(texts)
    # The test of the stored column that finds the parcels counted apart misses no blank order ID: it
    # keeps every text not starting with printable ASCII.
    assert all(row["unsure"] for row in rows if row["no_order_id"])
    assert [row["order_id"] for row in rows if row["unsure"]] == [
        row["order_id"] for row in rows if not row["order_id"][:1] or not "!" <= row["order_id"][0] < chr(127)]


def test_values_in_us_dollars_by_upper_case_code() -> None:
    # A rate is found by the currency's upper-case code; a currency without one, or none, gives no value.
    currencies = ["USD", "usd", "gbp", "Gbp", "XYZ", None, ""]
    outcomes = Sql("SELECT unnest($currencies) AS currency, 10.0 AS declared_value, 'ORD' AS order_id, "
                   "NULL::VARCHAR AS tracking_number, NULL::VARCHAR AS carrier, NULL::VARCHAR AS origin_country, "
                   "NULL::VARCHAR AS dest_country, NULL::VARCHAR AS mode, 'delivered' AS outcome, "
                   "NULL::TIMESTAMP AS ship_date, NULL::TIMESTAMP AS last_event_time, NULL::DOUBLE AS weight_kg, "
                   "NULL::DOUBLE AS insured_value, NULL::TIMESTAMP AS estimated_delivery_date")
    sql = render(Sql("WITH outcomes AS ({outcomes}) SELECT currency, value_usd FROM ({parcels})"),
                 outcomes=outcomes, parcels=named_query("advice", "parcels"))
    rows = Database().query(sql, {"currencies": currencies, "blank": BLANK, "fx_codes": ["USD", "GBP"],
                                  "fx_rates": [1.0, 1.25]}).to_pylist()
    assert sorted((str(row["currency"]), row["value_usd"]) for row in rows) == sorted(
        [("USD", 10.0), ("usd", 10.0), ("gbp", 12.5), ("Gbp", 12.5), ("XYZ", None), ("None", None), ("", None)])


def test_damage_and_return_rates_leave_out_parcels_without_a_date(loaded: Database, tmp_path: Path) -> None:
    undated = tmp_path / "undated.csv"
    undated.write_text("Tracking Number,Order ID,Destination Country\n" + "".join(f"ND{i},O{i},US\n" for i in range(8)),
                       encoding="utf-8")
    assert import_file(loaded, undated).rows_stored == 8
    lanes = rates(loaded, "lane", SCOPE)
    figures = figures_of(loaded, lanes)
    assert (figures.parcels, figures.judged) == (290, 282)
    topics = {t_.key: t_ for t_ in advice.topics_from(lanes, figures, default_rules(), AdviceSettings(), "en")}
    damage = topics["packaging"].finding("damage")
    assert damage.values == {"count": 2, "parcels": 282, "rate": 2 / 282, "worse_carriers": []}
    returns = topics["packaging"].finding("returns")
    assert returns.text.startswith("1 parcel came back to you: ")


def test_an_untested_alternative_is_named_in_the_readers_language(frames, monkeypatch) -> None:
    """With no significantly better carrier, the lowest observed one is still named as the seller knows it."""
    lanes, _ = frames
    import lossanalytics.advice.risk_topics as risk_topics

    def not_better(*args, **kwargs):
        pairs = alternatives(*args, **kwargs)
        return pairs.assign(better=False)

    def not_better_overall(*args, **kwargs):
        return pooled_alternatives(*args, **kwargs).assign(better=False)

    monkeypatch.setattr(risk_topics, "alternatives", not_better)
    monkeypatch.setattr(risk_topics, "pooled_alternatives", not_better_overall)
    topic, _ = carriers_topic(lanes, AdviceSettings(), "zh")
    finding = topic.finding("worse_carrier")
    assert finding is not None and finding.level == "consider"
    assert "：中国邮政 的丢件率为" in finding.text
    assert "China Post" not in finding.text
