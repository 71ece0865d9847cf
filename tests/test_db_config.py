"""DuckDB's memory cap and threads for every database the app opens, from the environment or the default."""

from __future__ import annotations

from pathlib import Path

import pytest

from lossanalytics.storage.config import DEFAULT_MEMORY_LIMIT, MEMORY_ENV_VAR, THREADS_ENV_VAR, duckdb_config
from lossanalytics.storage.db import Database, DatabaseError


def settings(db: Database) -> tuple[str, int]:
    row = db.query("SELECT current_setting('memory_limit') AS memory, current_setting('threads') AS threads")
    return row.column("memory")[0].as_py(), row.column("threads")[0].as_py()


def test_a_database_is_capped_at_the_default_memory(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv(MEMORY_ENV_VAR, raising=False)
    monkeypatch.delenv(THREADS_ENV_VAR, raising=False)
    assert duckdb_config() == {"memory_limit": "1GB"} and DEFAULT_MEMORY_LIMIT == "1GB"
    db = Database(tmp_path / "a.duckdb")
    assert settings(db)[0] == "953.6 MiB"  # DuckDB reads 1GB as 10^9 bytes and shows it in MiB
    db.close()


def test_the_environment_sets_memory_and_threads(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(MEMORY_ENV_VAR, " 512MB ")
    monkeypatch.setenv(THREADS_ENV_VAR, "1")
    assert duckdb_config() == {"memory_limit": "512MB", "threads": "1"}
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
