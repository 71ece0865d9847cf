"""The advice's pass over the outcomes (advice.sql's kinds), its closed parcels' rows kept with the data.

The pass counts the parcels per lane, outcome and flags (a few hundred rows). A closed parcel's outcome
is its status and its flags are its own fields, so for an unfiltered scope as of a day after the newest
ship date its rows are kept in the database (lossanalytics.analytics.kept) and later calls judge only the
open parcels: at ten million parcels most are closed.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping

import pyarrow as pa

from lossanalytics.analytics.detect import OutcomeQuery, outcome_query, outcome_query_with
from lossanalytics.analytics.kept import keeps, kept_rows
from lossanalytics.analytics.lanes import end_of, lane_history
from lossanalytics.analytics.scope import AnalysisScope
from lossanalytics.storage.db import Database


def advice_kinds(db: Database, scope: AnalysisScope, usd: Mapping[str, float], order_ids: str,
                 run: Callable[[OutcomeQuery], pa.Table]) -> pa.Table:
    """The rows of advice.sql's kinds for every parcel in `scope`, `run(query)` running it around the
    outcome query `query`. The kept closed rows serve where they hold, under the exchange rates `usd`
    (US dollars per unit of each code) and the way order IDs are counted (`order_ids`, the piece's name)."""
    if not keeps(db, scope):
        return run(outcome_query(db, scope))
    store = kept_rows(db, "advice_kinds_store", ("advice", "outcomes", "filters"), order_ids=order_ids,
                      fx=json.dumps([list(usd), list(usd.values())]))
    as_of_end = end_of(scope.as_of)
    kept = store.kept(as_of_end)
    if kept is not None:
        opened = run(outcome_query_with(scope, lane_history(db, scope.as_of), closed=False))
        return pa.concat_tables([kept, opened.select(kept.column_names).cast(kept.schema)])
    computed = run(outcome_query(db, scope))
    store.keep(computed, as_of_end)
    return computed
