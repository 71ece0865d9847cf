"""Outcomes as of a date and the suspected-lost list with reasons in words (DESIGN §4, §6).

The rules and thresholds live in queries/outcomes.sql: each lane with enough delivered
parcels is judged by its own history (lossanalytics.analytics.lanes), the others by their mode's
defaults. This module runs that query and turns the numbers behind each rule into words.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pandas as pd
import pyarrow as pa

from lossanalytics.analytics.lanes import end_of, lane_history, stated_after
from lossanalytics.analytics.reasons import reasons
from lossanalytics.analytics.scope import AnalysisScope
from lossanalytics.storage.db import Database
from lossanalytics.storage.parcel_columns import PARCEL_COLUMNS
from lossanalytics.storage.sql_text import Part, Sql, identifiers, load_sql, named_query, render

RULE_COLUMNS = ("rule_stalled", "rule_overdue", "rule_past_edd", "rule_gave_up", "rule_stuck_exception")
DETAIL_COLUMNS = (
    "days_silent", "days_since_ship", "days_past_edd", "stall_days", "overdue_days", "edd_grace_days",
    "stall_learned", "overdue_learned", "edd_learned", "with_customs", "lane_delivered", "lane_transit_p95",
    "lane_gap_p95", "lane_gap_p99", "lane_late_p99", "flag_time", "known_later",
)
#: The columns the outcome query gives each parcel, in the order the lists show them.
OUTCOME_COLUMNS: tuple[str, ...] = (*PARCEL_COLUMNS, "outcome", "risk", *RULE_COLUMNS, *DETAIL_COLUMNS)


@dataclass(frozen=True)
class OutcomeQuery:
    """The outcome query (one row per parcel) with everything it needs to run."""

    sql: Sql
    params: dict[str, Any]
    tables: dict[str, pa.Table]

    def wrap(self, template: Sql, **parts: Part) -> Sql:
        """`template` with `{outcomes}` replaced by this query (and other `parts`, see sql_text.render)."""
        return render(template, outcomes=self.sql, **parts)


def outcome_query(db: Database, scope: AnalysisScope) -> OutcomeQuery:
    """The outcome of every parcel the scope's filters keep, judged as of the end of its as-of day.

    On a lake whose aggregates were judged as of the same day under the same thresholds, the
    outcomes are read from them (the filters still apply) instead of being judged again."""
    if serves(db, scope):
        predicate, params = scope.filters.predicate()
        return OutcomeQuery(render(named_query("lake_read", "outcomes"), filters=predicate), params, {})
    return outcome_query_with(scope, lane_history(db, scope.as_of), stated_later=stated_after(db, scope.as_of))


def serves(db: Database, scope: AnalysisScope) -> bool:
    """Whether `db`'s precomputed outcomes (a lake's aggregates) are those of `scope`, whatever its filters."""
    return db.precomputed is not None and db.precomputed.scope_key == AnalysisScope(scope.as_of, scope.settings).key()


def outcome_query_with(scope: AnalysisScope, lanes: pa.Table, closed: bool = True,
                       stated_later: bool = True) -> OutcomeQuery:
    """:func:`outcome_query` with the lane history `lanes` (lanes.sql) learned by any engine; without
    the closed parcels (delivered, lost, damaged, returned, cancelled, undated) unless `closed`.
    `stated_later=False` says that no parcel's status was stated after the as-of day
    (lanes.stated_after), so none needs its dates compared with it."""
    condition, params = in_scope(scope)
    return OutcomeQuery(
        render(load_sql("outcomes"), in_scope=condition, closed=named_query("filters", "all" if closed else "none"),
               known_later=named_query("filters", "stated_later" if stated_later else "none")),
        {**params, **scope.settings.query_params()},
        {"mode_thresholds": scope.settings.mode_table(), "lane_history": lanes},
    )


def in_scope(scope: AnalysisScope) -> tuple[Sql, dict[str, Any]]:
    """The condition on the parcels `p` that `scope` judges (filters.sql's in_scope: shipped before
    the end of its as-of day or undated, and kept by its filters), and its parameters."""
    predicate, params = scope.filters.predicate()
    return render(named_query("filters", "in_scope"), filters=predicate), {**params, "as_of_end": end_of(scope.as_of)}


def shipments_sql(query: OutcomeQuery) -> Sql:
    """The statement of :func:`shipments` around the outcome query `query`."""
    columns = identifiers((*PARCEL_COLUMNS, "outcome", "risk"), OUTCOME_COLUMNS)
    return query.wrap(named_query("outcome_lists", "shipments"), columns=columns)


def shipments(db: Database, scope: AnalysisScope) -> pd.DataFrame:
    """Every parcel in `scope` with its outcome as of its day (the CLI's `shipments`)."""
    query = outcome_query(db, scope)
    return db.query_df(shipments_sql(query), query.params, query.tables)


def open_parcels(db: Database, scope: AnalysisScope) -> pd.DataFrame:
    """Every parcel in `scope` still open as of its day (in transit or suspected lost) with the numbers
    behind each rule, including `flag_time`: when it was, or will be if nothing changes, flagged."""
    query = outcome_query(db, scope)
    return db.query_df(
        query.wrap(named_query("outcome_lists", "open_parcels"), columns=identifiers(OUTCOME_COLUMNS, OUTCOME_COLUMNS)),
        query.params, query.tables,
    )


def suspected_sql(query: OutcomeQuery) -> Sql:
    """The statement of :func:`suspected` around the outcome query `query`."""
    return query.wrap(named_query("outcome_lists", "suspected"), columns=identifiers(OUTCOME_COLUMNS, OUTCOME_COLUMNS))


def suspected(db: Database, scope: AnalysisScope, lang: str = "en") -> pd.DataFrame:
    """Suspected-lost parcels in `scope`, riskiest first, each with its reasons in `lang`."""
    query = outcome_query(db, scope)
    frame = db.query_df(suspected_sql(query), query.params, query.tables)
    return with_reasons(frame, _unread_lookup(db), lang)


#: The carrier's unread words of some parcels: tracking numbers → rows (tracking_number, words).
UnreadLookup = Callable[[list[str]], list[dict[str, Any]]]


def with_reasons(frame: pd.DataFrame, unread: UnreadLookup, lang: str) -> pd.DataFrame:
    """Rows of the suspected list (:func:`suspected_sql`, any engine) with `status_unread` and,
    after `risk`, their `reasons`; `unread` finds the words nothing could read."""
    frame["status_unread"] = _unread_words(frame, unread)
    frame.insert(frame.columns.get_loc("risk") + 1, "reasons", reasons(frame, lang))
    return frame


def _unread_lookup(db: Database) -> UnreadLookup:
    return lambda numbers: db.query(named_query("status_vocabulary", "unread_words"), {"numbers": numbers}).to_pylist()


def _unread_words(frame: pd.DataFrame, unread: UnreadLookup) -> list[str | None]:
    """For each parcel whose status nothing could read, the carrier's words that were not
    understood (so its reasons can say so, and where to give them a meaning)."""
    numbers = frame.loc[frame["status_source"].isna() & frame["status"].eq("unknown"), "tracking_number"]
    if numbers.empty:
        return [None] * len(frame)
    words = {row["tracking_number"]: row["words"] for row in unread(numbers.tolist())}
    return [words.get(number) for number in frame["tracking_number"]]
