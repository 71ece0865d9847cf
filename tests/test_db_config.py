"""DuckDB's memory cap and threads for every database the app opens, from the environment or the default."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pytest

from lossanalytics.importing import import_file, undo_import
from lossanalytics.importing.writer import rebuild
from lossanalytics.storage.config import (
    DEFAULT_IMPORT_MEMORY_LIMIT,
    DEFAULT_MEMORY_LIMIT,
    IMPORT_MEMORY_ENV_VAR,
    MEMORY_ENV_VAR,
    THREADS_ENV_VAR,
    UNDO_MEMORY_LIMIT_BYTES,
    duckdb_config,
    import_memory_limit,
)
from lossanalytics.storage.db import Database, DatabaseError, Session


def settings(db: Database) -> tuple[str, int]:
    row = db.query("SELECT current_setting('memory_limit') AS memory, current_setting('threads') AS threads")
    return row.column("memory")[0].as_py(), row.column("threads")[0].as_py()


def test_a_database_is_capped_at_the_default_memory(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv(MEMORY_ENV_VAR, raising=False)
    monkeypatch.delenv(THREADS_ENV_VAR, raising=False)
    assert duckdb_config() == {"memory_limit": "1GB", "allocator_background_threads": "true",
                              "arrow_large_buffer_size": "true"}
    assert DEFAULT_MEMORY_LIMIT == "1GB"
    db = Database(tmp_path / "a.duckdb")
    assert settings(db)[0] == "953.6 MiB"  # DuckDB reads 1GB as 10^9 bytes and shows it in MiB
    background = db.query("SELECT current_setting('allocator_background_threads') AS on").column("on")[0].as_py()
    assert background is True  # freed memory goes back to the system between queries
    assert db.query("SELECT 'LX1' AS tracking_number").schema.field(0).type == pa.large_string()  # pandas' own
    db.close()


def test_the_environment_sets_memory_and_threads(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(MEMORY_ENV_VAR, " 512MB ")
    monkeypatch.setenv(THREADS_ENV_VAR, "1")
    assert duckdb_config() == {"memory_limit": "512MB", "allocator_background_threads": "true",
                              "arrow_large_buffer_size": "true", "threads": "1"}
    db = Database(tmp_path / "b.duckdb")
    assert settings(db) == ("488.2 MiB", 1)
    db.close()
    monkeypatch.setenv(MEMORY_ENV_VAR, " ")
    assert duckdb_config()["memory_limit"] == "1GB"


def test_a_memory_cap_duckdb_cannot_read_is_said_in_words(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(MEMORY_ENV_VAR, "lots")
    with pytest.raises(DatabaseError) as raised:
        Database(tmp_path / "c.duckdb")
    assert raised.value.key == "db.error.cannot_open" and not (tmp_path / "c.duckdb").exists()


def test_an_import_may_use_more_memory_while_it_runs(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(MEMORY_ENV_VAR, "512MB")
    monkeypatch.setenv(IMPORT_MEMORY_ENV_VAR, "2GB")
    assert import_memory_limit() == "2GB"
    db = Database(tmp_path / "d.duckdb")
    seen = []
    with db.transaction(memory_limit=import_memory_limit()) as session:
        seen.append(session.execute("SELECT current_setting('memory_limit')")[0][0])
    assert seen == ["1.8 GiB"] and settings(db)[0] == "488.2 MiB"  # 2GB is 2*10^9 bytes
    with pytest.raises(ZeroDivisionError), db.transaction(memory_limit="2GB"):
        raise ZeroDivisionError
    assert settings(db)[0] == "488.2 MiB"  # put back after a failed block too
    file = tmp_path / "orders.csv"
    file.write_text("tracking_number,carrier,ship_date\nLX1,UPS,2026-11-01\n", encoding="utf-8")
    assert import_file(db, file).outcome == "imported" and settings(db)[0] == "488.2 MiB"
    db.close()
    monkeypatch.delenv(IMPORT_MEMORY_ENV_VAR)
    assert import_memory_limit() == DEFAULT_IMPORT_MEMORY_LIMIT == "80%"


def undo_caps(monkeypatch: pytest.MonkeyPatch, db: Database, folder: Path) -> list[str]:
    """DuckDB's memory cap as the import's and then the undo's re-derivation of the parcels saw it."""
    caps: list[str] = []
    def rebuild_seeing_the_cap(session: Session) -> None:
        caps.append(session.execute("SELECT current_setting('memory_limit')")[0][0])
        rebuild(session)

    monkeypatch.setattr("lossanalytics.importing.pipeline.rebuild", rebuild_seeing_the_cap)
    file = folder / "orders.csv"
    file.write_text("tracking_number,carrier,ship_date\nLX1,UPS,2026-11-01\n", encoding="utf-8")
    result = import_file(db, file)
    assert result.import_id is not None and undo_import(db, result.import_id) == 1
    return caps


def test_an_undo_runs_under_a_lower_memory_cap(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv(MEMORY_ENV_VAR, raising=False)
    monkeypatch.setenv(IMPORT_MEMORY_ENV_VAR, "2GB")
    assert UNDO_MEMORY_LIMIT_BYTES == 400_000_000
    db = Database(tmp_path / "f.duckdb")
    assert db.memory_limit_at_most(UNDO_MEMORY_LIMIT_BYTES) == "400000000B"
    assert undo_caps(monkeypatch, db, tmp_path) == ["1.8 GiB", "381.4 MiB"]  # the import's 2GB, the undo's 400MB
    assert settings(db)[0] == "953.6 MiB"  # the dashboard's own cap put back
    db.close()


def test_an_undo_keeps_a_connections_cap_lower_than_its_own(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(MEMORY_ENV_VAR, "256MB")
    monkeypatch.setenv(IMPORT_MEMORY_ENV_VAR, "2GB")
    db = Database(tmp_path / "g.duckdb")
    assert db.memory_limit_at_most(UNDO_MEMORY_LIMIT_BYTES) == "256MB"
    assert undo_caps(monkeypatch, db, tmp_path) == ["1.8 GiB", "244.1 MiB"] and settings(db)[0] == "244.1 MiB"
    db.close()


def test_an_import_memory_cap_duckdb_cannot_read_is_said_on_opening(monkeypatch: pytest.MonkeyPatch,
                                                                    tmp_path: Path) -> None:
    monkeypatch.setenv(IMPORT_MEMORY_ENV_VAR, "plenty")
    with pytest.raises(DatabaseError) as raised:
        Database(tmp_path / "e.duckdb")
    assert raised.value.key == "db.error.cannot_open" and "Memory must have a number" in raised.value.values["detail"]
    assert not (tmp_path / "e.duckdb").exists()
