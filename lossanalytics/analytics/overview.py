"""The facts the dashboard pages show, as plain data (no Streamlit here)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

import pandas as pd

from lossanalytics.analytics.detect import in_scope
from lossanalytics.analytics.lanes import end_of
from lossanalytics.analytics.metrics import rates
from lossanalytics.analytics.scope import AnalysisScope
from lossanalytics.storage.db import Database
from lossanalytics.storage.sql_text import named_query, render


@dataclass(frozen=True)
class FilterOptions:
    """What the shared filters can choose from."""

    carriers: tuple[str, ...]
    modes: tuple[str, ...]
    dest_countries: tuple[str, ...]
    first_ship_date: date | None
    last_ship_date: date | None
    parcels: int


def filter_options(db: Database) -> FilterOptions:
    row = db.query(named_query("dashboard", "filter_options")).to_pylist()[0]
    first, last = row["first_ship_date"], row["last_ship_date"]
    return FilterOptions(
        tuple(row["carriers"] or ()), tuple(row["modes"] or ()), tuple(row["dest_countries"] or ()),
        first.date() if first else None, last.date() if last else None, row["parcels"],
    )


def data_version(db: Database) -> int:
    """A number that changes with every import or undo."""
    return int(db.scalar(named_query("dashboard", "data_version")))


def import_history(db: Database) -> pd.DataFrame:
    return db.query_df(named_query("dashboard", "import_history"))


def rejects(db: Database, import_id: int) -> pd.DataFrame:
    return db.query_df(named_query("dashboard", "rejects"), {"import_id": import_id})


def events_of(db: Database, tracking_number: str) -> pd.DataFrame:
    return db.query_df(named_query("dashboard", "events_of"), {"tracking_number": tracking_number})


def with_last_event(events: pd.DataFrame, parcel: Mapping[str, Any]) -> pd.DataFrame:
    """The parcel's scans, or, when its exports held no scan history, its last event as
    the tracking export gave it: a timeline is never an empty table while there is one."""
    if len(events) or _text(parcel.get("last_event_time")) is None:
        return events
    return pd.DataFrame([{
        "event_time": parcel.get("last_event_time"), "status": _text(parcel.get("status")),
        "status_raw": _text(parcel.get("status_raw")), "location": None,
        "description": _text(parcel.get("last_event_text")),
    }])


def _text(value: Any) -> str | None:
    """`value` as trimmed text; None when it is missing (None, NaN, NaT, NA) or blank."""
    if value is None or (not isinstance(value, str) and bool(pd.isna(value))):
        return None
    return str(value).strip() or None


@dataclass(frozen=True)
class Headline:
    """The overview's headline figures."""

    shipments: int
    delivered: int
    lost: int
    suspected_lost: int
    in_transit: int
    returned: int
    damaged: int
    loss_rate: float
    loss_rate_low: float
    loss_rate_high: float
    value_at_loss: list[dict[str, float | str]]


def headline(db: Database, scope: AnalysisScope) -> Headline | None:
    """Totals over the parcels in `scope`, or None when there are none."""
    total = rates(db, "total", scope)
    if total.empty or int(total.at[0, "shipments"]) == 0:
        return None
    row = total.iloc[0]
    value = row["value_at_loss"]
    return Headline(
        int(row["shipments"]), int(row["delivered"]), int(row["lost"]), int(row["suspected_lost"]),
        int(row["in_transit"]), int(row["returned"]), int(row["damaged"]), float(row["loss_rate"]),
        float(row["loss_rate_low"]), float(row["loss_rate_high"]), list(value) if value is not None else [],
    )


def undated(db: Database, scope: AnalysisScope) -> int:
    """How many parcels the scope's filters keep that have no ship date, scan or delivery date:
    they cannot be placed in time, so every loss rate leaves them out."""
    predicate, params = scope.filters.predicate()
    return int(db.scalar(render(named_query("dashboard", "undated"), filters=predicate), params))


def shipped_after(db: Database, scope: AnalysisScope) -> int:
    """How many parcels the scope's filters keep that were shipped after its as-of day: no figure of
    that day holds them (filters.sql's in_scope), so a page says how many it leaves out. The default
    day is the newest scan or delivery, so an order export newer than the tracking export, or a ship
    date an export got wrong (after its own delivery), would otherwise vanish without a word."""
    predicate, params = scope.filters.predicate()
    sql = render(named_query("dashboard", "shipped_after"), filters=predicate)
    return int(db.scalar(sql, {**params, "as_of_end": end_of(scope.as_of)}))


def first_ship_after(db: Database, scope: AnalysisScope) -> date | None:
    """The earliest ship date of the parcels the scope's filters keep when none of them had shipped by the end
    of its as-of day (so no figure of that day holds any: filters.sql's in_scope); None when one had, or
    none has a ship date. A page left empty by an as-of day too early says so, and names this day."""
    predicate, params = scope.filters.predicate()
    sql = render(named_query("dashboard", "first_ship_after"), filters=predicate)
    first = db.scalar(sql, {**params, "as_of_end": end_of(scope.as_of)})
    return first.date() if first is not None else None


# A carrier is named when at least this share of its parcels, and this many, have no status read: below
# that, the unread parcels move its rate less than its 95% interval already allows for.
UNREAD_SHARE = 0.10
UNREAD_MIN_PARCELS = 5


@dataclass(frozen=True)
class UnreadCarrier:
    """A carrier whose loss rate rests on parcels without a status: of its `shipments`, `unread` have
    none, `with_words` of those a status value or event text nothing read (the others had none)."""

    carrier: str
    shipments: int
    unread: int
    with_words: int

    @property
    def share(self) -> float:
        return self.unread / self.shipments


def unread_by_carrier(db: Database, scope: AnalysisScope) -> dict[str | None, tuple[int, int]]:
    """Per carrier, its dated parcels in `scope` with no status given or read, and how many of those had a
    status value or event text that nothing read: carrier → (unread, with words)."""
    condition, params = in_scope(scope)
    rows = db.query(render(named_query("dashboard", "unread_by_carrier"), in_scope=condition), params).to_pylist()
    return {row["carrier"]: (int(row["unread"]), int(row["with_words"])) for row in rows}


def unread_carriers(unread: Mapping[str | None, tuple[int, int]], shipments: Mapping[str, int]) -> list[UnreadCarrier]:
    """The carriers of `shipments` (a rates frame's carrier → shipments, in the scope of `unread`) at least
    UNREAD_SHARE and UNREAD_MIN_PARCELS of whose parcels have no status given or read, most such parcels first."""
    found = [UnreadCarrier(carrier, int(shipments[carrier]), count, words)
             for carrier, (count, words) in unread.items() if carrier is not None and shipments.get(carrier)]
    return [item for item in found if item.unread >= UNREAD_MIN_PARCELS and item.share >= UNREAD_SHARE]


def unread_total(unread: Mapping[str | None, tuple[int, int]]) -> tuple[int, int]:
    """All carriers' parcels with no status given or read, and how many of those had words nothing read."""
    return sum(count for count, _ in unread.values()), sum(words for _, words in unread.values())
