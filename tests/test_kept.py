"""Rows kept with the data (lossanalytics.analytics.kept, and the lane history) are of one data version: an
import that commits between the key and a pass neither gets its rows kept under the old key nor mixed with
the kept ones."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

import pyarrow as pa

from lossanalytics.advice.kept_figures import advice_kinds
from lossanalytics.analytics.detect import OutcomeQuery
from lossanalytics.analytics.kept import kept_rows
from lossanalytics.analytics.lanes import lane_history
from lossanalytics.storage.db import Database
from lossanalytics.storage.sql_text import load_sql, named_query, render
from tests.test_advice_kept import valued
from tests.test_detect_lanes import OPEN, SCOPE, history, insert, parcel

LATE = [parcel("LATE-1", "DHL", "express", "CN-GB", 30, 25, "delivered", "Delivered", delivered=25)]


def kinds_store(db: Database) -> int:
    return int(db.scalar("SELECT count(*) FROM advice_kinds_store"))


def test_rows_are_not_kept_under_a_version_the_data_has_left(db: Database) -> None:
    insert(db, history())
    store = kept_rows(db, "threshold_store", ("advice", "filters"), valued=60, fx="[]")
    assert store.current()
    insert(db, LATE)
    assert not store.current()
    assert not store.keep(pa.table({"threshold_usd": [1.0]}), datetime(2027, 1, 1))
    assert db.scalar("SELECT count(*) FROM threshold_store") == 0


def test_kept_rows_are_not_joined_with_a_pass_that_read_a_newer_version(db: Database) -> None:
    valued(db, history() + OPEN)

    def run(query: OutcomeQuery, commit_first: bool = False) -> pa.Table:
        if commit_first:
            insert(db, LATE)  # an import commits while the open parcels are about to be judged
        sql = render(named_query("advice", "kinds"), outcomes=query.sql, parcels=named_query("advice", "parcels"),
                     order_ids=named_query("advice", "order_ids_read"))
        return db.query(sql, {**query.params, "blank": " ", "fx_codes": ["USD"], "fx_rates": [1.0]},
                        {**query.tables, "advice_lanes": pa.table({
                            "carrier": pa.array([], pa.string()), "origin_country": pa.array([], pa.string()),
                            "dest_country": pa.array([], pa.string()), "mode": pa.array([], pa.string()),
                            "loss_rate": pa.array([], pa.float64()), "loss_rate_low": pa.array([], pa.float64()),
                            "lane": pa.array([], pa.int64()), "rated": pa.array([], pa.bool_())})})

    first = advice_kinds(db, SCOPE, {"USD": 1.0}, "order_ids_read", run)
    assert kinds_store(db) > 0 and sum(first.column("parcels").to_pylist()) == 73
    calls = iter([True, False])
    later = advice_kinds(db, SCOPE, {"USD": 1.0}, "order_ids_read", lambda query: run(query, next(calls)))
    # The open pass read the new parcel's version (LATE, delivered, is no open parcel): without the check the
    # kept rows of the old version would add up to 73; every parcel is judged again instead.
    assert sum(later.column("parcels").to_pylist()) == 74


class CommitsWhileLearning(Database):
    """A database on which an import commits just before the lane history is first learned."""

    fired = False

    def query(self, sql: str, params: Any = None, tables: Any = None) -> pa.Table:
        if sql == load_sql("lanes") and not self.fired:
            self.fired = True
            insert(self, LATE)
        return super().query(sql, params, tables)


def test_a_lane_history_learned_while_an_import_commits_is_neither_kept_nor_cached(tmp_path: Path) -> None:
    db = CommitsWhileLearning(tmp_path / "lanes.duckdb")
    insert(db, history())
    lane_history(db, SCOPE.as_of)
    assert db.scalar("SELECT count(*) FROM lane_history_store") == 0
    # Learned again for the version the data is at now, and kept: DHL's lane joins the three others.
    assert lane_history(db, SCOPE.as_of).num_rows == 4
    assert db.scalar("SELECT count(*) FROM lane_history_store") == 4
    db.close()
