"""Find any parcel by tracking number or order id, and everything known about it.

`find_parcels` matches the seller's text (case and spaces ignored) against every
parcel, not only the suspected-lost ones: exact matches first, then numbers that start
with it, then numbers that contain it. `parcel_report` gathers one parcel's facts, its
outcome as of a date with the evidence that decided it, the reasons it is suspected
lost, its timeline, the files it came from and its claim.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

import pandas as pd

from lossanalytics.analytics.detect import OUTCOME_COLUMNS, outcome_query
from lossanalytics.analytics.overview import events_of, with_last_event
from lossanalytics.analytics.reasons import reasons
from lossanalytics.analytics.scope import AnalysisScope
from lossanalytics.analytics.thresholds import DetectionSettings
from lossanalytics.storage.db import Database
from lossanalytics.storage.sql_text import identifiers, named_query

MATCH_LIMIT = 20
MATCH_COLUMNS: tuple[str, ...] = ("tracking_number", "order_id", "carrier", "ship_date", "status", "match")


def normalise_query(text: str | None) -> str:
    """The seller's text as parcel keys are kept: without any whitespace, upper case."""
    return "".join((text or "").split()).upper()


@dataclass(frozen=True)
class Matches:
    """The parcels a search found: at most the limit, best first, and how many there are in all."""

    query: str
    parcels: pd.DataFrame
    total: int

    @property
    def more(self) -> int:
        """Matches beyond those listed."""
        return self.total - len(self.parcels)

    @property
    def single(self) -> str | None:
        """The one parcel the seller meant: the only match, or the only exact match."""
        exact = self.parcels[self.parcels["match"] == "exact"]
        if len(exact) == 1:
            return str(exact.iloc[0]["tracking_number"])
        if self.total == 1:
            return str(self.parcels.iloc[0]["tracking_number"])
        return None


def find_parcels(db: Database, text: str | None, limit: int = MATCH_LIMIT) -> Matches:
    """Parcels whose tracking number or order id equals, starts with or contains `text`."""
    needle = normalise_query(text)
    if not needle:
        return Matches(needle, pd.DataFrame(columns=list(MATCH_COLUMNS)), 0)
    found = db.query_df(named_query("parcel_search", "matches"), {"needle": needle, "limit": limit})
    total = int(found["total"].iloc[0]) if len(found) else 0
    return Matches(needle, found.loc[:, list(MATCH_COLUMNS)], total)


@dataclass(frozen=True)
class ParcelReport:
    """Everything known about one parcel, as of one date.

    `outcome` is None when the parcel was shipped after that date; `risk` is given for
    parcels still open (in transit or suspected lost); `reasons` are the suspected-loss
    rules that fired, in words ("" unless suspected lost); `timeline` holds its scans, or
    its last event when no scan was imported (`last_event_only`); `sources` has one row
    per import and kind of row (`held`: parcel or events) with the file's row numbers.
    """

    facts: dict[str, Any]
    outcome: str | None
    risk: int | None
    reasons: str
    timeline: pd.DataFrame
    last_event_only: bool
    sources: pd.DataFrame
    claim: dict[str, Any] | None


def parcel_report(db: Database, tracking_number: str, as_of: date, settings: DetectionSettings,
                  lang: str) -> ParcelReport | None:
    """The report of the parcel with exactly this tracking number, or None if there is none."""
    params = {"tracking_number": tracking_number}
    rows = db.query_df(named_query("parcel_search", "parcel"), params).to_dict("records")
    if not rows:
        return None
    facts = rows[0]
    judged = _outcome(db, tracking_number, as_of, settings)
    outcome = risk = None
    said = ""
    if len(judged):
        row = judged.iloc[0]
        outcome, risk = str(row["outcome"]), None if pd.isna(row["risk"]) else int(row["risk"])
        if outcome == "suspected_lost":
            # The evidence behind the status is shown on its own, so the rules are worded without it.
            said = reasons(judged.assign(status_source=None), lang)[0]
    claims = db.query_df(named_query("parcel_search", "claim"), params).to_dict("records")
    scans = events_of(db, tracking_number)
    timeline = with_last_event(scans, facts)
    return ParcelReport(
        facts=facts, outcome=outcome, risk=risk, reasons=said,
        timeline=timeline, last_event_only=scans.empty and not timeline.empty,
        sources=db.query_df(named_query("parcel_search", "sources"), params),
        claim={k: None if pd.isna(v) else v for k, v in claims[0].items()} if claims else None,
    )


def _outcome(db: Database, tracking_number: str, as_of: date, settings: DetectionSettings) -> pd.DataFrame:
    """The parcel's outcome row (with the numbers behind each rule); empty if shipped after `as_of`."""
    # Every parcel can be searched for: the shared filters do not narrow a search.
    query = outcome_query(db, AnalysisScope(as_of, settings))
    return db.query_df(
        query.wrap(named_query("outcome_lists", "one_parcel"), columns=identifiers(OUTCOME_COLUMNS, OUTCOME_COLUMNS)),
        {**query.params, "search_tracking_number": tracking_number}, query.tables,
    )
