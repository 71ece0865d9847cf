"""What is normal on each lane, learned from its delivered parcels (DESIGN §6).

A lane is carrier × origin × destination × mode. Its history (queries/lanes.sql) is the
same for every view of the data as of one day, so it is learned once per data version
and as-of date and handed to the outcome query as a small registered table: its
percentiles over a million parcels cost as much as a whole page's other queries.
The data version changes with every import or undo (queries/lanes_version.sql), which
are the only ways parcels change.

Learned as of a day after the newest delivery, the history is the same for every such day,
so it is also kept in the database with its data version (queries/lane_store.sql): a
process opened later (a restarted dashboard, the CLI) reads 80 rows where it would learn
them again from ten million parcels. A history as of an earlier day is learned each time.
"""

from __future__ import annotations

import hashlib
import json
import threading
import weakref
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from typing import TypeVar, cast

import pyarrow as pa

from lossanalytics import __version__
from lossanalytics.storage.db import Database
from lossanalytics.storage.sql_text import load_sql, named_query

_CACHE: weakref.WeakKeyDictionary[Database, dict[tuple[object, ...], object]] = weakref.WeakKeyDictionary()
_LOCK = threading.Lock()
T = TypeVar("T")
_KEPT_PER_DATABASE = 16  # lane histories and stated_after answers, a few as-of days each


def end_of(as_of: date) -> datetime:
    """Midnight after `as_of`: everything before it was known on that day."""
    return datetime.combine(as_of + timedelta(days=1), time())


def lane_history(db: Database, as_of: date) -> pa.Table:
    """Per lane: delivered parcels, transit p95, scan-gap p95/p99, lateness p99 (see lanes.sql)."""
    return _per_version(db, ("lanes", as_of), lambda version: _kept_or_learned(db, version, end_of(as_of)))


def stated_after(db: Database, as_of: date) -> bool:
    """Whether any parcel's status was stated (its scan or delivery) after the end of `as_of`: only
    then must the outcome query compare each parcel's dates with the day (outcomes.sql's known_later)."""
    def newest_after(_version: tuple[object, ...]) -> bool:
        newest = db.scalar(named_query("kept", "newest_ship"))
        return newest is not None and newest >= end_of(as_of)

    return bool(_per_version(db, ("stated_after", as_of), newest_after))


def _per_version(db: Database, what: tuple[object, ...], compute: Callable[[tuple[object, ...]], T]) -> T:
    """`compute(version)` for `db`'s data version, kept in this process for that version: the data
    changes only with a new version. Not kept when an import committed while it was computed."""
    version = data_version(db)
    key = (version, *what)
    with _LOCK:
        known = _CACHE.setdefault(db, {})
        if key in known:
            return cast(T, known[key])
    value = compute(version)
    if data_version(db) != version:
        return value  # an import committed meanwhile: not known to be `version`'s, so not cached
    with _LOCK:
        if len(known) >= _KEPT_PER_DATABASE:
            known.clear()
        known[key] = value
    return value


def data_version(db: Database) -> tuple[object, ...]:
    """What changes whenever the parcels can have changed (queries/lanes_version.sql)."""
    return tuple(db.query(load_sql("lanes_version")).to_pylist()[0].values())


def kept_key(version: tuple[object, ...], queries: tuple[str, ...]) -> str:
    """The key of what is kept with the data: the data `version` with the release and the text of
    the `queries` (.sql files) that computed it, so that rows another release or another text
    computed, perhaps otherwise, are not read."""
    computing = hashlib.sha256("".join(load_sql(name) for name in queries).encode()).hexdigest()[:16]
    return json.dumps([__version__, computing, *version], default=str)


def _kept_or_learned(db: Database, version: tuple[object, ...], as_of_end: datetime) -> pa.Table:
    """The lane history kept for data `version` if it holds as of `as_of_end`, else learned (and kept
    when it would hold as of any later moment too, and the data is still at `version`: an import that
    committed meanwhile may be in what was learned). A read-only database (perhaps made before the
    table was) neither reads nor keeps one."""
    key = kept_key(version, ("lanes",))
    if not db.read_only:
        kept = db.query(named_query("lane_store", "stored"), {"version": key, "as_of_end": as_of_end})
        if kept.num_rows:
            return kept
    table = db.query(load_sql("lanes"), {"as_of_end": as_of_end})
    if db.read_only or not table.num_rows:
        return table
    newest = db.scalar(named_query("lane_store", "newest_delivery"))
    if newest is not None and newest < as_of_end and data_version(db) == version:
        db.write_if_idle([(named_query("lane_store", "forget"), None),
                          (named_query("lane_store", "keep"), {"version": key, "newest_delivery": newest})],
                         {"learned": table})
    return table
