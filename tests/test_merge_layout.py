"""Merged parcels are stored closed first and each status together (rebuild_store.sql), so
that the passes over the open parcels skip the closed ones' row groups; and a merge bigger
than one of DuckDB's row groups keeps every parcel."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from lossanalytics import demo
from lossanalytics.importing import import_file, undo_import, writer
from lossanalytics.normalise.statuses import TERMINAL_STATUSES
from lossanalytics.storage.db import Database

ROW_GROUP = 122_880  # DuckDB's rows per row group


def stored_statuses(db: Database) -> list[str]:
    return [row["status"] for row in db.query("SELECT status FROM merged_parcels ORDER BY rowid").to_pylist()]


def layout_order(statuses: list[str]) -> list[str]:
    return sorted(statuses, key=lambda status: (status not in TERMINAL_STATUSES, status))


def import_demo(db: Database, folder: Path, parcels: int) -> list[int]:
    files = demo.write_files(demo.generate(parcels, seed=(5, 6), today=date(2026, 6, 30), with_events=False), folder)
    return [import_file(db, path).import_id for path in files[:2]]  # orders, then tracking: every parcel merged


def test_merged_parcels_are_stored_closed_first_each_status_together(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(writer, "MERGE_ROWS", 60)  # merged in shares, stored in one order all the same
    db = Database(tmp_path / "layout.duckdb")
    import_demo(db, tmp_path / "files", 400)
    statuses = stored_statuses(db)
    assert len(statuses) == 400 and writer.merge_batches(800) == 14
    assert {"delivered", "returned", "lost"} <= set(statuses) and {"in_transit", "info_received"} <= set(statuses)
    assert statuses == layout_order(statuses)
    first_open = next(i for i, status in enumerate(statuses) if status not in TERMINAL_STATUSES)
    assert set(statuses[first_open:]).isdisjoint(TERMINAL_STATUSES)


def test_an_undo_stores_the_parcels_it_rebuilds_in_the_same_order(tmp_path: Path) -> None:
    db = Database(tmp_path / "undo.duckdb")
    orders, tracking = import_demo(db, tmp_path / "files", 300)
    events = import_file(db, demo.write_files(
        demo.generate(300, seed=(5, 6), today=date(2026, 7, 30), with_events=False), tmp_path / "later")[1])
    undo_import(db, events.import_id)
    statuses = stored_statuses(db)
    assert len(statuses) == 300 and statuses == layout_order(statuses)
    assert (orders, tracking) == (1, 2)


@pytest.mark.parametrize("parcels", [ROW_GROUP + 1_000])
def test_a_merge_bigger_than_a_row_group_keeps_every_parcel(tmp_path: Path, parcels: int) -> None:
    db = Database(tmp_path / "big.duckdb")
    import_demo(db, tmp_path / "files", parcels)
    assert db.query("SELECT count(*) AS n, count(DISTINCT tracking_number) AS keys, "
                    "count(*) FILTER (WHERE status IS NOT NULL) AS read FROM merged_parcels").to_pylist() == [
        {"n": parcels, "keys": parcels, "read": parcels}]
