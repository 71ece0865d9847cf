"""The date parcels are judged as of, by default: the newest event in the seller's data.

An export is a snapshot. Judged as of today, a snapshot three weeks old makes every
parcel still travelling on the day it was taken look stalled, and its newest month look
lost. So, unless the seller chooses a date, parcels are judged as of the newest scan,
last event or delivery in the data; when that is recent (within `CURRENT_WITHIN_DAYS`
of today), as of today.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from lossanalytics.storage.db import Database
from lossanalytics.storage.sql_text import load_sql

# Exports lag by a day or so (time zones, a scan not yet synced): data this fresh is current.
CURRENT_WITHIN_DAYS = 2


@dataclass(frozen=True)
class DataDate:
    """How current the seller's data is, seen from `today`."""

    today: date
    newest_event: date | None

    @property
    def age_days(self) -> int:
        """Whole days from the newest event to today (0 without any event)."""
        return (self.today - self.newest_event).days if self.newest_event else 0

    @property
    def is_stale(self) -> bool:
        """Whether the data is too old to judge as of today without saying so."""
        return self.age_days > CURRENT_WITHIN_DAYS

    @property
    def default_as_of(self) -> date:
        """The newest event's day when the data is old, else today."""
        return self.newest_event if self.is_stale and self.newest_event else self.today


def newest_event(db: Database, today: date) -> date | None:
    """The day of the newest scan, last event or delivery up to `today`, or None without any."""
    newest = db.scalar(load_sql("asof"), {"today": today})
    return newest.date() if newest is not None else None


def data_date(db: Database, today: date | None = None) -> DataDate:
    """How current the data in `db` is, seen from `today` (default: the current date)."""
    day = today or date.today()
    return DataDate(day, newest_event(db, day))
