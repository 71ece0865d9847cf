"""Lane-aware detection: what each lane learns, every rule, the reasons in words, the risk order."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

import pytest

from lossanalytics.analytics.detect import open_parcels, shipments, suspected
from lossanalytics.analytics.lanes import lane_history
from lossanalytics.analytics.scope import AnalysisScope
from lossanalytics.analytics.thresholds import DetectionSettings
from lossanalytics.storage.db import Database

AS_OF = date(2026, 11, 21)
SCOPE = AnalysisScope(AS_OF, DetectionSettings())
END = datetime(2026, 11, 22)  # the end of the as-of day: "days ago" count from here
COLUMNS = ("tracking_number", "carrier", "mode", "origin_country", "dest_country", "ship_date",
           "estimated_delivery_date", "delivered_date", "last_event_time", "last_event_text", "status",
           "max_scan_gap_days", "import_id", "source_row")


def ago(days: float) -> datetime:
    return END - timedelta(days=days)


def parcel(number: str, carrier: str, mode: str, route: str, shipped: float, last_scan: float | None,
           status: str = "in_transit", text: str = "In transit", delivered: float | None = None,
           gap: float | None = None, edd: float | None = None) -> dict[str, Any]:
    """One parcel, its times given in days before the end of the as-of day."""
    origin, dest = route.split("-")
    return {
        "tracking_number": number, "carrier": carrier, "mode": mode, "origin_country": origin,
        "dest_country": dest, "ship_date": ago(shipped), "estimated_delivery_date": None if edd is None else ago(edd),
        "delivered_date": None if delivered is None else ago(delivered),
        "last_event_time": None if last_scan is None else ago(last_scan), "last_event_text": text,
        "status": status, "max_scan_gap_days": gap, "import_id": 1, "source_row": 0,
    }


def history() -> list[dict[str, Any]]:
    """Twenty delivered parcels on each of three lanes, each lane teaching one thing.

    YunExpress CN→DE (air): scan gaps 18 × 2 days and 2 × 4 days, transit 18 × 10 and
    2 × 12 days → gap p95 = p99 = 4, transit p95 = 12. China Post CN→BR (postal): last
    scans only (no gaps), transit 40 days. UPS CN→US (express): estimated delivery
    dates, 10 parcels a day early (transit 5) and 10 parcels 10 days late (transit 16).
    """
    rows = []
    for i in range(20):
        shipped = 60 + i
        transit = 12 if i >= 18 else 10
        rows.append(parcel(f"YUN-{i}", "YunExpress", "air", "CN-DE", shipped, shipped - transit, "delivered",
                           "Delivered", delivered=shipped - transit, gap=4.0 if i >= 18 else 2.0))
        rows.append(parcel(f"CP-{i}", "China Post", "postal", "CN-BR", 100 + i, 60 + i, "delivered", "Delivered",
                           delivered=60 + i))
        late = i >= 10
        rows.append(parcel(f"UPS-{i}", "UPS", "express", "CN-US", 40 + i, 40 + i - (16 if late else 5),
                           "delivered", "Delivered", delivered=40 + i - (16 if late else 5), edd=40 + i - 6))
    return rows


OPEN = [
    parcel("A-STALLED", "YunExpress", "air", "CN-DE", 8, 6),            # 6 days silent > 5 learned (air default 10)
    parcel("A-QUIET", "YunExpress", "air", "CN-DE", 8, 4.5),            # 4.5 days: within the lane's 5
    parcel("A-OVERDUE", "YunExpress", "air", "CN-DE", 16, 1),           # 16 days old > 1.3 × 12 = 15.6
    parcel("A-EXCEPTION", "YunExpress", "air", "CN-DE", 9, 6, "exception", "Delivery attempt failed"),
    parcel("A-EXC-STUCK", "YunExpress", "air", "CN-DE", 12, 8, "exception", "Delivery attempt failed"),
    parcel("B-CUSTOMS", "China Post", "postal", "CN-BR", 30, 18, text="Held by customs"),  # 18 < 21 allowed
    parcel("B-CUSTOMS-LONG", "China Post", "postal", "CN-BR", 30, 22, text="海关查验中"),   # 22 > 21
    parcel("B-SILENT", "China Post", "postal", "CN-BR", 30, 16),        # 16 > postal default 15
    parcel("C-EDD-OK", "UPS", "express", "CN-US", 15, 1, edd=9),        # 9 past EDD < learned 10
    parcel("C-EDD-LATE", "UPS", "express", "CN-US", 18, 1, edd=12),     # 12 past EDD > 10
    parcel("D-EXPIRED", "Yanwen", "postal", "CN-FR", 10, 3, "expired", "Expired"),
    parcel("D-NOT-FOUND", "Yanwen", "postal", "CN-FR", 21, None, "info_received", "Label created"),
    parcel("E-SEA-CUSTOMS", "COSCO", "sea", "CN-US", 40, 25, text="Customs clearance in progress"),  # sea allows 45
]


def insert(db: Database, rows: list[dict[str, Any]]) -> None:
    placeholders = ", ".join(f"${c}" for c in COLUMNS)
    with db.transaction() as session:
        for row in rows:
            session.execute(f"INSERT INTO merged_parcels ({', '.join(COLUMNS)}) VALUES ({placeholders})", row)


@pytest.fixture
def lanes_db(db: Database) -> Database:
    insert(db, history() + OPEN)
    return db


def by_number(frame: Any) -> dict[str, Any]:
    return {row["tracking_number"]: row for row in frame.to_dict("records")}


def test_lanes_learn_their_percentiles(lanes_db: Database) -> None:
    lanes = {(r["carrier"], r["dest_country"]): r for r in lane_history(lanes_db, AS_OF).to_pylist()}
    yun, post, ups = lanes["YunExpress", "DE"], lanes["China Post", "BR"], lanes["UPS", "US"]
    assert (yun["lane_delivered"], yun["lane_gaps_known"], yun["lane_gap_p95"], yun["lane_gap_p99"]) == (20, 20, 4, 4)
    assert yun["lane_transit_p95"] == pytest.approx(12)
    assert (post["lane_delivered"], post["lane_gaps_known"], post["lane_gap_p99"]) == (20, 0, None)
    assert post["lane_transit_p95"] == pytest.approx(40)
    assert ups["lane_edds_known"] == 20 and ups["lane_late_p99"] == pytest.approx(10)
    # Lanes only learn from deliveries known by the as-of date.
    assert lane_history(lanes_db, date(2026, 8, 1)).num_rows == 0


def test_thresholds_come_from_the_lane_or_the_mode(lanes_db: Database) -> None:
    rows = by_number(open_parcels(lanes_db, SCOPE))
    a, b, c, d = rows["A-QUIET"], rows["B-SILENT"], rows["C-EDD-OK"], rows["D-EXPIRED"]
    assert (a["stall_learned"], a["stall_days"], a["overdue_learned"]) == (True, 5.0, True)
    assert a["overdue_days"] == pytest.approx(15.6)
    assert (b["stall_learned"], b["stall_days"], b["overdue_learned"]) == (False, 15.0, True)
    assert b["overdue_days"] == pytest.approx(52.0)
    assert (rows["B-CUSTOMS"]["with_customs"], rows["B-CUSTOMS"]["stall_days"]) == (True, 21.0)
    # The customs allowance never shortens a mode's own: sea parcels may be silent 45 days anyway.
    assert (rows["E-SEA-CUSTOMS"]["with_customs"], rows["E-SEA-CUSTOMS"]["stall_days"]) == (False, 45.0)
    assert (c["edd_learned"], c["edd_grace_days"]) == (True, pytest.approx(10.0))
    assert (d["stall_learned"], d["stall_days"], d["overdue_days"], d["edd_grace_days"]) == (False, 15.0, 45.0, 7.0)


def test_each_rule(lanes_db: Database) -> None:
    frame = shipments(lanes_db, SCOPE)
    outcome = dict(zip(frame["tracking_number"], frame["outcome"]))
    assert {n for n, o in outcome.items() if o == "suspected_lost"} == {
        "A-STALLED", "A-OVERDUE", "A-EXC-STUCK", "B-CUSTOMS-LONG", "B-SILENT", "C-EDD-LATE", "D-EXPIRED",
        "D-NOT-FOUND"}
    assert {n for n, o in outcome.items() if o == "in_transit"} == {
        "A-QUIET", "A-EXCEPTION", "B-CUSTOMS", "C-EDD-OK", "E-SEA-CUSTOMS"}
    assert outcome["YUN-0"] == "delivered"


def test_a_lane_without_enough_history_keeps_the_mode_defaults(lanes_db: Database) -> None:
    settings = DetectionSettings(min_lane_history=21)
    flagged = set(suspected(lanes_db, AnalysisScope(AS_OF, settings))["tracking_number"])
    assert "A-STALLED" not in flagged  # 6 days silent is normal for an air parcel by default
    assert "C-EDD-OK" in flagged        # 9 days past the EDD > the default grace of 7


def test_reasons_in_english_with_the_lanes_numbers(lanes_db: Database) -> None:
    # The parcels' times above are days to the end of the as-of day; the reasons count calendar
    # days to the as-of day, as a seller does (one fewer for a scan at midnight).
    reasons = dict(zip(*suspected(lanes_db, SCOPE)[["tracking_number", "reasons"]].T.values))
    assert reasons["A-STALLED"] == ("no scan for 5 days; parcels on YunExpress China → Germany (Air) normally scan at least "
                                    "every 4.0 days (p95; 99% within 4.0 days)")
    assert reasons["A-OVERDUE"] == "shipped 15 days ago; parcels on YunExpress China → Germany (Air) arrive within 12 days (p95)"
    assert reasons["A-EXC-STUCK"] == "Exception unresolved for 7 days"
    assert reasons["B-CUSTOMS-LONG"] == ("no scan for 21 days since its last customs scan and none by the end of "
                                         "the day; customs holds rarely last more than 21 days")
    assert reasons["B-SILENT"] == ("no scan for 15 days and none by the end of the day; Postal parcels should scan "
                                  "at least every 15 days")
    assert reasons["C-EDD-LATE"] == ("11 days past the estimated delivery date (2026-11-10); parcels on UPS China → United States "
                                     "(Express) arrive at most 10 days after it (p99)")
    assert reasons["D-EXPIRED"] == "the tracking source has stopped updating (expired)"
    assert reasons["D-NOT-FOUND"] == ("no scan for 20 days; Postal parcels should scan at least every 15 days; "
                                      "still no carrier scan 20 days after shipping")


def test_reasons_in_chinese(lanes_db: Database) -> None:
    frame = suspected(lanes_db, SCOPE, lang="zh")
    reasons = dict(zip(frame["tracking_number"], frame["reasons"]))
    assert reasons["A-STALLED"] == ("已 5 天没有新的扫描记录；云途物流 中国 → 德国（空运专线）的包裹通常每 4.0 天内"
                                    "至少扫描一次（p95；99% 在 4.0 天内）")
    assert reasons["B-CUSTOMS-LONG"] == ("最后一次海关扫描后已 21 天没有新的扫描记录，截至当天结束仍无扫描；"
                                         "海关查验通常不超过 21 天")
    assert reasons["C-EDD-LATE"] == ("已超过预计送达日期（2026-11-10）11 天；UPS 中国 → 美国（快递）的包裹最多比预计日期"
                                     "晚 10 天送达（p99）")


def test_risk_orders_the_list(lanes_db: Database) -> None:
    frame = suspected(lanes_db, SCOPE)
    risk = dict(zip(frame["tracking_number"], frame["risk"]))
    assert list(frame["risk"]) == sorted(frame["risk"], reverse=True)
    # 50 at a threshold, +25 per doubling: 6 days of 5 allowed → 50 + 25·log2(1.2) = 56.6.
    assert risk["A-STALLED"] == 57
    # An exception the carrier reported weighs more: 8 of 7 days → 50 + 4.8 + 10.
    assert risk["A-EXC-STUCK"] == 65
    # A parcel never scanned 21 days after shipping is also far past its mode's silence (21 of 15):
    # 50 + 25·log2(1.4) + 5 for the second rule.
    assert risk["D-NOT-FOUND"] == 67


def test_flag_time_is_when_the_first_rule_fires(lanes_db: Database) -> None:
    rows = by_number(open_parcels(lanes_db, SCOPE))
    assert rows["A-STALLED"]["flag_time"] == ago(6) + timedelta(days=5)      # last scan + 5 days
    assert rows["A-OVERDUE"]["flag_time"] == ago(16) + timedelta(days=15.6)  # shipping + 15.6 days
    assert rows["A-QUIET"]["flag_time"] == ago(4.5) + timedelta(days=5)      # still ahead
    assert rows["A-EXCEPTION"]["flag_time"] == ago(6) + timedelta(days=7)    # exceptions: 7 days


def test_new_history_is_learned_after_an_import(lanes_db: Database) -> None:
    assert "B-CUSTOMS" not in set(suspected(lanes_db, SCOPE)["tracking_number"])
    # The China Post lane's delivered parcels now come with scan gaps (an event log): 20 more of 6 days.
    insert(lanes_db, [parcel(f"CPX-{i}", "China Post", "postal", "CN-BR", 100, 60, "delivered", "Delivered",
                             delivered=60, gap=6.0) for i in range(20)])
    row = by_number(open_parcels(lanes_db, SCOPE))["B-CUSTOMS"]
    assert (row["stall_learned"], row["stall_days"], row["outcome"]) == (True, 7.5, "suspected_lost")
