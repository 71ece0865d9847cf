"""Faults (issue 6): an importer killed mid-import, and a CLI import while another process
holds the database for writing (as the dashboard does). Real processes, real files."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from lossanalytics.importing import import_file
from lossanalytics.storage.db import Database, DatabaseError

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).parent / "fixtures"
HEADER = ("Tracking Number,Carrier,Service,Mode,Origin Country,Destination Country,Ship Date,Status,"
          "Last Event Time,Last Event,Estimated Delivery Date,Delivered Date")
TABLES = ("imports", "parcel_rows", "parcels", "tracking_events", "rejects")


def _env(**extra: str) -> dict[str, str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT), **extra)
    env.pop("LOSSANALYTICS_DB", None)
    return env


def _cli(db: Path, *args: str, **env: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "lossanalytics", "--db", str(db), *args],
        cwd=ROOT, env=_env(**env), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )


def _big_tracking_csv(path: Path, rows: int) -> None:
    """A tracking export of `rows` parcels, written by DuckDB in a moment."""
    with duckdb.connect() as con:
        con.execute(
            f"""
            COPY (
                SELECT 'FLT' || lpad(CAST(i AS VARCHAR), 10, '0') AS "Tracking Number",
                       ['UPS', 'FedEx', 'YunExpress', 'USPS'][1 + i % 4] AS "Carrier",
                       ['Ground', 'International Priority', '云途全球专线挂号(标快)', 'Priority Mail'][1 + i % 4] AS "Service",
                       ['road', 'express', 'air', 'postal'][1 + i % 4] AS "Mode",
                       'CN' AS "Origin Country", ['US', 'DE', 'GB'][1 + i % 3] AS "Destination Country",
                       strftime(TIMESTAMP '2026-01-01' + to_seconds(i * 7), '%Y-%m-%d %H:%M:%S') AS "Ship Date",
                       ['Delivered', 'In Transit', 'Exception'][1 + i % 3] AS "Status",
                       strftime(TIMESTAMP '2026-01-05' + to_seconds(i * 7), '%Y-%m-%d %H:%M:%S') AS "Last Event Time",
                       'Scan ' || (i % 50) AS "Last Event",
                       strftime(TIMESTAMP '2026-01-09' + to_seconds(i * 7), '%Y-%m-%d %H:%M:%S')
                           AS "Estimated Delivery Date",
                       NULL AS "Delivered Date"
                FROM range({int(rows)}) AS r(i)
            ) TO '{path}' (HEADER, DELIMITER ',')
            """
        )
    assert path.read_text("utf-8")[: len(HEADER)] == HEADER


def _snapshot(path: Path) -> dict[str, object]:
    """Row count and an order-independent checksum of every table, via a fresh open."""
    database = Database(path)
    try:
        return {
            table: database.query(
                f"SELECT count(*) AS n, coalesce(sum(hash(t)), 0) AS h FROM {table} AS t"
            ).to_pylist()[0]
            for table in TABLES
        }
    finally:
        database.close()


def test_sigkill_mid_import_leaves_earlier_imports_intact(tmp_path: Path) -> None:
    db_path = tmp_path / "faults.duckdb"
    database = Database(db_path)
    assert import_file(database, FIXTURES / "tracking_basic.csv").outcome == "imported"
    database.close()
    before = _snapshot(db_path)
    assert before["imports"]["n"] == 1 and before["parcels"]["n"] == 4

    big = tmp_path / "big_tracking.csv"
    _big_tracking_csv(big, 400_000)
    files = [db_path, Path(f"{db_path}.wal")]
    sizes = {f: (f.stat().st_size if f.exists() else -1) for f in files}
    child = _cli(db_path, "import", str(big))
    # Kill once the import has started writing (the data file or its log grows), well
    # before it could commit.
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and child.poll() is None:
        if any((f.stat().st_size if f.exists() else -1) != sizes[f] for f in files):
            break
        time.sleep(0.01)
    assert child.poll() is None, f"the import finished before it could be killed: {child.stderr.read()}"
    child.send_signal(signal.SIGKILL)
    assert child.wait(30) == -signal.SIGKILL

    after = _snapshot(db_path)
    assert after == before  # all earlier data intact, nothing of the killed import
    database = Database(db_path)
    try:
        orphans = database.scalar(
            "SELECT (SELECT count(*) FROM parcel_rows WHERE import_id NOT IN (SELECT id FROM imports))"
            " + (SELECT count(*) FROM rejects WHERE import_id NOT IN (SELECT id FROM imports))"
            " + (SELECT count(*) FROM parcels WHERE import_id NOT IN (SELECT id FROM imports))"
        )
        assert orphans == 0
        assert database.scalar("SELECT count(*) - count(DISTINCT tracking_number) FROM parcels") == 0
        # The database still takes imports.
        assert import_file(database, FIXTURES / "tracking_update_semicolon.csv").outcome == "imported"
        assert database.scalar("SELECT count(*) FROM imports") == 2
    finally:
        database.close()


def _holder(db_path: Path, seconds: float) -> subprocess.Popen[str]:
    """Another process holding the database open for writing, like the dashboard."""
    code = (
        "import sys, time\n"
        "from lossanalytics.storage.db import Database\n"
        "db = Database(sys.argv[1])\n"
        "print('ready', flush=True)\n"
        "time.sleep(float(sys.argv[2]))\n"
        "db.close()\n"
    )
    holder = subprocess.Popen([sys.executable, "-c", code, str(db_path), str(seconds)], cwd=ROOT, env=_env(),
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "ready", holder.stderr.read()
    return holder


def test_cli_import_while_database_is_held_fails_with_one_clear_line(tmp_path: Path) -> None:
    db_path = tmp_path / "held.duckdb"
    Database(db_path).close()
    before = _snapshot(db_path)
    holder = _holder(db_path, 60)
    try:
        cli = _cli(db_path, "import", str(FIXTURES / "tracking_basic.csv"), LOSSANALYTICS_LOCK_WAIT="0.5")
        _, err = cli.communicate(timeout=60)
    finally:
        holder.kill()
        holder.wait(30)
    assert cli.returncode == 2
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1, err
    assert "in use by process" in err and str(holder.pid) in err and "Nothing was changed" in err
    assert _snapshot(db_path) == before  # never corrupt, never locked for good


def test_the_database_in_use_is_explained_in_the_sellers_language(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db_path = tmp_path / "held.duckdb"
    holder = _holder(db_path, 60)
    monkeypatch.setenv("LOSSANALYTICS_LOCK_WAIT", "0.3")
    try:
        with pytest.raises(DatabaseError) as raised:
            Database(db_path)
    finally:
        holder.kill()
        holder.wait(30)
    assert raised.value.key == "db.error.in_use_by_process"
    chinese = raised.value.message("zh")
    assert str(holder.pid) in chinese and "0.3 秒" in chinese and "数据未作任何更改" in chinese


def test_cli_import_waits_for_the_database_and_succeeds(tmp_path: Path) -> None:
    db_path = tmp_path / "busy.duckdb"
    holder = _holder(db_path, 3)
    cli = _cli(db_path, "import", str(FIXTURES / "tracking_basic.csv"), LOSSANALYTICS_LOCK_WAIT="30")
    out, err = cli.communicate(timeout=90)
    holder.wait(30)
    assert cli.returncode == 0, err
    assert "import 1" in out
    assert _snapshot(db_path)["parcels"]["n"] == 4


@pytest.mark.parametrize("content", [b"not a database at all" * 100])
def test_opening_a_file_that_is_no_database_says_so(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "junk.duckdb"
    path.write_bytes(content)
    cli = _cli(path, "import", str(FIXTURES / "tracking_basic.csv"))
    _, err = cli.communicate(timeout=60)
    assert cli.returncode == 2 and "Traceback" not in err and len(err.strip().splitlines()) == 1, err
    assert "not a DuckDB database" in err
    assert path.read_bytes() == content
