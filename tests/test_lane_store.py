"""The lane history kept in the database: read back by a later process, only for its own data
version and only as of days it holds for; learned again otherwise."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pyarrow as pa

from lossanalytics.analytics.lanes import end_of, lane_history
from lossanalytics.storage.db import Database
from lossanalytics.storage.sql_text import load_sql
from tests.test_detect_lanes import AS_OF, history, insert, parcel

# The newest delivery of history() is 34 days before the end of AS_OF (2026-10-19).
BEFORE_NEWEST_DELIVERY = date(2026, 10, 10)


def learned(db: Database, as_of: date) -> pa.Table:
    """What lanes.sql learns as of `as_of`, straight from the parcels."""
    return db.query(load_sql("lanes"), {"as_of_end": end_of(as_of)})


def rows(table: pa.Table) -> list[dict[str, object]]:
    return sorted(table.to_pylist(), key=lambda row: (row["carrier"], row["dest_country"]))


def stored(db: Database) -> int:
    return int(db.scalar("SELECT count(*) FROM lane_history_store"))


def test_a_later_process_reads_the_kept_history(tmp_path: Path) -> None:
    path = tmp_path / "lanes.duckdb"
    first = Database(path)
    insert(first, history())
    expected = learned(first, AS_OF)
    assert rows(lane_history(first, AS_OF)) == rows(expected)
    assert stored(first) == expected.num_rows == 3
    first.close()

    later = Database(path)
    # Marked, so that the test sees which rows the later process answers with.
    later.execute("UPDATE lane_history_store SET lane_transit_p95 = 99 WHERE carrier = 'UPS'")
    kept = {row["carrier"]: row for row in lane_history(later, date(2026, 12, 24)).to_pylist()}
    assert kept["UPS"]["lane_transit_p95"] == 99
    assert kept["YunExpress"]["lane_delivered"] == 20
    assert lane_history(later, AS_OF).schema == expected.schema
    later.close()


def test_a_history_as_of_before_the_newest_delivery_is_learned_and_not_kept(db: Database) -> None:
    insert(db, history())
    assert rows(lane_history(db, BEFORE_NEWEST_DELIVERY)) == rows(learned(db, BEFORE_NEWEST_DELIVERY))
    assert stored(db) == 0


def test_kept_rows_answer_only_as_of_days_after_the_newest_delivery(db: Database) -> None:
    insert(db, history())
    lane_history(db, AS_OF)
    db.execute("UPDATE lane_history_store SET lane_delivered = 0")
    fresh = Database(db.path)
    try:
        assert {row["lane_delivered"] for row in lane_history(fresh, BEFORE_NEWEST_DELIVERY).to_pylist()} != {0}
        assert {row["lane_delivered"] for row in lane_history(fresh, AS_OF).to_pylist()} == {0}
    finally:
        fresh.close()


def test_new_parcels_are_learned_again(tmp_path: Path) -> None:
    path = tmp_path / "lanes.duckdb"
    first = Database(path)
    insert(first, history())
    lane_history(first, AS_OF)
    insert(first, [parcel(f"DHL-{i}", "DHL", "express", "CN-GB", 30, 25, "delivered", "Delivered", delivered=25)
                   for i in range(3)])
    first.close()

    later = Database(path)
    carriers = {row["carrier"] for row in lane_history(later, AS_OF).to_pylist()}
    assert carriers == {"YunExpress", "China Post", "UPS", "DHL"}
    assert stored(later) == 4
    later.close()


def test_a_read_only_database_learns_without_keeping(tmp_path: Path) -> None:
    path = tmp_path / "lanes.duckdb"
    first = Database(path)
    insert(first, history())
    expected = rows(learned(first, AS_OF))
    first.close()

    reader = Database(path, read_only=True)
    assert rows(lane_history(reader, AS_OF)) == expected
    reader.close()
    again = Database(path)
    assert stored(again) == 0
    again.close()


def test_nothing_is_kept_while_another_write_is_under_way(db: Database) -> None:
    forget = [("DELETE FROM lane_history_store", None)]
    with db.transaction():
        assert db.write_if_idle(forget, {}) is False
    assert db.write_if_idle(forget, {}) is True


def test_a_keeping_that_fails_leaves_nothing_half_written(db: Database) -> None:
    insert(db, history())
    lane_history(db, AS_OF)
    failing = [("DELETE FROM lane_history_store", None), ("INSERT INTO lane_history_store VALUES (1)", None)]
    assert db.write_if_idle(failing, {}) is False
    assert stored(db) == 3
