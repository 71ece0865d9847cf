"""Estimated compensation: each convention and carrier default, insured and uninsured,
weight, value and currency edge cases, with exact amounts and bases."""

from __future__ import annotations

import math
from dataclasses import replace
from datetime import date
from typing import Any

import pandas as pd
import pytest

from lossanalytics.claims.estimate import estimate_claims
from lossanalytics.claims.facts import fmt_money, round_money
from lossanalytics.claims.rules import default_rules

AS_OF = date(2024, 12, 1)


def parcel(**overrides: Any) -> dict[str, Any]:
    row: dict[str, Any] = {
        "tracking_number": "YT2400000001",
        "carrier": "YunExpress",
        "service": "云途全球专线挂号(标快)",
        "mode": "air",
        "order_id": "111-2223334-4445556",
        "marketplace": None,
        "origin_country": "CN",
        "dest_country": "US",
        "ship_date": pd.Timestamp("2024-11-01"),
        "estimated_delivery_date": pd.Timestamp("2024-11-15"),
        "delivered_date": pd.NaT,
        "last_event_time": pd.Timestamp("2024-11-05 10:00"),
        "last_event_text": "Departed facility",
        "status": "in_transit",
        "declared_value": 120.0,
        "currency": "USD",
        "weight_kg": 2.4,
        "insured_value": None,
        "outcome": "suspected_lost",
    }
    row.update(overrides)
    return row


def estimate(lang: str = "en", **overrides: Any) -> dict[str, Any]:
    frame = estimate_claims(pd.DataFrame([parcel(**overrides)]), AS_OF, default_rules(), lang)
    return frame.iloc[0].to_dict()


def test_montreal_limit_below_declared_value_is_the_estimate() -> None:
    row = estimate()
    assert row["estimated_compensation"] == 81.74
    assert row["compensation_currency"] == "USD"
    assert row["limit_rule"] == "montreal"
    assert row["compensation_basis"] == (
        "Montreal Convention: 26\u00a0SDR/kg × 2.4\u00a0kg × 1.31\u00a0USD/SDR = 81.74\u00a0USD; "
        "declared value 120\u00a0USD; estimate 81.74\u00a0USD"
    )


def test_montreal_basis_in_chinese() -> None:
    row = estimate("zh")
    assert row["compensation_basis"] == (
        "蒙特利尔公约：26\u00a0SDR/千克 × 2.4\u00a0千克 × 1.31\u00a0USD/SDR = 81.74\u00a0USD（SDR 即特别提款权）；申报价值 120\u00a0USD；估算 81.74\u00a0USD"
    )


def test_declared_value_below_the_limit_is_the_estimate() -> None:
    row = estimate(declared_value=50.0)
    assert row["estimated_compensation"] == 50.0
    assert row["compensation_basis"].endswith("declared value 50\u00a0USD; estimate 50\u00a0USD")


def test_insured_parcel_is_estimated_at_its_insured_value() -> None:
    row = estimate(carrier="UPS", mode="express", declared_value=250.0, insured_value=300.0)
    assert (row["estimated_compensation"], row["compensation_currency"]) == (300.0, "USD")
    assert row["claim_channel"] == "insurer"
    assert row["limit_rule"] is None
    assert row["compensation_basis"].startswith("insured value 300\u00a0USD; estimate 300\u00a0USD")


def test_ups_default_liability_caps_a_higher_declared_value() -> None:
    row = estimate(carrier="UPS", mode="express", declared_value=250.0)
    assert row["estimated_compensation"] == 100.0
    assert row["limit_rule"] == "ups"
    assert row["compensation_basis"] == "UPS: 100\u00a0USD per package; declared value 250\u00a0USD; estimate 100\u00a0USD"


def test_ups_declared_value_below_100_is_paid_in_full() -> None:
    assert estimate(carrier="UPS", mode="express", declared_value=80.0)["estimated_compensation"] == 80.0


def test_fedex_default_liability() -> None:
    row = estimate(carrier="FedEx", mode="express", declared_value=400.0)
    assert (row["estimated_compensation"], row["limit_rule"]) == (100.0, "fedex")


def test_dhl_express_has_no_own_limit_so_montreal_applies() -> None:
    row = estimate(carrier="DHL Express", mode="express", weight_kg=1.0, declared_value=200.0)
    assert (row["claim_basis_rule"], row["limit_rule"]) == ("dhl_express", "montreal")
    assert row["estimated_compensation"] == 34.06  # 26 × 1 × 1.31


def test_hague_visby_per_package_beats_per_kg_for_a_light_parcel() -> None:
    row = estimate(carrier="COSCO", mode="sea", dest_country="DE", weight_kg=20.0, declared_value=1000.0)
    assert row["estimated_compensation"] == 873.34  # max(666.67, 2 × 20 = 40) SDR × 1.31
    assert row["compensation_basis"] == (
        "Hague-Visby Rules: max(666.67\u00a0SDR per package, 2\u00a0SDR/kg × 20\u00a0kg = 40\u00a0SDR) × 1.31\u00a0USD/SDR = 873.34\u00a0USD; "
        "declared value 1000\u00a0USD; estimate 873.34\u00a0USD"
    )


def test_hague_visby_per_kg_beats_per_package_for_a_heavy_parcel() -> None:
    row = estimate(carrier="COSCO", mode="sea", dest_country="DE", weight_kg=500.0, declared_value=5000.0)
    assert row["estimated_compensation"] == 1310.0  # 2 × 500 = 1000 SDR > 666.67 SDR


def test_hague_visby_without_weight_counts_the_package_limit_and_says_so() -> None:
    row = estimate(carrier="COSCO", mode="sea", dest_country="DE", weight_kg=None, declared_value=5000.0)
    assert row["estimated_compensation"] == 873.34
    assert "weight missing" in row["compensation_basis"]


def test_us_cogsa_applies_to_sea_freight_to_the_us() -> None:
    row = estimate(carrier="COSCO", mode="sea", weight_kg=300.0, declared_value=800.0)
    assert (row["limit_rule"], row["estimated_compensation"]) == ("cogsa", 500.0)


def test_cmr_road_limit() -> None:
    row = estimate(
        carrier="DPD", mode="road", origin_country="DE", dest_country="FR", weight_kg=10.0, declared_value=500.0
    )
    assert (row["limit_rule"], row["estimated_compensation"]) == ("cmr", 109.12)  # 8.33 × 10 × 1.31 = 109.123


def test_cotif_cim_rail_limit() -> None:
    row = estimate(
        carrier="China Railway Express", mode="rail", dest_country="DE", weight_kg=10.0, declared_value=1000.0
    )
    assert (row["limit_rule"], row["estimated_compensation"]) == ("cotif_cim", 222.7)  # 17 × 10 × 1.31


def test_upu_registered_item_limit() -> None:
    row = estimate(carrier="China Post", mode="postal", declared_value=100.0)
    assert (row["limit_rule"], row["estimated_compensation"]) == ("upu", 39.3)  # 30 SDR × 1.31
    assert row["compensation_basis"].startswith("UPU registered item: 30\u00a0SDR per package × 1.31\u00a0USD/SDR = 39.30\u00a0USD")


@pytest.mark.parametrize("weight", [None, 0.0, -2.0, float("nan")])
def test_unusable_weight_falls_back_to_the_declared_value(weight: float | None) -> None:
    row = estimate(weight_kg=weight)
    assert (row["estimated_compensation"], row["compensation_currency"]) == (120.0, "USD")
    assert "the weight is missing" in row["compensation_basis"]
    assert row["compensation_basis"].endswith(
        "estimate 120\u00a0USD, the declared value (an upper bound; add the weight to apply the limit)"
    )


@pytest.mark.parametrize("value", [None, 0.0, -5.0, float("nan")])
def test_unusable_value_falls_back_to_the_limit(value: float | None) -> None:
    row = estimate(declared_value=value)
    assert row["estimated_compensation"] == 81.74
    assert "declared value missing" in row["compensation_basis"]


def test_no_weight_and_no_value_gives_no_estimate_and_says_what_to_add() -> None:
    row = estimate(weight_kg=0.0, declared_value=None)
    assert math.isnan(row["estimated_compensation"])
    assert row["compensation_currency"] is None
    assert row["compensation_basis"].endswith("no estimate: add the weight and the declared value")


def test_domestic_parcel_without_carrier_limit_is_estimated_at_declared_value() -> None:
    row = estimate(carrier="Local Express", mode="road", origin_country="US", dest_country="US")
    assert (row["limit_rule"], row["estimated_compensation"]) == (None, 120.0)
    assert row["compensation_basis"] == (
        "No liability limit on file for Local Express (road); declared value 120\u00a0USD; estimate 120\u00a0USD"
    )


def test_no_limit_and_no_value_gives_no_estimate() -> None:
    row = estimate(carrier="Local Express", mode="road", origin_country="US", dest_country="US", declared_value=None)
    assert math.isnan(row["estimated_compensation"])
    assert row["compensation_basis"].endswith("no estimate: add the declared value")


def test_declared_value_in_another_currency_is_compared_through_the_stored_rate() -> None:
    cheaper = estimate(declared_value=500.0, currency="CNY")  # 500 × 0.1381 = 69.05 USD < 81.74 USD
    assert (cheaper["estimated_compensation"], cheaper["compensation_currency"]) == (500.0, "CNY")
    assert "declared value 500\u00a0CNY = 69.05\u00a0USD at 0.1381\u00a0USD/CNY (rates of 2024-11-29)" in cheaper["compensation_basis"]
    dearer = estimate(declared_value=1000.0, currency="cny")  # 138.10 USD > 81.74 USD
    assert (dearer["estimated_compensation"], dearer["compensation_currency"]) == (81.74, "USD")


def test_currency_without_a_rate_is_never_mixed_in() -> None:
    row = estimate(declared_value=1000.0, currency="XYZ")
    assert (row["estimated_compensation"], row["compensation_currency"]) == (81.74, "USD")
    assert "no XYZ/USD exchange rate in the settings" in row["compensation_basis"]
    assert row["compensation_basis"].endswith("the liability limit (an upper bound)")


def test_missing_currency_is_never_assumed() -> None:
    row = estimate(declared_value=50.0, currency=None)
    assert (row["estimated_compensation"], row["compensation_currency"]) == (81.74, "USD")
    assert "declared value 50 has no currency" in row["compensation_basis"]


def test_insured_value_without_currency_keeps_the_currency_unknown() -> None:
    row = estimate(insured_value=300.0, currency=None)
    assert (row["estimated_compensation"], row["compensation_currency"]) == (300.0, None)
    assert row["compensation_basis"] == "insured value 300 with no currency (add it); estimate 300"


def test_damage_estimate_notes_that_only_the_loss_in_value_is_paid() -> None:
    row = estimate(outcome="damaged", delivered_date=pd.Timestamp("2024-11-20"))
    assert row["estimated_compensation"] == 81.74
    assert row["compensation_basis"].endswith("for damage, only the loss in value is paid, up to this estimate")


def test_edited_sdr_rate_changes_the_estimate() -> None:
    frame = estimate_claims(pd.DataFrame([parcel()]), AS_OF, replace(default_rules(), sdr_usd=1.35), "en")
    assert frame.iloc[0]["estimated_compensation"] == 84.24  # 26 × 2.4 × 1.35


def test_money_rounds_half_up_and_prints_cents_only_when_present() -> None:
    assert [round_money(x) for x in (81.744, 0.125, 2.675, 873.3377)] == [81.74, 0.13, 2.68, 873.34]
    assert [fmt_money(x) for x in (120.0, 81.7, 39.3, 0.004)] == ["120", "81.70", "39.30", "0"]


def _usps(lang: str = "en", **overrides: Any) -> dict[str, Any]:
    values = {"carrier": "USPS", "mode": "postal", "origin_country": "US", "dest_country": "US",
              "declared_value": 250.0, **overrides}
    return estimate(lang, **values)


@pytest.mark.parametrize(("service", "declared", "expected"), [
    ("USPS Ground Advantage", 250.0, 100.0), ("Priority Mail", 60.0, 60.0), ("Priority Mail Express", 250.0, 100.0),
])
def test_uninsured_usps_parcel_is_paid_up_to_the_insurance_its_service_includes(
        service: str, declared: float, expected: float) -> None:
    row = _usps(service=service, declared_value=declared)
    assert (row["limit_rule"], row["estimated_compensation"], row["compensation_currency"]) == ("usps", expected, "USD")
    assert row["compensation_basis"] == (
        f"USPS pays only for insured mail; {service} includes insurance of up to 100\u00a0USD per package; "
        f"declared value {declared:g}\u00a0USD; estimate {expected:g}\u00a0USD"
    )


def test_uninsured_usps_parcel_of_a_service_without_insurance_is_paid_nothing() -> None:
    # Until 2023 First-Class Package Service, like Media Mail or Parcel Select, included no insurance:
    # the seller saw "No liability limit on file for USPS; estimate 250 USD" and expected that much.
    row = _usps(service="First-Class Package Service")
    assert (row["limit_rule"], row["estimated_compensation"], row["compensation_currency"]) == ("usps", 0.0, "USD")
    assert row["compensation_basis"] == (
        "USPS pays only for insured mail; First-Class Package Service includes no insurance and none is on "
        "file for this parcel: estimate 0\u00a0USD (if you bought USPS insurance, add the insured value)"
    )
    damaged = _usps(service="Media Mail", outcome="damaged", delivered_date=pd.Timestamp("2024-11-20"))
    assert damaged["estimated_compensation"] == 0.0 and "loss in value" not in damaged["compensation_basis"]


def test_uninsured_usps_parcel_of_unknown_service_gets_the_included_insurance_as_an_upper_bound() -> None:
    row = _usps(service=None)
    assert (row["limit_rule"], row["estimated_compensation"], row["compensation_currency"]) == ("usps", 100.0, "USD")
    assert row["compensation_basis"] == (
        "USPS pays only for insured mail; Priority Mail Express, Priority Mail, Ground Advantage include "
        "insurance of up to 100\u00a0USD per package, other services none, and this parcel's service is not known; "
        "declared value 250\u00a0USD; estimate 100\u00a0USD; an upper bound: nothing is paid if the service included no "
        "insurance"
    )
    zh = _usps("zh", service=None)
    assert zh["estimated_compensation"] == 100.0 and "上限" in zh["compensation_basis"]


def test_usps_insured_and_international_parcels_keep_their_basis() -> None:
    insured = _usps(service="First-Class Package Service", insured_value=200.0)
    assert (insured["limit_rule"], insured["estimated_compensation"]) == (None, 200.0)
    abroad = _usps(service="First-Class Package International Service", dest_country="CA")
    assert (abroad["limit_rule"], abroad["estimated_compensation"]) == ("upu", 39.3)


def test_uninsured_usps_parcel_of_a_service_not_on_file_gets_the_included_insurance_as_an_upper_bound() -> None:
    row = _usps(service="Standard Shipping")
    assert row["estimated_compensation"] == 100.0
    assert row["compensation_basis"].startswith(
        "USPS pays only for insured mail; Priority Mail Express, Priority Mail, Ground Advantage include insurance of "
        "up to 100\u00a0USD per package, other services none, and “Standard Shipping” is not a service on file; "
    )
    assert row["compensation_basis"].endswith("an upper bound: nothing is paid if the service included no insurance")
