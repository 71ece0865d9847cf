"""The claims worklist: detection joined with claim estimates and the seller's claim work.

For every lost, suspected-lost or damaged parcel the shared filters keep:
- `claim_candidates` — the parcel, its outcome, risk and (for suspected ones) reasons;
- `estimate_candidates` — plus where to claim, deadline, estimate with basis, documents
  (the claims core, :func:`lossanalytics.claims.estimate_claims`);
- `attach_claims` — plus the stored claim status, dates and amounts, and an `urgency`
  that puts deadlines about to pass first (`claim_rows`: the same rows unordered, with
  each one's place in the order);
- `deadline_estimates` — the estimates' numbers of the candidates' columns the estimate reads,
  for `deadline_rows`: the rows whose claim deadline is near or gone.

The seller's edits of the worklist are checked and saved by `claims.edits`.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from lossanalytics.analytics import overview
from lossanalytics.analytics.detect import (
    DETAIL_COLUMNS,
    OUTCOME_COLUMNS,
    RULE_COLUMNS,
    OutcomeQuery,
    outcome_query,
)
from lossanalytics.analytics.kept import held_rows
from lossanalytics.analytics.reasons import reasons
from lossanalytics.analytics.scope import AnalysisScope
from lossanalytics.claims import estimate_claims, get_claims, selection
from lossanalytics.claims.documents import OUTCOMES
from lossanalytics.claims.estimate import INPUT_COLUMNS
from lossanalytics.claims.labels import (
    as_dates,
    documents_text,
    documents_texts,
    option_labels,
    urgency_text,
    urgency_texts,
)
from lossanalytics.claims.pack import claim_pack, claim_packs_zip
from lossanalytics.claims.rule_types import Rules
from lossanalytics.claims.statuses import AWAITING_ANSWER, RESOLVED
from lossanalytics.i18n import t
from lossanalytics.storage.db import Database
from lossanalytics.storage.sql_text import Sql, identifiers, named_query

#: Claim fields as the worklist names them (prefixed where a parcel column has the same name).
CLAIM_FIELDS: dict[str, str] = {
    "claim_status": "status",
    "reported_on": "reported_on",
    "filed_on": "filed_on",
    "resolved_on": "resolved_on",
    "amount_claimed": "amount_claimed",
    "amount_recovered": "amount_recovered",
    "claim_currency": "currency",
    "notes": "notes",
}
#: Urgency of a claim, most pressing first (labels: `ui.claims.urgency.<name>`).
URGENCIES: tuple[str, ...] = ("urgent", "open", "undated", "passed", "in_progress", "closed")
DEFAULT_WARN_DAYS = 14

def claim_candidates(db: Database, scope: AnalysisScope, lang: str = "en", with_reasons: bool = True) -> pd.DataFrame:
    """Every lost, suspected-lost or damaged parcel in `scope`, with risk and reasons.

    `reasons` says why a suspected parcel was flagged; for a lost or damaged parcel it is the
    outcome in words (the carrier or the seller said so). With `with_reasons=False`
    the numbers behind the reasons (`detect.RULE_COLUMNS`, `DETAIL_COLUMNS`) are kept
    instead, for :func:`add_reasons` to put in words for just the rows on screen.
    """
    query = outcome_query(db, scope)
    frame = db.query_df(claim_candidates_sql(query), query.params, query.tables)
    return add_reasons(frame, lang) if with_reasons else frame


def claim_candidates_sql(query: OutcomeQuery, columns: Sequence[str] = OUTCOME_COLUMNS) -> Sql:
    """The statement of :func:`claim_candidates` around the outcome query `query`, its `columns` only."""
    return query.wrap(named_query("outcome_lists", "claim_candidates"), columns=identifiers(columns, OUTCOME_COLUMNS))


def add_reasons(frame: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Candidates kept without reasons (see :func:`claim_candidates`) with `reasons` after `risk`."""
    words = {o: t(f"outcome.{o}", lang) for o in frame["outcome"].unique()}
    texts = pd.Series(frame["outcome"].map(words).to_numpy(dtype=object), index=frame.index, dtype=object)
    suspected = (frame["outcome"] == "suspected_lost").to_numpy()
    if suspected.any():
        texts[suspected] = reasons(frame[suspected].reset_index(drop=True), lang)
    out = frame.drop(columns=[*RULE_COLUMNS, *DETAIL_COLUMNS])
    out.insert(out.columns.get_loc("risk") + 1, "reasons", texts)
    return out


def estimate_candidates(
    db: Database, scope: AnalysisScope, rules: Rules, lang: str = "en", with_reasons: bool = True, *, today: date,
) -> pd.DataFrame:
    """The candidates with where to claim, deadline, days left, estimate and its basis, documents.

    Outcomes are judged as of `scope.as_of` (the data's date); days left count from
    `today`, the real current day, since a claim window closes whatever the age of the export.
    """
    candidates = claim_candidates(db, scope, lang, with_reasons)
    return estimate_claims(candidates, today, rules, lang)


def deadline_estimates(db: Database, scope: AnalysisScope, rules: Rules, lang: str = "en", *,
                       today: date) -> pd.DataFrame:
    """:func:`estimate_candidates` of the columns the estimate reads (`estimate.INPUT_COLUMNS`), the
    risk that orders the worklist, and the claim's numbers the estimate appends (not its texts,
    `estimate.WORD_COLUMNS`): the same rows, in the same order, with the same values in those columns.
    What :func:`deadline_rows` needs (the claim deadlines advice): at ten million parcels the other
    parcel columns and the outcome's numbers cost a third of the statement, the texts a third of the
    estimate."""
    return estimate_claims(_deadline_candidates(db, scope).to_pandas(), today, rules, lang, words=False)


#: The candidates' columns :func:`deadline_estimates` reads, and the .sql files that compute them.
DEADLINE_CANDIDATE_COLUMNS = (*INPUT_COLUMNS, "risk")
_CANDIDATES_COMPUTED_BY = ("outcome_lists", "outcomes", "filters", "lanes")


def _deadline_candidates(db: Database, scope: AnalysisScope) -> pa.Table:
    """The claim candidates of `scope` with :data:`DEADLINE_CANDIDATE_COLUMNS`, by tracking number. An unfiltered
    scope's are kept with the data (lossanalytics.analytics.kept) under its data version and the scope's day and
    thresholds, so that a later process, or a call after the caches were emptied, reads them instead of judging
    every parcel again: at ten million parcels that judgement is most of the claim deadlines' time."""

    def judged() -> pa.Table:
        query = outcome_query(db, scope)
        return db.query(claim_candidates_sql(query, DEADLINE_CANDIDATE_COLUMNS), query.params, query.tables)

    return held_rows(db, scope, "claim_candidates_store", _CANDIDATES_COMPUTED_BY, judged, judged=scope.key())


def attach_claims(estimates: pd.DataFrame, claims: pd.DataFrame, warn_days: int = DEFAULT_WARN_DAYS) -> pd.DataFrame:
    """The estimates joined with the stored claims (see :data:`CLAIM_FIELDS`), most urgent first.

    A parcel without a stored claim is "to_report". `urgency` is one of :data:`URGENCIES`:
    a claim not yet filed is "urgent" when its deadline is at most `warn_days` away,
    "passed" when it is gone, "undated" when no deadline can be set, else "open";
    filed claims are "in_progress", compensated or rejected ones "closed".
    """
    return selection.in_order(claim_rows(estimates, claims, warn_days))


def claim_rows(estimates: pd.DataFrame, claims: pd.DataFrame, warn_days: int = DEFAULT_WARN_DAYS) -> pd.DataFrame:
    """The rows of :func:`attach_claims` left in estimate order, with each row's place in the
    worklist order in column `selection.PLACE`: no row is copied (what the Claims page keeps,
    showing only the first rows of a view in order, `selection.first_rows`)."""
    # The claim columns are looked up for each parcel and put beside the estimates without copying
    # them (copy-on-write): the worklist of a big seller holds hundreds of thousands of rows.
    found = _stored_claims(estimates, claims)
    found["steps_done"] = _steps_done(found["steps_done"].to_numpy(dtype=object))
    rank = _ranks(found["claim_status"].to_numpy(dtype=object), estimates["days_left"], warn_days)
    found["urgency"] = np.asarray(URGENCIES, dtype=object)[rank]
    rows = _worklist_order(rank, *_order_keys(estimates))
    places = np.empty(len(rows), dtype=np.int64)
    places[rows] = np.arange(len(rows))
    found[selection.PLACE] = places
    return pd.concat([estimates, found], axis=1)


def deadline_rows(estimates: pd.DataFrame, claims: pd.DataFrame, columns: Sequence[str],
                  warn_days: int = DEFAULT_WARN_DAYS) -> pd.DataFrame:
    """The rows of the worklist of `estimates` and `claims` (see :func:`attach_claims`) whose claim is
    "urgent" or "passed", in worklist order: their `columns` and `urgency`. What the claim deadlines
    advice reads, without joining every claim column to every row (most rows are neither)."""
    # A worklist has hundreds of thousands of rows and few stored claims: only the claimed rows'
    # statuses are looked up (the rest are "to_report", not yet filed), not every claim column.
    status = np.full(len(estimates), "to_report", dtype=object)
    if not claims.empty:
        at = pd.Index(claims["tracking_number"]).get_indexer(estimates["tracking_number"])
        status[at >= 0] = claims["status"].to_numpy(dtype=object)[at[at >= 0]]
    rank = _ranks(status, estimates["days_left"], warn_days)
    rows = np.flatnonzero(np.isin(rank, (URGENCIES.index("urgent"), URGENCIES.index("passed"))))
    # In the worklist's order, so that the advice names the same first claim as the Claims page.
    days, risk, tracking = _order_keys(estimates)
    rows = rows[_worklist_order(rank[rows], days[rows], risk[rows], tracking.take(rows))]
    due = estimates.loc[:, list(columns)].iloc[rows].reset_index(drop=True)
    due["urgency"] = np.asarray(URGENCIES, dtype=object)[rank[rows]]
    return due


def _stored_claims(estimates: pd.DataFrame, claims: pd.DataFrame) -> pd.DataFrame:
    """The stored claim of each row of `estimates` (see :data:`CLAIM_FIELDS`), "to_report" where none is."""
    stored = claims.rename(columns={v: k for k, v in CLAIM_FIELDS.items() if k != v})
    keep = ["tracking_number", *CLAIM_FIELDS, "steps_done", "updated_at"]
    stored = stored.loc[:, [c for c in keep if c in stored.columns]].set_index("tracking_number")
    found = stored.reindex(estimates["tracking_number"]).reset_index(drop=True)
    found.index = estimates.index
    # Arrow fills the gaps of a text column at once; pandas' fillna takes a slow path for it
    # (at ten million parcels, 247,555 rows: 2 ms against 0.17 s).
    status = pa.array(found["claim_status"].astype("str").array)
    found["claim_status"] = pd.Series(pc.fill_null(status, "to_report").to_pandas(), index=found.index)
    return found


def _order_keys(estimates: pd.DataFrame) -> tuple[np.ndarray, np.ndarray, pa.Array]:
    """What orders the worklist besides the urgency: days left (none: last), risk, tracking number."""
    return (estimates["days_left"].to_numpy(dtype=float, na_value=math.inf),
            estimates["risk"].to_numpy(dtype=float, na_value=np.nan),
            pa.array(estimates["tracking_number"].array))


def _worklist_order(rank: np.ndarray, days: np.ndarray, risk: np.ndarray, tracking: pa.Array) -> np.ndarray:
    """The positions of the rows in worklist order: deadlines about to pass first (`rank`, a place in
    :data:`URGENCIES` per row); within a group the nearest deadline, then the riskiest parcel, then the
    tracking number (the keys of :func:`_order_keys`)."""
    # Arrow's sort (stable, missing values last as in pandas) takes the four keys at once, the
    # tracking numbers as they are: pandas first numbers every key's values, strings included.
    order = pa.table({"rank": rank, "days": days, "risk": -risk, "tn": tracking})
    keys = [(key, "ascending") for key in order.column_names]
    positions: np.ndarray = pc.sort_indices(order, sort_keys=keys).to_numpy()
    return positions


def _ranks(status: np.ndarray, days_left: pd.Series, warn_days: int) -> np.ndarray:
    """:func:`urgency` of every row by whole columns, as its place in :data:`URGENCIES`."""
    place = URGENCIES.index
    days = days_left.to_numpy(dtype=float, na_value=np.nan)
    with np.errstate(invalid="ignore"):
        by_days = np.select([np.isnan(days), days < 0, days <= warn_days],
                            [place("undated"), place("passed"), place("urgent")], default=place("open"))
    return np.select([np.isin(status, RESOLVED), np.isin(status, AWAITING_ANSWER)],
                     [place("closed"), place("in_progress")], default=by_days)


def _steps_done(stored: np.ndarray) -> np.ndarray:
    """Each parcel's steps done: its stored list, or an empty one. Most parcels have no claim
    yet; they share one empty list (nothing changes a row's list in place: the claim detail
    copies it), instead of a Python loop making hundreds of thousands of them."""
    present = np.flatnonzero(pd.notna(stored))
    lists = present[np.array([isinstance(v, list) for v in stored[present]], dtype=bool)]
    out = np.empty(len(stored), dtype=object)
    out.fill([])
    out[lists] = stored[lists]
    return out


def urgency(status: str, days_left: Any, warn_days: int = DEFAULT_WARN_DAYS) -> str:
    """How pressing one claim is (see :func:`attach_claims`)."""
    if status in RESOLVED:
        return "closed"
    if status in AWAITING_ANSWER:
        return "in_progress"
    if days_left is None or pd.isna(days_left):
        return "undated"
    if days_left < 0:
        return "passed"
    return "urgent" if days_left <= warn_days else "open"


def claims_worklist(
    db: Database, scope: AnalysisScope, rules: Rules, lang: str = "en", warn_days: int = DEFAULT_WARN_DAYS, *,
    today: date,
) -> pd.DataFrame:
    """Every claimable parcel in `scope`: estimate, stored claim and urgency (see above),
    deadlines counted from `today`."""
    found = estimate_candidates(db, scope, rules, lang, today=today)
    return attach_claims(found, get_claims(db), warn_days)


# --------------------------------------------------------------------------- packs


def _pack_row(row: Mapping[str, Any]) -> dict[str, Any]:
    """A worklist row as the pack expects it: the parcel's tracking `status`, not the claim's."""
    return {k: v for k, v in dict(row).items() if k not in ("steps_done", "updated_at")}


def events_for(db: Database, tracking_numbers: Iterable[str]) -> pd.DataFrame:
    """The tracking timelines of several parcels, each row carrying its tracking number."""
    frames = []
    for number in tracking_numbers:
        events = overview.events_of(db, number)
        frames.append(events.assign(tracking_number=number))
    if not frames:
        return pd.DataFrame(columns=["tracking_number", "event_time", "status", "status_raw", "location",
                                     "description"])
    return pd.concat(frames, ignore_index=True)


def pack_of(db: Database, row: Mapping[str, Any], lang: str, today: date) -> bytes:
    """The claim pack (ZIP) of one worklist row, with its tracking timeline."""
    clean = _pack_row(row)
    return claim_pack(clean, overview.events_of(db, str(row["tracking_number"])), clean, lang, today=today)


def packs_of(db: Database, rows: pd.DataFrame, lang: str, today: date) -> bytes:
    """One ZIP with a folder per parcel for several worklist rows."""
    frame = pd.DataFrame([_pack_row(r) for r in rows.to_dict("records")])
    return claim_packs_zip(frame, events_for(db, rows["tracking_number"]), lang, today=today)


__all__ = [
    "CLAIM_FIELDS",
    "OUTCOMES",
    "URGENCIES",
    "add_reasons",
    "as_dates",
    "attach_claims",
    "claim_candidates",
    "claim_rows",
    "claims_worklist",
    "deadline_estimates",
    "documents_text",
    "documents_texts",
    "estimate_candidates",
    "events_for",
    "option_labels",
    "pack_of",
    "packs_of",
    "urgency",
    "urgency_text",
    "urgency_texts",
]
