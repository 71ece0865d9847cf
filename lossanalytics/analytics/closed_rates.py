"""The closed parcels' share of the rates, kept with the data (issue 14).

A delivered, lost, damaged, returned or cancelled parcel's outcome is its status whatever the
as-of day, and an undated one is never judged. As of any day that ends after the newest ship
date, an unfiltered scope holds every parcel, so the rows the rates pass (rates.sql's passed)
gets from the closed parcels are the same for every such day: they are kept in the database
(queries/closed_rates_store.sql) under the data version, as the lane history is
(lossanalytics.analytics.lanes), and later calls judge only the open parcels and add their rows.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

import pyarrow as pa

from lossanalytics.analytics.lanes import data_version, kept_key
from lossanalytics.storage.db import Database, Identifier, named_query, render


@dataclass(frozen=True)
class ClosedRows:
    """Where one data version's closed rows of the groupings `bys` are kept in `db`."""

    db: Database
    version: str
    bys: str

    def kept(self, keys: Sequence[Identifier], as_of_end: datetime) -> pa.Table | None:
        """The kept rows (columns `part`, `keys` and the pass's figures) if they hold as of
        `as_of_end`; None when none are kept for it or the database is read-only."""
        if self.db.read_only:
            return None
        sql = render(named_query("closed_rates_store", "stored"), keys=list(keys))
        table = self.db.query(sql, {"version": self.version, "bys": self.bys, "as_of_end": as_of_end})
        return table if table.num_rows else None

    def keep(self, passed: pa.Table, as_of_end: datetime) -> bool:
        """Keep the closed rows of `passed` (the whole pass as of `as_of_end`) when they hold as of
        any later moment too, unless another write is under way; whether they were kept."""
        if self.db.read_only:
            return False
        newest = self.db.scalar(named_query("closed_rates_store", "newest_ship"))
        if newest is None or newest >= as_of_end:
            return False
        key = {"version": self.version, "bys": self.bys}
        return self.db.write_if_idle(
            [(named_query("closed_rates_store", "forget"), key),
             (named_query("closed_rates_store", "keep"), {**key, "newest_ship": newest})],
            {"passed": passed})


def closed_rows(db: Database, bys: Sequence[str]) -> ClosedRows:
    """The store of `db`'s closed rows for the groupings `bys`, under its current data version with
    the release and the text of the SQL that judges and groups them: rows another release or
    another text computed, perhaps otherwise, are not read."""
    version = kept_key(data_version(db), ("rates", "outcomes", "filters"))
    return ClosedRows(db, version, json.dumps(list(dict.fromkeys(bys))))
