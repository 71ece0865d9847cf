"""The one module that executes SQL.

It runs what :mod:`lossanalytics.storage.sql_text` puts together from `lossanalytics/queries/*.sql`
(scripts through :meth:`Session.run_script`), always with bound parameters. Every call takes its
own cursor, because one DuckDB connection shared by several Streamlit sessions fails under
concurrency. Results travel to pandas through Arrow.
"""

from __future__ import annotations

import os
import re
import threading
import time
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd
import pyarrow as pa

from lossanalytics.i18n import Problem
from lossanalytics.storage.config import DEFAULT_IMPORT_MEMORY_LIMIT, duckdb_config, import_memory_limit
from lossanalytics.storage.sql_text import Sql, load_sql, named_params, named_query, path_literal

Params = Sequence[Any] | Mapping[str, Any] | None

# How long opening a database waits for another process (the dashboard, another
# import) to let go of it before saying so; LOSSANALYTICS_LOCK_WAIT overrides it.
LOCK_WAIT_SECONDS = 10.0
_LOCK_HOLDER = re.compile(r"\(PID (\d+)\)")
# Every DuckDB database file carries these bytes at offset 8 (after its header checksum).
DUCKDB_MAGIC = b"DUCK"
_MAGIC_OFFSET = 8


class DatabaseError(Problem):
    """A database problem explained in words a seller can act on, in their language."""


def _run_script(cursor: duckdb.DuckDBPyConnection, script: Sql, params: Mapping[str, Any]) -> None:
    """Run a script's statements (`;` at a line's end ends one) in order, each with the
    parameters it names: DuckDB binds parameters only to a script's last statement."""
    for statement in script.split(";\n"):
        body = "\n".join(line for line in statement.splitlines() if not line.lstrip().startswith("--"))
        if body.strip():
            wanted = named_params(body, params)
            if wanted is None:
                cursor.execute(body)
            else:
                cursor.execute(body, wanted)


def _lock_wait() -> float:
    try:
        return max(0.0, float(os.environ.get("LOSSANALYTICS_LOCK_WAIT", LOCK_WAIT_SECONDS)))
    except ValueError:
        return LOCK_WAIT_SECONDS


def _connect(path: str, read_only: bool, config: Mapping[str, str]) -> duckdb.DuckDBPyConnection:
    """Open `path`; while another process holds its lock, wait up to LOCK_WAIT_SECONDS.

    DuckDB lets one process write a database file. Another one (the dashboard keeps its
    database open) makes this wait and then fail with a DatabaseError that says who
    holds it; the file itself is never touched.
    """
    wait = _lock_wait()
    deadline = time.monotonic() + wait
    settings: dict[str, str | bool | int | float | list[str]] = {**config}
    delay = 0.05
    while True:
        try:
            return duckdb.connect(path, read_only=read_only, config=settings)
        except duckdb.IOException as exc:
            text = str(exc)
            if "lock" not in text.lower():
                raise DatabaseError("db.error.not_duckdb", path=path, detail=_first_line(exc)) from exc
            if time.monotonic() >= deadline:
                holder = _LOCK_HOLDER.search(text)
                if holder:
                    raise DatabaseError("db.error.in_use_by_process", path=path, pid=holder.group(1),
                                        wait=f"{wait:g}") from exc
                raise DatabaseError("db.error.in_use", path=path, wait=f"{wait:g}") from exc
            time.sleep(delay)
            delay = min(delay * 2, 0.5)
        except duckdb.Error as exc:
            raise DatabaseError("db.error.cannot_open", path=path, detail=_first_line(exc)) from exc


def _check_import_memory_limit(path: str) -> None:
    """Refuse, before the database is opened, an import memory cap DuckDB cannot read, rather
    than in the middle of an import (a configured value is tried on a scratch connection)."""
    limit = import_memory_limit()
    if limit == DEFAULT_IMPORT_MEMORY_LIMIT:
        return
    try:
        with duckdb.connect(":memory:") as probe:
            probe.execute("SET memory_limit = $limit", {"limit": limit})
    except duckdb.Error as exc:
        raise DatabaseError("db.error.cannot_open", path=path, detail=_first_line(exc)) from exc


def check_database_file(path: Path) -> None:
    """Refuse an existing path that is not a DuckDB database; a new path is fine.

    DuckDB opens some files that are not databases (a CSV, a JSON file) as an empty
    database in memory: an import into one reports success and saves nothing.
    """
    if not path.exists():
        return
    if path.is_dir():
        raise DatabaseError("db.error.is_folder", path=str(path))
    try:
        with open(path, "rb") as handle:
            head = handle.read(_MAGIC_OFFSET + len(DUCKDB_MAGIC))
    except OSError as exc:
        raise DatabaseError("db.error.cannot_open", path=str(path), detail=exc.strerror or _first_line(exc)) from exc
    if head[_MAGIC_OFFSET:] != DUCKDB_MAGIC:
        raise DatabaseError("db.error.not_a_database", path=str(path))


_SIZE = re.compile(r"([\d.]+) (bytes|KiB|MiB|GiB|TiB|PiB)")
_SIZE_UNITS = {"bytes": 1, "KiB": 2**10, "MiB": 2**20, "GiB": 2**30, "TiB": 2**40, "PiB": 2**50}


def _size_bytes(shown: str) -> float:
    """Bytes of a size as DuckDB shows a setting ("953.6 MiB")."""
    size = _SIZE.fullmatch(shown)
    if size is None:
        raise ValueError(f"not a DuckDB size: {shown!r}")
    return float(size.group(1)) * _SIZE_UNITS[size.group(2)]


def _first_line(exc: Exception) -> str:
    text = str(exc)
    return text.splitlines()[0] if text else repr(exc)


def _migrate(conn: duckdb.DuckDBPyConnection) -> None:
    """Bring a database made by an older version up to schema.sql: its parcels were a
    table (once with a primary key); they become merged_parcels, behind the view."""
    found = conn.execute(named_query("migrate", "old_parcels_table")).fetchone()
    if not found or not found[0]:
        return
    conn.execute("BEGIN TRANSACTION")
    try:
        _run_script(conn, named_query("migrate", "move_old_parcels"), {})
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


@dataclass(frozen=True)
class Precomputed:
    """Figures another engine computed ahead into a data lake (lossanalytics.lake_aggregate):
    every parcel's outcome (view `lake_outcomes`) and the unfiltered rates of every grouping
    (view `lake_rates`), judged as of `as_of` under the analysis scope whose key is `scope_key`."""

    as_of: date
    scope_key: str
    engine: str


@contextmanager
def _begun(cursor: duckdb.DuckDBPyConnection) -> Iterator[None]:
    """BEGIN … COMMIT on `cursor`; anything raised inside rolls the whole block back."""
    cursor.execute("BEGIN TRANSACTION")
    try:
        yield
    except BaseException:
        cursor.execute("ROLLBACK")
        raise
    cursor.execute("COMMIT")


class Session:
    """One cursor inside a transaction; see :meth:`Database.transaction`."""

    def __init__(self, cursor: duckdb.DuckDBPyConnection) -> None:
        self._cursor = cursor

    def execute(self, sql: str, params: Params = None) -> list[tuple[Any, ...]]:
        """Run a statement and return its rows (empty for statements without rows)."""
        result = self._cursor.execute(sql, params) if params is not None else self._cursor.execute(sql)
        try:
            return result.fetchall()
        except duckdb.InvalidInputException:
            return []

    def query(self, sql: str, params: Params = None) -> pa.Table:
        """Run a read-only query and return an Arrow table."""
        return self._cursor.sql(sql, params=params).to_arrow_table()

    def copy_to_parquet(self, sql: str, params: Params, target: Path) -> None:
        """Write the rows of `sql` to the Parquet file `target` (zstd), with DuckDB's own writer.

        A failure to write comes back as an OSError, as it would from Python's own files.
        """
        statement = f"COPY ({sql}) TO {path_literal(target)} (FORMAT parquet, COMPRESSION zstd)"
        try:
            self.execute(statement, params)
        except duckdb.IOException as exc:
            raise OSError(_first_line(exc)) from exc

    def run_script(self, name: str, params: Mapping[str, Any] | None = None) -> None:
        """Run the statements of `queries/<name>.sql` in order, each with the `params` it names."""
        _run_script(self._cursor, load_sql(name), params or {})

    def register(self, name: str, data: pa.Table | pd.DataFrame) -> None:
        """Make an Arrow table or DataFrame visible to SQL as view `name` for this session."""
        self._cursor.register(name, data)

    def unregister(self, name: str) -> None:
        self._cursor.unregister(name)


class Database:
    """A file-backed (or in-memory, for tests) DuckDB database with the canonical schema."""

    def __init__(self, path: str | Path = ":memory:", read_only: bool = False) -> None:
        self.path = str(path)
        self.read_only = read_only
        # Set by lossanalytics.lake_read when the database is a lake's with aggregates that are current.
        self.precomputed: Precomputed | None = None
        if self.path != ":memory:":
            check_database_file(Path(self.path))
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        if not read_only:
            _check_import_memory_limit(self.path)
        config = duckdb_config()
        self._conn = _connect(self.path, read_only, config)
        self._memory_limit = config["memory_limit"]
        self._memory_limit_bytes = _size_bytes(self._conn.execute("SELECT current_setting('memory_limit')")
                                               .fetchall()[0][0])
        self._write_lock = threading.Lock()
        # Timestamps are stored as UTC wall-clock; a host time zone must not shift them.
        self._conn.execute("SET TimeZone = 'UTC'")
        if not read_only:
            _run_script(self._conn, load_sql("schema"), {})
            _migrate(self._conn)
            _run_script(self._conn, load_sql("carrier_names"), {})
            _run_script(self._conn, load_sql("parcels_view"), {})

    def close(self) -> None:
        self._conn.close()

    def query(self, sql: str, params: Params = None, tables: Mapping[str, pa.Table] | None = None) -> pa.Table:
        """Run a read-only query on a fresh cursor and return an Arrow table.

        `tables` are small Arrow tables (settings, lookups) the query can read by name.
        """
        with self._conn.cursor() as cursor:
            for name, table in (tables or {}).items():
                cursor.register(name, table)
            return cursor.sql(sql, params=params).to_arrow_table()

    def query_df(self, sql: str, params: Params = None, tables: Mapping[str, pa.Table] | None = None) -> pd.DataFrame:
        """Like :meth:`query`, as a pandas DataFrame (through Arrow)."""
        return self.query(sql, params, tables).to_pandas()

    def scalar(self, sql: str, params: Params = None) -> Any:
        """The first column of the first row, or None."""
        table = self.query(sql, params)
        return table.column(0)[0].as_py() if table.num_rows else None

    def execute(self, sql: str, params: Params = None) -> list[tuple[Any, ...]]:
        """Run one write statement in its own transaction."""
        with self.transaction() as session:
            return session.execute(sql, params)

    def write_if_idle(self, statements: Sequence[tuple[Sql, Params]], tables: Mapping[str, pa.Table]) -> bool:
        """Run `statements` in one transaction, with `tables` registered, unless another write is
        under way in this process or the database is read-only; whether they ran.

        For derived data a reader keeps to spare the next one the work: a page must not wait for an
        import to finish to keep it, and a write that fails (a full disk) only costs that time again.
        """
        if self.read_only or not self._write_lock.acquire(blocking=False):
            return False
        try:
            with self._conn.cursor() as cursor, _begun(cursor):
                for name, table in tables.items():
                    cursor.register(name, table)
                for sql, params in statements:
                    cursor.execute(sql, params)
            return True
        except duckdb.Error:
            return False
        finally:
            self._write_lock.release()

    def memory_limit_at_most(self, limit_bytes: int) -> str:
        """A `memory_limit` for :meth:`transaction`: `limit_bytes`, or the connection's own cap where
        that is lower (a transaction never raises a cap it is meant to lower)."""
        return self._memory_limit if self._memory_limit_bytes <= limit_bytes else f"{limit_bytes}B"

    @contextmanager
    def transaction(self, memory_limit: str | None = None) -> Iterator[Session]:
        """A cursor inside BEGIN … COMMIT; anything raised rolls the whole block back.

        Writers in this process take turns, so two imports never interleave. `memory_limit`
        is DuckDB's cap while the block runs (an import's, config.import_memory_limit); the
        setting is the whole database's and not transactional, so it is put back in any case.
        """
        with self._write_lock, self._conn.cursor() as cursor:
            if memory_limit is not None:
                cursor.execute("SET memory_limit = $limit", {"limit": memory_limit})
            try:
                with _begun(cursor):
                    yield Session(cursor)
            finally:
                if memory_limit is not None:
                    cursor.execute("SET memory_limit = $limit", {"limit": self._memory_limit})
