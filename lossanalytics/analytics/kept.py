"""Rows kept with the data (issue 14): what a data version gives the same on every later day.

A delivered, lost, damaged, returned or cancelled parcel's outcome is its status on every as-of day
after the scan or delivery that stated it, an undated one is never judged, and a parcel's own fields
need no outcome at all. As of any day that ends after the newest ship date, scan and delivery, an
unfiltered scope holds every parcel, so the rows a pass gets from the closed parcels are the same for
every such day: a pass keeps them in the database, and later calls judge only the open parcels and add
their rows.

A pass and the kept rows it joins must be of one data version: a pass reads one snapshot, but an
import may commit between the key's version and the pass. So rows are kept, and kept rows joined with
a later pass, only when the data is still at the key's version after the pass (`current`): whichever
the order, a pass before that check read the key's version.

Each concern keeps its rows in a table of its own, with `queries/<store>.sql` of three statements:
`stored` (the kept rows of $version and the key's other parameters, if every parcel shipped before
$as_of_end), `forget` (rows of other versions and those about to be kept again) and `keep` (the rows
of the registered table `computed` to keep, with $newest_ship). Rows are kept under the data version
with the release and the text of the SQL that computed them (`lanes.kept_key`): rows another release
or another text computed, perhaps otherwise, are never read.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime

import pyarrow as pa

from lossanalytics.analytics.detect import OutcomeQuery, outcome_query, outcome_query_with
from lossanalytics.analytics.filters import Filters
from lossanalytics.analytics.lanes import data_version, end_of, kept_key, lane_history
from lossanalytics.analytics.scope import AnalysisScope
from lossanalytics.storage.db import Database
from lossanalytics.storage.sql_text import Part, named_params, named_query, render


@dataclass(frozen=True)
class KeptRows:
    """Where the rows of `store`, computed by the `computing` .sql files, are kept in `db` under `key`
    (its `version` and other parameters)."""

    db: Database
    store: str
    computing: tuple[str, ...]
    key: Mapping[str, object]

    def current(self) -> bool:
        """Whether the data is still at the version the rows are kept under."""
        return kept_key(data_version(self.db), self.computing) == self.key["version"]

    def kept(self, as_of_end: datetime, **parts: Part) -> pa.Table | None:
        """The kept rows (statement `stored`, its placeholders filled by `parts`) if they hold as of
        `as_of_end`; None when none are kept for it or the database is read-only."""
        if self.db.read_only:
            return None
        sql = render(named_query(self.store, "stored"), **parts)
        table = self.db.query(sql, named_params(sql, {**self.key, "as_of_end": as_of_end}))
        return table if table.num_rows else None

    def keep(self, computed: pa.Table, as_of_end: datetime) -> bool:
        """Keep the rows of `computed` (the whole pass as of `as_of_end`) that statement `keep` picks,
        when they hold as of any later moment too and the data is still at the key's version, unless
        another write is under way; whether they were."""
        if self.db.read_only or not self.current():
            return False
        newest = self.db.scalar(named_query("kept", "newest_ship"))
        if newest is None or newest >= as_of_end:
            return False
        forget, keep = named_query(self.store, "forget"), named_query(self.store, "keep")
        return self.db.write_if_idle(
            [(forget, named_params(forget, self.key)), (keep, named_params(keep, {**self.key, "newest_ship": newest}))],
            {"computed": computed})

    def held(self, as_of_end: datetime, compute: Callable[[], pa.Table]) -> pa.Table:
        """The kept rows (statement `stored`) if they hold as of `as_of_end`, else the rows `compute()` gives,
        kept as :meth:`keep` keeps them (a computation that found no row keeps none, so it runs again)."""
        if (kept := self.kept(as_of_end)) is not None:
            return kept
        found = compute()
        self.keep(found, as_of_end)
        return found

    def passed(self, scope: AnalysisScope, passing: Callable[[OutcomeQuery, bool], pa.Table], **parts: Part) -> pa.Table:
        """A pass's rows for every parcel in `scope`, `passing(query, closed)` running it around the outcome
        query `query` (`closed`: whether it holds the closed parcels): the kept rows (statement `stored`,
        filled by `parts`) with the open parcels' pass where they hold for the scope's day and the data
        stayed at their version, else the pass over every parcel, whose rows are then kept."""
        as_of_end = end_of(scope.as_of)
        kept = self.kept(as_of_end, **parts)
        if kept is not None:
            # Rows are kept only as of a day after every parcel's status was stated (kept.sql's
            # newest_ship), so no open parcel's needs its dates compared with the day.
            opened = passing(outcome_query_with(scope, lane_history(self.db, scope.as_of), closed=False,
                                                stated_later=False), False)
            if self.current():
                return pa.concat_tables([kept, opened.select(kept.column_names).cast(kept.schema)])
        computed = passing(outcome_query(self.db, scope), True)
        self.keep(computed, as_of_end)
        return computed


def kept_rows(db: Database, store: str, computing: tuple[str, ...], **key: object) -> KeptRows:
    """The store `store` of `db`'s rows computed by the `computing` .sql files, under its current data
    version and the other `key` parameters (text the store's statements bind)."""
    return KeptRows(db, store, computing, {"version": kept_key(data_version(db), computing), **key})


def held_rows(db: Database, scope: AnalysisScope, store: str, computing: tuple[str, ...],
              compute: Callable[[], pa.Table], **key: object) -> pa.Table:
    """The rows `compute()` gives for `scope`: where kept rows may serve it (:func:`keeps`), those of `store`
    under its data version and `key` if they hold for the scope's day, else computed and kept (:meth:`KeptRows.held`)."""
    if not keeps(db, scope):
        return compute()
    return kept_rows(db, store, computing, **key).held(end_of(scope.as_of), compute)


def keeps(db: Database, scope: AnalysisScope) -> bool:
    """Whether kept rows may serve `scope`: unfiltered, on a writable database."""
    return scope.filters == Filters() and not db.read_only
