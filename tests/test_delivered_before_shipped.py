"""A parcel delivered, or last scanned, before it was shipped (DESIGN §12: nothing wrong gets in
silently): the import names the file, row and column, and its impossible transit time counts in no
transit percentile, no lane's history and no month's maturity. The rule is written once
(queries/shipping.sql): changed there, the import, the rates, the lanes and the trends all follow."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest

from lossanalytics.analytics.lanes import lane_history
from lossanalytics.analytics.metrics import rates
from lossanalytics.analytics.scope import AnalysisScope
from lossanalytics.analytics.thresholds import DetectionSettings
from lossanalytics.analytics.trends import monthly
from lossanalytics.importing import import_file
from lossanalytics.storage import sql_text
from lossanalytics.storage.db import Database

PACKAGE = Path(sql_text.__file__).parents[1]

HEADER = "Tracking Number,Carrier,Mode,Origin,Destination,Ship Date,Status,Last Event Time,Delivered Date\n"
ROWS = [
    "OK-1,UPS,express,CN,US,2026-03-01 10:00,Delivered,2026-03-04 10:00,2026-03-04 10:00",  # 3 days
    "OK-2,UPS,express,CN,US,2026-03-01 10:00,Delivered,2026-03-06 10:00,2026-03-06 10:00",  # 5 days
    "SAME-DAY,UPS,express,CN,US,2026-03-02 15:00,Delivered,,2026-03-02",          # that day, no time: 0 days
    "BACKWARDS,UPS,express,CN,US,2026-03-10 10:00,Delivered,2026-03-10 11:00,2026-03-03 09:00",
    "EARLY-SCAN,UPS,express,CN,US,2026-03-10 10:00,In Transit,2026-03-09 08:00,",
]


@pytest.fixture
def imported(db: Database, tmp_path: Path) -> tuple[Database, int]:
    path = tmp_path / "dates.csv"
    path.write_text(HEADER + "\n".join(ROWS) + "\n")
    result = import_file(db, path)
    assert (result.rows_stored, result.rows_rejected, result.rows_warned, result.rows_to_check) == (5, 0, 0, 2)
    return db, result.import_id


def test_the_import_names_row_and_column(imported: tuple[Database, int]) -> None:
    db, import_id = imported
    warned = db.query(
        "SELECT source_row, column_name, value, severity, reason FROM rejects WHERE import_id = $id ORDER BY source_row",
        {"id": import_id},
    ).to_pylist()
    assert warned == [
        {"source_row": 5, "column_name": "Delivered Date", "value": "2026-03-03 09:00", "severity": "warning",
         "reason": "reject.delivered_before_shipped"},
        {"source_row": 6, "column_name": "Last Event Time", "value": "2026-03-09 08:00", "severity": "warning",
         "reason": "reject.scanned_before_shipped"},
    ]
    # The dates are kept as exported: which of the two is wrong, only the seller can tell.
    stored = db.query("SELECT tracking_number, delivered_date, last_event_time FROM parcels").to_pylist()
    dates = {row["tracking_number"]: (row["delivered_date"], row["last_event_time"]) for row in stored}
    assert dates["BACKWARDS"] == (datetime(2026, 3, 3, 9), datetime(2026, 3, 10, 11))
    assert dates["EARLY-SCAN"] == (None, datetime(2026, 3, 9, 8))


def test_impossible_transit_times_are_left_out(imported: tuple[Database, int]) -> None:
    db, _ = imported
    scope = AnalysisScope(date(2026, 3, 31), DetectionSettings())
    row = rates(db, "carrier", scope).iloc[0]
    # Delivered: OK-1 (3 days), OK-2 (5), SAME-DAY (0) and BACKWARDS, which counts as delivered
    # but gives no transit time: p50 of 0, 3, 5.
    assert (int(row["delivered"]), row["transit_p50"], row["transit_p95"]) == (4, 3.0, pytest.approx(4.8))
    lanes = lane_history(db, scope.as_of).to_pylist()
    assert [(lane["lane_delivered"], lane["lane_transit_p95"]) for lane in lanes] == [(3, pytest.approx(4.8))]


def _transit_figures(db: Database) -> tuple[object, ...]:
    """Transit figures of the rates (delivered, p50, p95), the lane (delivered, p95) and the month (p95)."""
    scope = AnalysisScope(date(2026, 3, 31), DetectionSettings())
    row = rates(db, "carrier", scope).iloc[0]
    lanes = [(lane["lane_delivered"], lane["lane_transit_p95"]) for lane in lane_history(db, scope.as_of).to_pylist()]
    months = monthly(db, "carrier", scope)
    return (int(row["delivered"]), row["transit_p50"], row["transit_p95"], lanes,
            list(zip(months["month"], months["transit_p95"])))


def test_trends_leave_the_same_transit_times_out(imported: tuple[Database, int]) -> None:
    db, _ = imported
    # The month's p95 is that of SAME-DAY (0 days), OK-1 (3) and OK-2 (5), as the rates' and the lane's.
    assert _transit_figures(db) == (4, 3.0, pytest.approx(4.8), [(3, pytest.approx(4.8))],
                                    [("2026-03", pytest.approx(4.8))])


def _forget() -> None:
    """Empty sql_text's caches, so that the next query reads queries/*.sql through its _read again."""
    sql_text._expressions.cache_clear()
    sql_text._shipping_rule.cache_clear()
    sql_text.named_query.cache_clear()


@pytest.fixture
def strict_rule(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """queries/shipping.sql with another rule: a date without a time of day no longer counts as the ship day."""
    read = sql_text._read

    def strict(name: str) -> str:
        text = read(name)
        if name != "shipping":
            return text
        lenient = "({date} >= CASE WHEN {date} = date_trunc('day', {date}) THEN date_trunc('day', ship_date) ELSE ship_date END)"
        assert lenient in text
        return text.replace(lenient, "({date} >= ship_date)")

    monkeypatch.setattr(sql_text, "_read", strict)
    _forget()
    yield
    monkeypatch.undo()
    _forget()


@pytest.fixture
def shipping_reads(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """The names of the queries/*.sql files read from now on, each time one is read."""
    read, reads = sql_text._read, []

    def counted(name: str) -> str:
        reads.append(name)
        return read(name)

    monkeypatch.setattr(sql_text, "_read", counted)
    _forget()
    yield reads
    monkeypatch.undo()
    _forget()


def test_the_importer_and_the_queries_share_one_parsed_rule(shipping_reads: list[str]) -> None:
    """The importer's check (fragment) and the rule load_sql fills into the rates and lanes come from one
    parsed copy of queries/shipping.sql: read once, the same words for both."""
    checked = [sql_text.fragment("shipping", "after_shipping") for _ in range(3)]  # one per import
    filled = [sql_text.load_sql(name) for name in ("rates", "lanes", "lane_store")]
    assert shipping_reads.count("shipping") == 1
    assert checked[0] == checked[1] == checked[2]
    delivered = checked[0].replace("{date}", "delivered_date")
    assert delivered.startswith("(delivered_date >= CASE WHEN") and all(delivered in text for text in filled)


def test_the_rule_changes_in_one_place(strict_rule: None, db: Database, tmp_path: Path) -> None:
    path = tmp_path / "dates.csv"
    path.write_text(HEADER + "\n".join(ROWS) + "\n")
    result = import_file(db, path)
    # SAME-DAY's date-only delivery is now before its 15:00 shipping: warned, and out of every transit figure.
    assert (result.rows_warned, result.rows_to_check) == (0, 3)
    reasons = db.query("SELECT source_row, reason FROM rejects ORDER BY source_row").to_pylist()
    assert reasons[0] == {"source_row": 4, "reason": "reject.delivered_before_shipped"}
    # OK-1 (3 days) and OK-2 (5): p50 4, p95 4.9.
    assert _transit_figures(db) == (4, 4.0, pytest.approx(4.9), [(2, pytest.approx(4.9))],
                                    [("2026-03", pytest.approx(4.9))])


def test_no_other_file_says_the_rule() -> None:
    """The words of the rule stand in queries/shipping.sql alone: every other query names its blocks."""
    sayings = ("date_trunc('day', ship_date)", "date_diff('second', ship_date, delivered_date)")
    found = sorted(str(path.relative_to(PACKAGE)) for path in [*PACKAGE.rglob("*.sql"), *PACKAGE.rglob("*.py")]
                   if any(saying in path.read_text(encoding="utf-8") for saying in sayings))
    assert found == ["queries/shipping.sql"]
