"""Claim deadlines, days left, channels and the shape of estimate_claims' output.

Fixed dates throughout: as of 2024-12-01, shipped 2024-11-01, expected 2024-11-15,
last scan 2024-11-05, delivered (damaged parcels) 2024-11-20.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

import pandas as pd
import pytest

from lossanalytics.claims.deadlines import add_months
from lossanalytics.claims.estimate import INPUT_COLUMNS, OUTPUT_COLUMNS, estimate_claims
from lossanalytics.claims.rules import default_rules

AS_OF = date(2024, 12, 1)


def parcel(**overrides: Any) -> dict[str, Any]:
    row: dict[str, Any] = {
        "tracking_number": "T1",
        "carrier": "YunExpress",
        "service": "Air line",
        "mode": "air",
        "order_id": "O1",
        "marketplace": None,
        "origin_country": "CN",
        "dest_country": "US",
        "ship_date": pd.Timestamp("2024-11-01 08:30"),
        "estimated_delivery_date": pd.Timestamp("2024-11-15"),
        "delivered_date": pd.NaT,
        "last_event_time": pd.Timestamp("2024-11-05 10:00"),
        "last_event_text": "Departed",
        "status": "in_transit",
        "declared_value": 120.0,
        "currency": "USD",
        "weight_kg": 2.4,
        "insured_value": None,
        "outcome": "lost",
    }
    row.update(overrides)
    if row["outcome"] == "damaged" and "delivered_date" not in overrides:
        row["delivered_date"] = pd.Timestamp("2024-11-20 16:00")
    return row


def estimate(**overrides: Any) -> dict[str, Any]:
    return estimate_claims(pd.DataFrame([parcel(**overrides)]), AS_OF, default_rules()).iloc[0].to_dict()


# (carrier, mode, origin, dest, outcome, rule, opens, deadline, days_left)
DEADLINES = [
    ("YunExpress", "air", "CN", "US", "lost", "montreal", date(2024, 11, 1), date(2025, 3, 1), 90),
    ("YunExpress", "air", "CN", "US", "damaged", "montreal", date(2024, 11, 20), date(2024, 12, 4), 3),
    ("UPS", "express", "CN", "US", "lost", "ups", date(2024, 11, 15), date(2025, 1, 14), 44),
    ("UPS", "express", "CN", "US", "damaged", "ups", date(2024, 11, 20), date(2025, 1, 19), 49),
    ("FedEx", "express", "CN", "US", "lost", "fedex", date(2024, 11, 1), date(2025, 8, 1), 243),
    ("FedEx", "express", "CN", "US", "damaged", "fedex", date(2024, 11, 20), date(2024, 12, 11), 10),
    ("DHL Express", "express", "CN", "DE", "suspected_lost", "dhl_express", date(2024, 11, 1), date(2024, 12, 1), 0),
    ("USPS", "postal", "US", "US", "lost", "usps", date(2024, 11, 16), date(2024, 12, 31), 30),
    ("USPS", "postal", "US", "US", "damaged", "usps", date(2024, 11, 1), date(2024, 12, 31), 30),
    ("Amazon Logistics", "express", "US", "US", "lost", "amazon_fba", date(2024, 11, 5), date(2025, 1, 4), 34),
    ("COSCO", "sea", "CN", "DE", "lost", "hague_visby", date(2024, 11, 15), date(2025, 11, 15), 349),
    ("COSCO", "sea", "CN", "US", "lost", "cogsa", date(2024, 11, 15), date(2025, 11, 15), 349),
    ("COSCO", "sea", "CN", "DE", "damaged", "hague_visby", date(2024, 11, 20), date(2025, 11, 20), 354),
    ("DPD", "road", "DE", "FR", "lost", "cmr", date(2024, 12, 15), date(2025, 12, 15), 379),
    ("DPD", "road", "DE", "FR", "damaged", "cmr", date(2024, 11, 20), date(2025, 11, 20), 354),
    ("China Railway Express", "rail", "CN", "DE", "lost", "cotif_cim", date(2024, 12, 15), date(2025, 12, 15), 379),
    ("China Railway Express", "rail", "CN", "DE", "damaged", "cotif_cim", date(2024, 11, 20), date(2024, 11, 27), -4),
    ("China Post", "postal", "CN", "US", "suspected_lost", "upu", date(2024, 11, 1), date(2025, 5, 1), 151),
]


@pytest.mark.parametrize(
    ("carrier", "mode", "origin", "dest", "outcome", "rule", "opens", "deadline", "days_left"), DEADLINES
)
def test_deadline_per_rule(
    carrier: str, mode: str, origin: str, dest: str, outcome: str,
    rule: str, opens: date, deadline: date, days_left: int,
) -> None:
    row = estimate(carrier=carrier, mode=mode, origin_country=origin, dest_country=dest, outcome=outcome)
    assert row["claim_basis_rule"] == rule
    assert (row["claim_opens"], row["claim_deadline"], row["days_left"]) == (opens, deadline, days_left)


def test_deadline_basis_explains_every_window_and_its_start() -> None:
    row = estimate(carrier="UPS", mode="express")
    assert row["deadline_basis"] == (
        "UPS: report the loss by 2025-01-14 (60 days after the expected delivery date, 2024-11-15); "
        "file the written claim by 2025-08-15 (9 months after the expected delivery date, 2024-11-15)"
    )


def test_missing_expected_date_falls_back_to_the_ship_date_and_says_so() -> None:
    row = estimate(carrier="UPS", mode="express", estimated_delivery_date=pd.NaT)
    assert (row["claim_deadline"], row["days_left"]) == (date(2024, 12, 31), 30)
    assert "the expected delivery date is unknown, so counted from the ship date" in row["deadline_basis"]


def test_cmr_presumed_loss_without_agreed_date_counts_60_days_after_taking_over() -> None:
    row = estimate(carrier="DPD", mode="road", origin_country="DE", dest_country="FR", estimated_delivery_date=None)
    assert row["claim_opens"] == date(2024, 12, 31)
    assert (row["claim_deadline"], row["days_left"]) == (date(2025, 12, 31), 395)
    assert "which is 60 days after the ship date, 2024-11-01" in row["deadline_basis"]


def test_usps_window_opens_15_days_after_mailing() -> None:
    row = estimate(carrier="USPS", mode="postal", origin_country="US", dest_country="US")
    assert "from 2024-11-16 to 2024-12-31 (15 days to 60 days after the ship date, 2024-11-01)" in row["deadline_basis"]


def test_undatable_deadline_says_which_date_to_add() -> None:
    row = estimate(ship_date=None)
    assert row["claim_deadline"] is None and pd.isna(row["days_left"])
    assert row["deadline_basis"] == (
        "Montreal Convention: send written notice: cannot be dated without the ship date; add it"
    )


def test_no_rule_at_all_gives_no_deadline_and_advice() -> None:
    row = estimate(carrier="Local Express", mode="road", origin_country="US", dest_country="US")
    assert row["claim_basis_rule"] is None and row["claim_deadline"] is None
    assert row["deadline_basis"] == (
        "No claim window on file for Local Express (road); contact the carrier as soon as possible"
    )


def test_no_rule_on_a_parcel_older_than_every_window_on_file_says_the_deadline_has_passed() -> None:
    # A local carrier with no rule, its parcel's newest date (the last scan) in 2019: even the longest
    # window on file (CMR, a year after the 60 days from taking over) would have closed long ago.
    rows = pd.DataFrame([parcel(tracking_number="OLD", carrier="Local Express", mode="road", origin_country="US",
                                dest_country="US", ship_date=pd.Timestamp("2019-03-01"),
                                estimated_delivery_date=pd.NaT, last_event_time=pd.Timestamp("2019-03-04 09:00")),
                         parcel(tracking_number="NEW", carrier="Local Express", mode="road", origin_country="US",
                                dest_country="US", ship_date=pd.Timestamp("2024-11-20"),
                                estimated_delivery_date=pd.NaT, last_event_time=pd.Timestamp("2024-11-22"))])
    old, new = estimate_claims(rows, AS_OF, default_rules()).to_dict("records")
    assert old["claim_basis_rule"] is None
    assert old["claim_deadline"] == date(2020, 5, 3) and old["days_left"] == -1673
    assert old["deadline_basis"] == (
        "No claim window on file for Local Express (road); even the longest window on file (CMR Convention) "
        "would have closed on 2020-05-03, counted from this parcel's newest date, 2019-03-04: the deadline has "
        "almost certainly passed; ask the carrier whether it still accepts a late claim"
    )
    zh = estimate_claims(rows.iloc[:1], AS_OF, default_rules(), "zh").iloc[0]["deadline_basis"]
    assert "2020-05-03" in zh and "2019-03-04" in zh and "几乎肯定已过" in zh
    # A parcel still within the longest window keeps no deadline and the advice to hurry.
    assert new["claim_deadline"] is None and pd.isna(new["days_left"])
    assert new["deadline_basis"] == (
        "No claim window on file for Local Express (road); contact the carrier as soon as possible"
    )
    # The numbers are the same without the words (what the claim deadlines advice reads).
    bare = estimate_claims(rows, AS_OF, default_rules(), words=False)
    assert bare["claim_deadline"].tolist() == [date(2020, 5, 3), None]


def test_channels() -> None:
    assert estimate()["claim_channel"] == "carrier"
    assert estimate()["claim_where"] == "YunExpress (the carrier)"
    fba = estimate(carrier="Amazon Logistics", mode="express", marketplace="Amazon.com")
    assert fba["claim_channel"] == "marketplace"
    assert fba["claim_where"] == "Amazon.com (the marketplace's seller support)"
    insured = estimate(insured_value=200.0)
    assert insured["claim_channel"] == "insurer"
    assert insured["deadline_basis"].endswith("check your insurance policy for the insurer's own deadline")


def test_an_amazon_logistics_parcel_sold_elsewhere_is_claimed_from_amazon_not_the_other_marketplace() -> None:
    # Amazon's own claim path (FBA reimbursement): an eBay or Shopify order shipped by Amazon Logistics
    # (multi-channel fulfilment) is claimed from Amazon; eBay's seller support cannot pay it.
    for market in ("eBay", "Shopify", None):
        row = estimate(carrier="Amazon Logistics", mode="road", marketplace=market, origin_country="US")
        assert row["claim_channel"] == "marketplace" and row["claim_basis_rule"] == "amazon_fba"
        assert row["claim_where"] == "Amazon Logistics (the marketplace's seller support)", market
    assert estimate(carrier="Amazon Logistics", mode="road", marketplace="Amazon.co.uk",
                    origin_country="US")["claim_where"] == "Amazon.co.uk (the marketplace's seller support)"


def test_amazon_orders_also_list_the_a_to_z_window() -> None:
    row = estimate(carrier="UPS", mode="express", marketplace="Amazon.de")
    assert row["also_claim"] == (
        "Amazon A-to-z Guarantee: the buyer can open an A-to-z claim from 2024-11-18 to 2025-02-13 "
        "(3 days to 90 days after the expected delivery date, 2024-11-15)"
    )
    assert estimate()["also_claim"] == ""


def test_two_marketplace_rules_are_listed_in_the_rules_order() -> None:
    rules = default_rules()
    a_to_z = rules.by_id("amazon_atoz")
    other = replace(a_to_z, id="amazon_other", name_en="Another Amazon path")
    two = replace(rules, rules=(*rules.rules, other))
    rows = pd.DataFrame([parcel(tracking_number=f"T{i}", carrier="UPS", mode="express", marketplace="Amazon.de",
                                estimated_delivery_date=pd.Timestamp(day))
                         for i, day in enumerate(["2024-11-15", "2024-11-16", "2024-11-15"])])
    found = estimate_claims(rows, AS_OF, two)["also_claim"]
    one = estimate_claims(rows, AS_OF, rules)["also_claim"]
    assert found.tolist() == [f"{text}; {text.replace('Amazon A-to-z Guarantee', 'Another Amazon path')}"
                              for text in one]
    assert found[0] is found[2] and found[0] != found[1]


def test_documents_follow_outcome_and_insurance() -> None:
    assert "damage_photos" in estimate(outcome="damaged")["documents"]
    assert "damage_photos" not in estimate()["documents"]
    assert "insurance_policy" in estimate(insured_value=10.0)["documents"]


def test_output_keeps_rows_index_and_input_columns() -> None:
    rows = pd.DataFrame([parcel(tracking_number=f"T{i}") for i in range(3)], index=[10, 20, 30])
    result = estimate_claims(rows, AS_OF, default_rules(), "zh")
    assert list(result.index) == [10, 20, 30]
    assert list(result.columns) == [*rows.columns, *OUTPUT_COLUMNS]
    pd.testing.assert_frame_equal(result[rows.columns], rows)
    assert str(result["days_left"].dtype) == "Int64"
    assert result["claim_where"].iloc[0] == "承运人 云途物流"


def test_empty_input_gives_empty_output_with_the_claim_columns() -> None:
    empty = pd.DataFrame(columns=list(INPUT_COLUMNS))
    result = estimate_claims(empty, AS_OF, default_rules())
    assert result.empty and set(OUTPUT_COLUMNS) <= set(result.columns)


def test_missing_columns_and_unclaimable_outcomes_are_refused() -> None:
    with pytest.raises(ValueError, match="weight_kg"):
        estimate_claims(pd.DataFrame([parcel()]).drop(columns="weight_kg"), AS_OF, default_rules())
    with pytest.raises(ValueError, match="delivered"):
        estimate_claims(pd.DataFrame([parcel(outcome="delivered")]), AS_OF, default_rules())


def test_a_few_thousand_rows_estimate_quickly() -> None:
    rows = pd.DataFrame([parcel(tracking_number=f"T{i}", weight_kg=1 + i % 7) for i in range(3000)])
    result = estimate_claims(rows, AS_OF, default_rules())
    assert result["estimated_compensation"].notna().all()


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (date(2024, 11, 1), 9, date(2025, 8, 1)),
        (date(2024, 8, 31), 6, date(2025, 2, 28)),
        (date(2023, 8, 31), 6, date(2024, 2, 29)),
        (date(2024, 12, 15), 12, date(2025, 12, 15)),
    ],
)
def test_add_months_clamps_to_the_end_of_the_month(start: date, months: int, expected: date) -> None:
    assert add_months(start, months) == expected


def test_as_of_may_be_a_timestamp() -> None:
    frame = estimate_claims(pd.DataFrame([parcel()]), pd.Timestamp("2024-12-01 15:00"), default_rules())
    assert frame.iloc[0]["days_left"] == 90


def test_fedex_damage_within_one_country_gets_the_domestic_60_days_not_the_international_21() -> None:
    # FedEx's terms give 21 days of notice for damage to an international shipment and 60 days for a
    # US domestic one (Express and Ground), both counted from delivery (2024-11-20).
    row = estimate(carrier="FedEx", mode="express", origin_country="US", dest_country="US", outcome="damaged")
    assert (row["claim_basis_rule"], row["claim_deadline"], row["days_left"]) == ("fedex", date(2025, 1, 19), 49)
    assert row["deadline_basis"] == (
        "FedEx (shipments within United States): send written notice by 2025-01-19 "
        "(60 days after the delivery date, 2024-11-20)"
    )
    abroad = estimate(carrier="FedEx", mode="express", origin_country="CN", dest_country="US", outcome="damaged")
    assert abroad["deadline_basis"] == (
        "FedEx (international shipments): send written notice by 2024-12-11 "
        "(21 days after the delivery date, 2024-11-20)"
    )


def test_fedex_damage_on_an_unknown_route_keeps_the_international_window_and_says_so() -> None:
    row = estimate(carrier="FedEx", mode="express", origin_country=None, dest_country="US", outcome="damaged")
    assert (row["claim_deadline"], row["days_left"]) == (date(2024, 12, 11), 10)
    assert row["deadline_basis"] == (
        "FedEx (international shipments): send written notice by 2024-12-11 "
        "(21 days after the delivery date, 2024-11-20) — the origin or destination country is missing, so "
        "the international window is used; within United States: send written notice within 60 days of the "
        "delivery date"
    )
    zh = estimate_claims(pd.DataFrame([parcel(carrier="FedEx", mode="express", origin_country=None,
                                              outcome="damaged")]), AS_OF, default_rules(), "zh").iloc[0]
    assert "国际运输" in zh["deadline_basis"] and "60 天" in zh["deadline_basis"]


def test_fedex_loss_has_one_window_whatever_the_route() -> None:
    home = estimate(carrier="FedEx", mode="express", origin_country="US", dest_country="US")
    assert (home["claim_deadline"], home["deadline_basis"]) == (
        date(2025, 8, 1), "FedEx: file the written claim by 2025-08-01 (9 months after the ship date, 2024-11-01)")


def test_fedex_60_day_damage_notice_is_the_us_terms_other_countries_keep_the_21_days_and_are_told_why() -> None:
    # FedEx's 60 days for domestic damage are from its US Service Guide; a UK-to-UK or DE-to-DE parcel
    # gets the 21-day window, and the text says the seller's local FedEx terms decide.
    home = estimate(carrier="FedEx", mode="express", origin_country="US", dest_country="US", outcome="damaged")
    assert (home["claim_deadline"], home["days_left"]) == (date(2025, 1, 19), 49)
    assert home["deadline_basis"] == (
        "FedEx (shipments within United States): send written notice by 2025-01-19 "
        "(60 days after the delivery date, 2024-11-20)"
    )
    for country in ("GB", "DE"):
        row = estimate(carrier="FedEx", mode="express", origin_country=country, dest_country=country,
                       outcome="damaged")
        assert (row["claim_basis_rule"], row["claim_deadline"], row["days_left"]) == ("fedex", date(2024, 12, 11), 10)
        assert row["deadline_basis"] == (
            "FedEx (shipments within one country other than United States): send written notice by 2024-12-11 "
            "(21 days after the delivery date, 2024-11-20) — FedEx's window within one country (send written "
            "notice within 60 days of the delivery date) is its terms for shipments within United States only; "
            "this parcel gets FedEx's general window, and the FedEx terms of the country it was shipped in decide: "
            "check them"
        )
    zh = estimate_claims(pd.DataFrame([parcel(carrier="FedEx", mode="express", origin_country="GB",
                                              dest_country="GB", outcome="damaged")]), AS_OF, default_rules(),
                         "zh").iloc[0]
    assert zh["claim_deadline"] == date(2024, 12, 11) and "美国以外" in zh["deadline_basis"]
    assert "当地 FedEx 的条款为准" in zh["deadline_basis"]
