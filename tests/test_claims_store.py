"""Claim statuses persisted per parcel, their transitions, and the recovery report."""

from __future__ import annotations

import math
from datetime import date

import pytest

from lossanalytics.claims.records import (
    STATUSES,
    ClaimError,
    can_move,
    get_claims,
    recovery_report,
    upsert_claim,
    upsert_claims,
)
from lossanalytics.storage.db import Database

DAY = date(2024, 12, 2)


@pytest.fixture
def db() -> Database:
    return Database(":memory:")


def add_parcel(db: Database, tracking_number: str, carrier: str) -> None:
    db.execute(
        "INSERT INTO merged_parcels (tracking_number, carrier, mode, status, import_id, source_row) VALUES (?, ?, ?, ?, ?, ?)",
        [tracking_number, carrier, "express", "lost", 1, 1],
    )


@pytest.mark.parametrize(
    ("current", "new", "allowed"),
    [
        ("to_report", "reported", True),
        ("to_report", "filed", True),  # skipping ahead is fine
        ("reported", "compensated", True),  # a marketplace may pay before anything is filed
        ("investigating", "rejected", True),
        ("filed", "filed", True),  # staying put lets other fields be edited
        ("filed", "reported", False),
        ("investigating", "documents_ready", False),
        ("rejected", "appealed", True),
        ("appealed", "compensated", True),
        ("appealed", "rejected", True),
        ("compensated", "appealed", False),
        ("compensated", "rejected", False),
        ("rejected", "compensated", False),
        ("to_report", "appealed", False),
    ],
)
def test_transitions(current: str, new: str, allowed: bool) -> None:
    assert can_move(current, new) is allowed


def test_every_status_can_stay_put() -> None:
    assert all(can_move(status, status) for status in STATUSES)


def test_new_claim_starts_to_report(db: Database) -> None:
    row = upsert_claim(db, " T1 ", today=DAY)
    assert row["tracking_number"] == "T1"
    assert row["status"] == "to_report"
    assert row["steps_done"] == []


def test_round_trip_with_dates_amounts_steps_and_notes(db: Database) -> None:
    upsert_claim(db, "T1", status="reported", today=DAY)
    upsert_claim(
        db, "T1", status="filed", amount_claimed="81.74", currency="usd",
        steps_done=["report", "track", "file", "track"], notes="Case 12345", today=date(2024, 12, 5),
    )
    claims = get_claims(db)
    assert len(claims) == 1
    row = claims.iloc[0]
    assert (row["status"], row["reported_on"], row["filed_on"]) == ("filed", DAY, date(2024, 12, 5))
    assert (row["amount_claimed"], row["currency"], row["notes"]) == (81.74, "USD", "Case 12345")
    assert row["steps_done"] == ["track", "report", "file"]  # process order, no repeats
    assert math.isnan(row["amount_recovered"])


def test_explicit_dates_win_over_automatic_ones(db: Database) -> None:
    row = upsert_claim(db, "T1", status="reported", reported_on="2024-11-20", today=DAY)
    assert row["reported_on"] == date(2024, 11, 20)


def test_rejection_appeal_and_final_payment(db: Database) -> None:
    upsert_claim(db, "T1", status="filed", amount_claimed=100, currency="USD", today=date(2024, 12, 1))
    assert upsert_claim(db, "T1", status="rejected", today=date(2024, 12, 10))["resolved_on"] == date(2024, 12, 10)
    upsert_claim(db, "T1", status="appealed", today=date(2024, 12, 11))
    final = upsert_claim(db, "T1", status="compensated", amount_recovered=100, today=date(2025, 1, 15))
    assert (final["status"], final["resolved_on"]) == ("compensated", date(2025, 1, 15))
    assert final["amount_recovered"] == 100.0
    with pytest.raises(ClaimError, match="cannot go from compensated to appealed"):
        upsert_claim(db, "T1", status="appealed", today=DAY)


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"status": "lost"}, "unknown claim status"),
        ({"amount_claimed": -1}, "zero or more"),
        ({"amount_recovered": "lots"}, "must be a number"),
        ({"currency": "dollars"}, "three-letter code"),
        ({"steps_done": ["pray"]}, "unknown process steps"),
        ({"filed_on": "yesterday"}, "date like"),
        ({"colour": "red"}, "no field colour"),
    ],
)
def test_bad_updates_are_refused_and_write_nothing(db: Database, fields: dict[str, object], message: str) -> None:
    upsert_claim(db, "T1", status="reported", notes="kept", today=DAY)
    with pytest.raises(ClaimError, match=f"(?i){message}"):
        upsert_claim(db, "T1", today=DAY, **fields)
    row = get_claims(db).iloc[0]
    assert (row["status"], row["notes"]) == ("reported", "kept")


def test_backward_move_is_refused(db: Database) -> None:
    upsert_claim(db, "T1", status="filed", today=DAY)
    with pytest.raises(ClaimError, match="cannot go from filed to reported"):
        upsert_claim(db, "T1", status="reported", today=DAY)


def test_problems_are_told_in_the_sellers_language(db: Database) -> None:
    with pytest.raises(ClaimError) as raised:
        upsert_claim(db, "T1", amount_claimed=-5, today=DAY)
    assert raised.value.message("zh") == "索赔金额必须大于或等于零（收到 -5）。"
    assert raised.value.message("en") == "The amount claimed must be zero or more (got -5)."
    assert str(raised.value) == raised.value.message("en")


def test_empty_tracking_number_is_refused(db: Database) -> None:
    with pytest.raises(ClaimError, match="tracking number"):
        upsert_claim(db, "  ", today=DAY)


def test_several_updates_are_all_or_nothing(db: Database) -> None:
    upsert_claims(db, {"A": {"status": "reported"}, "B": {"status": "filed"}}, today=DAY)
    assert get_claims(db)["status"].tolist() == ["reported", "filed"]
    with pytest.raises(ClaimError):
        upsert_claims(db, {"A": {"status": "filed"}, "B": {"status": "to_report"}}, today=DAY)
    assert get_claims(db)["status"].tolist() == ["reported", "filed"]


def test_claims_survive_the_parcel_being_imported_again(db: Database) -> None:
    add_parcel(db, "T1", "UPS")
    upsert_claim(db, "T1", status="filed", amount_claimed=100, currency="USD", today=DAY)
    db.execute("DELETE FROM merged_parcels WHERE tracking_number = ?", ["T1"])
    add_parcel(db, "T1", "UPS")
    assert get_claims(db).iloc[0]["status"] == "filed"


def test_recovery_report_by_carrier_and_month(db: Database) -> None:
    for number, carrier in [("U1", "UPS"), ("U2", "UPS"), ("U3", "UPS"), ("F1", "FedEx"), ("F2", "FedEx")]:
        add_parcel(db, number, carrier)
    upsert_claim(db, "U1", status="filed", filed_on="2024-11-05", amount_claimed=100, currency="USD", today=DAY)
    upsert_claim(db, "U1", status="compensated", amount_recovered=90, resolved_on="2024-11-30", today=DAY)
    upsert_claim(db, "U2", status="filed", filed_on="2024-11-20", amount_claimed=50, currency="USD", today=DAY)
    upsert_claim(db, "U2", status="rejected", resolved_on="2024-12-01", today=DAY)
    upsert_claim(db, "U3", status="filed", filed_on="2024-12-10", amount_claimed=81.74, currency="USD", today=DAY)
    upsert_claim(db, "F1", status="reported", reported_on="2024-12-05", amount_claimed=40, currency="EUR", today=DAY)
    upsert_claim(db, "F2", status="filed", filed_on="2025-02-01", amount_claimed=10, currency="USD", today=DAY)

    report = recovery_report(db, date(2024, 12, 31))
    records = report.to_dict("records")
    assert [(r["carrier"], r["month"], r["currency"]) for r in records] == [
        ("FedEx", "2024-12", "EUR"),
        ("UPS", "2024-11", "USD"),
        ("UPS", "2024-12", "USD"),
    ]
    fedex, ups_nov, ups_dec = records
    assert (fedex["claims"], fedex["open"], fedex["amount_open"], fedex["oldest_open_days"]) == (1, 1, 40.0, 26)
    assert math.isnan(fedex["recovery_rate"])
    assert (ups_nov["claims"], ups_nov["compensated"], ups_nov["rejected"], ups_nov["open"]) == (2, 1, 1, 0)
    assert (ups_nov["amount_claimed"], ups_nov["amount_recovered"], ups_nov["amount_rejected"]) == (150.0, 90.0, 50.0)
    assert ups_nov["recovery_rate"] == pytest.approx(0.6)
    assert (ups_dec["open"], ups_dec["amount_open"], ups_dec["oldest_open_days"]) == (1, 81.74, 21)

    by_carrier = recovery_report(db, date(2024, 12, 31), by=["carrier"]).to_dict("records")
    assert [(r["carrier"], r["currency"], r["claims"]) for r in by_carrier] == [("FedEx", "EUR", 1), ("UPS", "USD", 3)]


def test_recovery_report_refuses_unknown_groupings(db: Database) -> None:
    with pytest.raises(ValueError):
        recovery_report(db, DAY, by=["carrier; DROP TABLE claims"])
    with pytest.raises(ValueError):
        recovery_report(db, DAY, by=[])
