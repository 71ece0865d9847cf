"""The data lake export (issue 14): Parquet by ship month, read back exactly, rewritten only where it changed."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import duckdb
import pytest

from lossanalytics.cli import main
from lossanalytics.importing import import_paths, undo_import
from lossanalytics.lake import export_lake
from lossanalytics.storage.db import Database
from lossanalytics.storage.sql_text import path_literal

HEADER = ["Tracking Number", "Carrier", "Mode", "Origin", "Destination", "Ship Date", "Status", "Last Event Time",
          "Order ID", "Last Event", "Value", "Currency"]
QUOTED = "Q\"1';DROPTABLEPARCELS;--"  # the importer keeps it without its spaces, upper-cased
ORDERS = [
    ["A1", "UPS", "express", "CN", "US", "2026-01-05", "Delivered", "2026-01-08", "O-1", "delivered", "10", "USD"],
    ["A2", "UPS", "express", "CN", "US", "2026-01-20", "In Transit", "2026-01-22", "O-2", "in transit", "20", "USD"],
    ["Q\"1'; DROP TABLE parcels;--", "Yanwen", "postal", "CN", "GB", "2026-01-31", "In Transit", "2026-02-02",
     "=1+1\nsecond line", "包裹 ✈ 到达 'x' \"y\"", "5", "GBP"],
    ["B1", "UPS", "express", "CN", "US", "2026-02-01", "Delivered", "2026-02-04", "O-4", "", "10", "USD"],
    ["包裹📦1", "云途", "postal", "CN", "DE", "2026-02-14", "In Transit", "2026-02-20", "订单\t5", "清关中", "5", "EUR"],
    ["N1", "Yanwen", "postal", "CN", "DE", "", "In Transit", "2026-02-20", "O-6", "", "5", "EUR"],
]
SCANS = [
    ["Tracking Number", "Event Time", "Location", "Description"],
    ["A2", "2026-01-21 08:00", "Shenzhen", "Departed facility"],
    ["A2", "2026-01-22 09:00", "Leipzig", "Arrived \"hub\"\nbay 3"],
    ["B1", "2026-02-03 10:00", "Shenzhen", "Accepted"],
]


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    with open(path, "w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(rows)
    return path


def one_parcel(tmp_path: Path, name: str, tracking: str, ship_date: str) -> Path:
    return write_csv(tmp_path / name, [HEADER, [tracking, "UPS", "express", "CN", "US", ship_date, "In Transit",
                                                ship_date, "O-9", "", "10", "USD"]])


@pytest.fixture
def shop(tmp_path: Path) -> Database:
    """Six parcels (three shipped in January, two in February, one without a ship date) and three scans."""
    db = Database(tmp_path / "shop.duckdb")
    results = import_paths(db, [write_csv(tmp_path / "orders.csv", [HEADER, *ORDERS]),
                                write_csv(tmp_path / "scans.csv", SCANS)])
    assert [r.outcome for r in results] == ["imported", "imported"]
    yield db
    db.close()


def read(sql: str) -> list[tuple]:
    with duckdb.connect() as conn:
        conn.execute("SET TimeZone = 'UTC'")
        return conn.execute(sql).fetchall()


def files_state(lake: Path) -> dict[str, tuple[int, int]]:
    """Every data file of the lake with its inode and modification time."""
    return {p.relative_to(lake).as_posix(): (p.stat().st_ino, p.stat().st_mtime_ns) for p in lake.rglob("*.parquet")}


def test_lake_holds_the_parcels_view_by_ship_month(shop: Database, tmp_path: Path) -> None:
    lake = tmp_path / "lake"
    report = export_lake(shop, lake)
    assert (report.total("written"), report.total("unchanged"), report.total("deleted")) == (8, 0, 0)
    assert sorted(files_state(lake)) == [
        "claims/part-0.parquet", "events/ship_month=2026-01/part-0.parquet", "events/ship_month=2026-02/part-0.parquet",
        "imports/part-0.parquet",
        "parcels/ship_month=2026-01/part-0.parquet", "parcels/ship_month=2026-02/part-0.parquet",
        "parcels/ship_month=__unknown__/part-0.parquet", "settings/part-0.parquet",
    ] == sorted(key for table in json.loads((lake / "_manifest.json").read_text())["tables"].values()
                for key in table["files"])
    parcels = f"read_parquet('{lake}/parcels/*/*.parquet', hive_partitioning=true)"
    assert read(f"SELECT ship_month, count(*) FROM {parcels} GROUP BY ALL ORDER BY 1") == [
        ("2026-01", 3), ("2026-02", 2), ("__unknown__", 1)]
    assert read(f"SELECT tracking_number FROM {parcels} WHERE ship_month = '__unknown__' AND ship_date IS NULL") == [
        ("N1",)]
    view = shop.query("SELECT * FROM parcels ORDER BY tracking_number")
    exported = read(f"SELECT * EXCLUDE (ship_month) FROM {parcels} ORDER BY tracking_number")
    # The view's columns, then status_unread: every status here was read.
    assert exported == [(*row.values(), None) for row in view.to_pylist()]
    described = read(f"DESCRIBE SELECT * FROM read_parquet('{lake}/parcels/*/*.parquet', hive_partitioning=false)")
    assert [(c[0], c[1]) for c in described] == [
        *((c["column_name"], c["column_type"]) for c in shop.query("DESCRIBE SELECT * FROM parcels").to_pylist()),
        ("status_unread", "VARCHAR")]
    events = f"read_parquet('{lake}/events/*/*.parquet', hive_partitioning=true)"
    assert read(f"SELECT ship_month, tracking_number, location FROM {events} ORDER BY event_time") == [
        ("2026-01", "A2", "Shenzhen"), ("2026-01", "A2", "Leipzig"), ("2026-02", "B1", "Shenzhen")]
    assert read(f"SELECT id, kind FROM read_parquet('{lake}/imports/*.parquet') ORDER BY id") == [
        (1, "tracking"), (2, "events")]
    described = json.loads((lake / "_lake.json").read_text())
    assert described["schema_version"] == 2
    assert list(described["tables"]) == ["parcels", "events", "imports", "claims", "settings"]
    assert [c["name"] for c in described["tables"]["events"]["columns"]] == [
        "import_id", "source_row", "tracking_number", "event_time", "status", "status_raw", "location", "description"]
    assert described["tables"]["parcels"]["rows"] == 6


def test_the_words_nothing_could_read_are_kept_per_parcel(tmp_path: Path) -> None:
    """status_unread: a status value, else the latest event's text, of a parcel whose status nothing read."""
    rows = [["Tracking Number", "Carrier", "Ship Date", "Status", "Last Event Time", "Latest event"],
            ["TR1", "Pósturinn", "2026-10-01", "Afhent", "2026-10-05 10:00", "Sending á leiðinni"],
            ["TR2", "Pósturinn", "2026-10-01", "", "2026-10-06 10:00", "Sending endursend til sendanda"],
            ["TR3", "Pósturinn", "2026-10-01", "In transit", "2026-10-06 10:00", "Sending á leiðinni"]]
    db = Database(tmp_path / "unread.duckdb")
    try:
        assert [r.outcome for r in import_paths(db, [write_csv(tmp_path / "t.csv", rows)])] == ["imported"]
        export_lake(db, tmp_path / "lake")
    finally:
        db.close()
    parcels = f"read_parquet('{tmp_path}/lake/parcels/*/*.parquet')"
    assert read(f"SELECT tracking_number, status, status_unread FROM {parcels} ORDER BY 1") == [
        ("TR1", "unknown", "Afhent"), ("TR2", "unknown", "Sending endursend til sendanda"), ("TR3", "in_transit", None)]


def test_hostile_values_round_trip(shop: Database, tmp_path: Path) -> None:
    lake = tmp_path / "湖 it's \"here\""
    export_lake(shop, lake)
    parcels = f"read_parquet({path_literal(lake / 'parcels' / '*' / '*.parquet')})"
    assert read(f"SELECT tracking_number, order_id, last_event_text FROM {parcels} "
                "WHERE tracking_number NOT IN ('A1', 'A2', 'B1', 'N1') ORDER BY tracking_number") == [
        (QUOTED, "=1+1\nsecond line", "包裹 ✈ 到达 'x' \"y\""), ("包裹📦1", "订单\t5", "清关中")]
    events = f"read_parquet({path_literal(lake / 'events' / '*' / '*.parquet')})"
    assert read(f"SELECT description FROM {events} WHERE location = 'Leipzig'") == [("Arrived \"hub\"\nbay 3",)]


def test_rerun_rewrites_only_what_changed(shop: Database, tmp_path: Path) -> None:
    lake = tmp_path / "lake"
    export_lake(shop, lake)
    before = files_state(lake)

    again = export_lake(shop, lake)
    assert (again.total("written"), again.total("unchanged"), again.total("deleted")) == (0, 8, 0)
    assert files_state(lake) == before

    # One more parcel shipped in February: that month and the import list, nothing else.
    import_paths(shop, [one_parcel(tmp_path, "feb.csv", "C1", "2026-02-10")])
    after_feb = export_lake(shop, lake)
    now = files_state(lake)
    assert sorted(k for k in now if now[k] != before.get(k)) == [
        "imports/part-0.parquet", "parcels/ship_month=2026-02/part-0.parquet"]
    assert (after_feb.tables["parcels"].written, after_feb.tables["parcels"].unchanged) == (1, 2)

    # A parcel in a month of its own, then its import undone: the partition comes and goes.
    may = import_paths(shop, [one_parcel(tmp_path, "may.csv", "D1", "2026-05-02")])[0].import_id
    export_lake(shop, lake)
    assert (lake / "parcels/ship_month=2026-05/part-0.parquet").is_file()
    undo_import(shop, may)
    undone = export_lake(shop, lake)
    assert (undone.tables["parcels"].written, undone.tables["parcels"].deleted) == (0, 1)
    assert not (lake / "parcels/ship_month=2026-05").exists()
    assert sorted(p.name for p in (lake / "parcels").iterdir()) == [
        "ship_month=2026-01", "ship_month=2026-02", "ship_month=__unknown__"]
    assert read(f"SELECT count(*) FROM read_parquet('{lake}/parcels/*/*.parquet')") == [(7,)]


def test_a_file_lost_or_left_half_written_is_made_whole(shop: Database, tmp_path: Path) -> None:
    lake = tmp_path / "lake"
    export_lake(shop, lake)
    (lake / "parcels/ship_month=2026-01/part-0.parquet").unlink()
    half = lake / "parcels/ship_month=2026-02/.part-0.parquet.0123456789abcdef.partial"
    half.write_bytes(b"PAR1")
    stray = lake / "parcels/ship_month=2025-07"  # a partition a stopped run wrote before its manifest
    stray.mkdir()
    (stray / "part-0.parquet").write_bytes(b"PAR1")
    report = export_lake(shop, lake)
    assert (report.tables["parcels"].written, report.tables["parcels"].deleted) == (1, 1)
    assert not half.exists() and not stray.exists()
    assert read(f"SELECT count(*) FROM read_parquet('{lake}/parcels/*/*.parquet')") == [(6,)]


def test_path_literal_quotes_and_refuses() -> None:
    assert path_literal(Path("/tmp/it's/湖.parquet")) == "'/tmp/it''s/湖.parquet'"
    for bad in ("relative/x.parquet", "s3://bucket/x.parquet", "/tmp/a\nb.parquet", "/tmp/a\x00b", "/tmp/a\x7fb"):
        with pytest.raises(ValueError):
            path_literal(Path(bad))


def test_cli_reports_in_text_and_json(shop: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = shop.path
    shop.close()
    lake = tmp_path / "lake"
    assert main(["--db", path, "export-lake", "--to", str(lake)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith(f"lake {lake}: 8 files written, 0 unchanged, 0 deleted (")
    assert out[1] == "  parcels: 6 rows in 3 files (3 written, 0 unchanged, 0 deleted)"
    assert main(["--db", path, "--lang", "zh", "export-lake", "--to", str(lake), "--format", "json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert (report["written"], report["unchanged"], report["deleted"]) == (0, 8, 0)
    assert report["tables"]["events"] == {"rows": 3, "files": 2, "written": 0, "unchanged": 2, "deleted": 0}


def bad_target(tmp_path: Path, kind: str) -> Path:
    """A --to the lake cannot be written to, of the kind named."""
    (tmp_path / "a-file").write_text("x")
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "mine.txt").write_text("x")
    return {"file": tmp_path / "a-file", "under a file": tmp_path / "a-file" / "lake",
            "another folder": tmp_path / "notes"}[kind]


@pytest.mark.parametrize(("kind", "expected"), [
    ("file", "is a file, not a folder"),
    ("under a file", "the system refused (Not a directory)"),
    ("another folder", "already holds other files (for example mine.txt)"),
    ("url", "s3://bucket/lake is not a local folder"),
])
def test_cli_refuses_a_bad_folder_in_one_line(shop: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                              kind: str, expected: str) -> None:
    target = str(bad_target(tmp_path, kind)) if kind != "url" else "s3://bucket/lake"
    path = shop.path
    shop.close()
    assert main(["--db", path, "export-lake", "--to", target]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("error: ") and expected in err


@pytest.mark.skipif(not Path("/sys").is_dir(), reason="needs /sys, where no process may create a folder")
def test_cli_says_when_it_may_not_write(shop: Database, capsys: pytest.CaptureFixture[str]) -> None:
    path = shop.path
    shop.close()
    assert main(["--db", path, "export-lake", "--to", "/sys/lossanalytics-lake"]) == 2
    assert capsys.readouterr().err == (
        "error: cannot write /sys/lossanalytics-lake: no permission to write there. Nothing was written.\n")
