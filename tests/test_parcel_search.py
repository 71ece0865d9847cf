"""Searching any parcel by tracking number or order id, and one parcel's report."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from lossanalytics.analytics.parcel_search import find_parcels, normalise_query, parcel_report
from lossanalytics.analytics.thresholds import DetectionSettings
from lossanalytics.claims.records import upsert_claim
from lossanalytics.importing import import_file
from lossanalytics.storage.db import Database

AS_OF = date(2026, 11, 30)
HOSTILE = "=HYPERLINK('http://x.invalid')<script>x</script>[a](http://x.invalid)"
TRACKING = (
    "Tracking Number,Carrier,Service,Mode,Origin Country,Destination Country,Ship Date,Status,Last Event Time,"
    "Last Event,Delivered Date,Order Value,Currency,Weight (kg),Order ID\n"
    "YT2400000001,YunExpress,Standard,postal,CN,DE,2026-10-01,Delivered,2026-10-12 09:00,Delivered,2026-10-12 09:00,"
    "40.50,EUR,0.4,113-1111111-0000001\n"
    "YT2400000002,YunExpress,Standard,postal,CN,DE,2026-08-01,In Transit,2026-08-03 08:00,Departed facility,,"
    "19.90,EUR,0.3,113-1111111-0000002\n"
    "YT24000000021,YunExpress,Standard,postal,,DE,2026-10-02,In Transit,2026-10-03 08:00,Accepted,,"
    "12,EUR,0.2,113-1111111-0000003\n"
    f"ZZ9000000001,\"{HOSTILE}\",\"{HOSTILE}\",express,CN,US,2026-11-01,In Transit,2026-11-02 10:00,"
    f"\"{HOSTILE}\",,99,USD,1.5,\"{HOSTILE}\"\n"
    "LATE00000001,UPS,Ground,road,US,US,2026-12-10,In Transit,2026-12-10 10:00,Label created,,5,USD,1,ORDER-LATE\n"
)
EVENTS = (
    "Tracking Number,Event Time,Status,Location,Description\n"
    "YT2400000001,2026-10-01 08:00,Info Received,\"Shenzhen, CN\",Label created\n"
    "YT2400000001,2026-10-12 09:00,Delivered,\"Berlin, DE\",Delivered\n"
)


@pytest.fixture
def loaded(db: Database, tmp_path: Path) -> Database:
    """Five parcels from one tracking export, scans for one of them from an events export."""
    for name, text in (("tracking.csv", TRACKING), ("events.csv", EVENTS)):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        assert import_file(db, path).outcome == "imported"
    return db


def numbers(found: pd.DataFrame) -> list[tuple[str, str]]:
    return list(zip(found["tracking_number"], found["match"]))


def report(db: Database, number: str):
    return parcel_report(db, number, AS_OF, DetectionSettings(), "en")


@pytest.mark.parametrize(("text", "needle"), [
    ("  yt24 000\t00001 ", "YT2400000001"),
    ("113-1111111-0000001", "113-1111111-0000001"),
    ("", ""),
    (None, ""),
])
def test_query_loses_whitespace_and_case(text: str | None, needle: str) -> None:
    assert normalise_query(text) == needle


def test_exact_tracking_number_comes_before_longer_numbers_that_start_with_it(loaded: Database) -> None:
    found = find_parcels(loaded, " yt2400000002 ")
    assert numbers(found.parcels) == [("YT2400000002", "exact"), ("YT24000000021", "prefix")]
    assert (found.total, found.more, found.single) == (2, 0, "YT2400000002")


def test_prefix_lists_every_parcel_that_starts_with_it_in_order(loaded: Database) -> None:
    found = find_parcels(loaded, "yt24")
    assert numbers(found.parcels) == [("YT2400000001", "prefix"), ("YT2400000002", "prefix"),
                                      ("YT24000000021", "prefix")]
    assert (found.total, found.single) == (3, None)


def test_limit_keeps_the_best_and_counts_the_rest(loaded: Database) -> None:
    found = find_parcels(loaded, "0000", limit=2)
    assert numbers(found.parcels) == [("LATE00000001", "contains"), ("YT2400000001", "contains")]
    assert (found.total, found.more) == (5, 3)


def test_order_id_finds_its_parcel_exactly_or_in_part(loaded: Database) -> None:
    exact = find_parcels(loaded, "113-1111111-0000003")
    assert numbers(exact.parcels) == [("YT24000000021", "exact")]
    assert exact.single == "YT24000000021"
    part = find_parcels(loaded, "order-l")
    assert numbers(part.parcels) == [("LATE00000001", "prefix")]
    inside = find_parcels(loaded, "1111-00000")
    assert numbers(inside.parcels) == [("YT2400000001", "contains"), ("YT2400000002", "contains"),
                                       ("YT24000000021", "contains")]


def test_no_match_and_empty_query_find_nothing(loaded: Database) -> None:
    for text in ("NOPE123", "   ", "%", "_"):
        found = find_parcels(loaded, text)
        assert (len(found.parcels), found.total, found.single) == (0, 0, None)


def test_hostile_text_is_a_plain_search_value(loaded: Database) -> None:
    """Quotes, brackets and SQL-looking text are bound values: they match the parcel whose
    order id holds them, and nothing else."""
    assert numbers(find_parcels(loaded, HOSTILE).parcels) == [("ZZ9000000001", "exact")]
    assert numbers(find_parcels(loaded, "<SCRIPT>X").parcels) == [("ZZ9000000001", "contains")]
    assert find_parcels(loaded, "' OR 1=1 --").total == 0
    hostile = report(loaded, "ZZ9000000001")
    assert (hostile.facts["carrier"], hostile.facts["service"], hostile.facts["order_id"]) == (HOSTILE,) * 3
    assert hostile.timeline["description"].tolist() == [HOSTILE]


def test_delivered_parcel_with_scans(loaded: Database) -> None:
    found = report(loaded, "YT2400000001")
    facts = found.facts
    assert (facts["carrier"], facts["service"], facts["mode"], facts["mode_source"]) == (
        "YunExpress", "Standard", "postal", "column")
    assert (facts["origin_country"], facts["dest_country"], facts["declared_value"], facts["currency"],
            facts["weight_kg"]) == ("CN", "DE", 40.5, "EUR", 0.4)
    assert facts["ship_date"] == pd.Timestamp("2026-10-01")
    assert (facts["status_source"], facts["status_evidence"]) == ("event_text", "Delivered")
    assert (found.outcome, found.risk, found.reasons, found.last_event_only, found.claim) == (
        "delivered", None, "", False, None)
    assert found.timeline[["event_time", "status", "location", "description"]].values.tolist() == [
        [pd.Timestamp("2026-10-01 08:00"), "info_received", "Shenzhen, CN", "Label created"],
        [pd.Timestamp("2026-10-12 09:00"), "delivered", "Berlin, DE", "Delivered"],
    ]
    assert found.sources[["file_name", "kind", "held"]].values.tolist() == [
        ["tracking.csv", "tracking", "parcel"], ["events.csv", "events", "parcel"],
        ["events.csv", "events", "events"],
    ]
    assert [list(rows) for rows in found.sources["source_rows"]] == [[2], [3], [2, 3]]


def test_parcel_with_only_a_last_event_has_it_as_its_timeline(loaded: Database) -> None:
    found = report(loaded, "YT2400000002")
    assert found.last_event_only is True
    assert found.timeline.to_dict("records") == [{
        "event_time": pd.Timestamp("2026-08-03 08:00"), "status": "in_transit", "status_raw": "In Transit",
        "location": None, "description": "Departed facility",
    }]


def test_suspected_parcel_says_why_and_as_of_which_day(loaded: Database) -> None:
    found = report(loaded, "YT2400000002")
    assert (found.outcome, found.risk) == ("suspected_lost", 100)
    assert found.reasons == (
        "no scan for 119 days; Postal parcels should scan at least every 15 days; "
        "shipped 121 days ago; Postal parcels should arrive within 45 days"
    )
    earlier = parcel_report(loaded, "YT2400000002", date(2026, 8, 10), DetectionSettings(), "en")
    assert (earlier.outcome, earlier.reasons) == ("in_transit", "")


def test_parcel_shipped_after_the_date_has_no_outcome_yet(loaded: Database) -> None:
    found = report(loaded, "LATE00000001")
    assert (found.outcome, found.risk, found.reasons) == (None, None, "")
    assert found.facts["order_id"] == "ORDER-LATE"


def test_parcel_with_a_claim_shows_it(loaded: Database) -> None:
    upsert_claim(loaded, "YT2400000002", status="filed", amount_claimed=19.9, currency="EUR",
                 today=date(2026, 11, 20))
    claim = report(loaded, "YT2400000002").claim
    assert claim == {
        "status": "filed", "reported_on": None, "filed_on": date(2026, 11, 20), "resolved_on": None,
        "amount_claimed": 19.9, "amount_recovered": None, "currency": "EUR",
    }


def test_unknown_tracking_number_has_no_report(loaded: Database) -> None:
    assert report(loaded, "YT24") is None
