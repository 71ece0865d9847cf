"""What is normal on each lane, learned from its delivered parcels (DESIGN §6).

A lane is carrier × origin × destination × mode. Its history (queries/lanes.sql) is the
same for every view of the data as of one day, so it is learned once per data version
and as-of date and handed to the outcome query as a small registered table: its
percentiles over a million parcels cost as much as a whole page's other queries.
The data version changes with every import or undo (queries/lanes_version.sql), which
are the only ways parcels change.
"""

from __future__ import annotations

import threading
import weakref
from datetime import date, datetime, time, timedelta

import pyarrow as pa

from lossanalytics.storage.db import Database, load_sql

_CACHE: weakref.WeakKeyDictionary[Database, dict[tuple[object, ...], pa.Table]] = weakref.WeakKeyDictionary()
_LOCK = threading.Lock()
_KEPT_PER_DATABASE = 8


def end_of(as_of: date) -> datetime:
    """Midnight after `as_of`: everything before it was known on that day."""
    return datetime.combine(as_of + timedelta(days=1), time())


def lane_history(db: Database, as_of: date) -> pa.Table:
    """Per lane: delivered parcels, transit p95, scan-gap p95/p99, lateness p99 (see lanes.sql)."""
    version = tuple(db.query(load_sql("lanes_version")).to_pylist()[0].values())
    key = (version, as_of)
    with _LOCK:
        known = _CACHE.setdefault(db, {})
        if key in known:
            return known[key]
    table = db.query(load_sql("lanes"), {"as_of_end": end_of(as_of)})
    with _LOCK:
        if len(known) >= _KEPT_PER_DATABASE:
            known.clear()
        known[key] = table
    return table
