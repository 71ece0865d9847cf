"""Dates that disagree only once merged: a ship date from one file and a delivery from another that,
merged into one parcel, put the delivery before the shipping (queries/import_merge_dates.sql).

A row's own two dates are checked as it is read (importing.plan); these two came from different rows,
perhaps of different files imported in either order, so they are checked after the merge, and the
import that brought one of them warns of it: its own row, column and date, and the file, row and date
of the other, for the parcel. Both dates are kept (only the seller can tell which is wrong); the
rates and the lanes leave that transit time out by the same rule as for one row. Undoing either file
checks those warnings again: one whose conflict the undone file made goes, one that named it names
the rows that remain.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from lossanalytics.i18n import t
from lossanalytics.storage.db import Session
from lossanalytics.storage.sql_text import Sql, fragment, named_query, render

#: The warnings' reasons: this import gave the delivery, or it gave the ship date.
REASONS = ("reject.merged_delivered_before_shipped", "reject.merged_shipped_after_delivered")


@dataclass(frozen=True)
class MergedDates:
    """One parcel whose merged dates put its delivery before its shipping, as this import's row saw it."""

    parcel: str
    row: int           # this import's row
    date: str          # the date this import's row gave, as the seller wrote it
    other_file: str
    other_row: int
    other_date: str    # the date the other row gave
    reason: str        # one of REASONS

    def words(self, lang: str) -> str:
        """The warning in `lang`: the parcel, the two dates and where the other came from."""
        return t(self.reason, lang, parcel=self.parcel, date=self.date, file=self.other_file, row=self.other_row,
                 other_date=self.other_date)


def warn_merged_dates(session: Session, import_id: int, file_name: str,
                      headers: dict[str, str]) -> tuple[MergedDates, ...]:
    """Record, among import `import_id`'s warnings, every parcel it merged whose delivery now comes before
    its shipping though no one row said so; `headers` (field → the file's header) name the columns.
    Runs after the merge (writer.rebuild), before its temp tables are dropped."""
    rows = session.execute(_warn("this_import"), {
        "id": import_id, "name": file_name, "ship_header": headers.get("ship_date"),
        "delivered_header": headers.get("delivered_date"),
        "scan_header": headers.get("last_event_time") or headers.get("event_time"),
    })
    return tuple(merged_dates(row, value, reason) for row, _column, value, reason in rows)


def recheck_merged_dates(session: Session) -> None:
    """After an undo rebuilt parcels (writer.rebuild), their merged-date warnings checked again against
    the rows that remain: each import that warned of a parcel still late warns of it again, naming the
    other file's row that now gives the other date; a warning whose conflict is gone is removed.
    Runs before the undo's temp tables are dropped (writer.drop_temp_tables drops the one it adds)."""
    reasons = {"reasons": list(REASONS)}
    session.execute(named_query("import_merge_dates", "set_aside"), reasons)
    session.execute(named_query("import_merge_dates", "remove_set_aside"), reasons)
    session.execute(_warn("warned_before"), {"name": None, "ship_header": None, "delivered_header": None,
                                             "scan_header": None})


def _warn(warners: str) -> Sql:
    """The warn statement, its warning imports named by the block `warners` of import_merge_dates.sql."""
    return render(named_query("import_merge_dates", "warn"), warners=fragment("import_merge_dates", warners))


def merged_dates(row: int, value: str, reason: str) -> MergedDates:
    """The warning of `reason` (one of REASONS) on `row`, from its stored `value`."""
    facts = json.loads(value)
    return MergedDates(str(facts["parcel"]), int(row), str(facts["date"]), str(facts["file"]), int(facts["row"]),
                       str(facts["other_date"]), reason)
