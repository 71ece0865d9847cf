"""The advice's figures that hold on every later day, kept with the data (lossanalytics.analytics.kept).

The pass over the outcomes (advice.sql's kinds) counts the parcels per lane, outcome and flags. A closed
parcel's outcome is its status and its flags are its own fields, so for an unfiltered scope as of a day
after the newest ship date, scan and delivery its rows are kept and later calls judge only the open parcels: at ten million
parcels most are closed. The high-value threshold is a quantile of declared values, which need no
outcome at all: it is kept as it is. Neither does the insurance pass (a parcel's value and its lane's
limits and loss rates): its rows are kept under a digest of all it weighed them by, so a later day
whose lanes lose at the same rates reads them, and any other day weighs again.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Callable, Mapping
from typing import Any

import pyarrow as pa

from lossanalytics.analytics.detect import OutcomeQuery, outcome_query
from lossanalytics.analytics.kept import held_rows, keeps, kept_rows
from lossanalytics.analytics.scope import AnalysisScope
from lossanalytics.storage.db import Database


def advice_kinds(db: Database, scope: AnalysisScope, usd: Mapping[str, float], order_ids: str,
                 run: Callable[[OutcomeQuery], pa.Table]) -> pa.Table:
    """The rows of advice.sql's kinds for every parcel in `scope`, `run(query)` running it around the
    outcome query `query`. The kept closed rows serve where they hold (and no import committed while the
    open parcels were judged), under the exchange rates `usd` (US dollars per unit of each code) and the
    way order IDs are counted (`order_ids`, the piece's name)."""
    if not keeps(db, scope):
        return run(outcome_query(db, scope))
    store = kept_rows(db, "advice_kinds_store", ("advice", "outcomes", "filters"), order_ids=order_ids,
                      fx=json.dumps([list(usd), list(usd.values())]))
    return store.passed(scope, lambda query, _closed: run(query))


def high_value_threshold(db: Database, scope: AnalysisScope, usd: Mapping[str, float], valued: int, quantile: float,
                         run: Callable[[float], pa.Table]) -> float | None:
    """numpy.quantile(values, quantile, method="lower") of the `valued` values in US dollars at the rates
    `usd` in `scope` (None when there are none), `run(fraction)` running advice.sql's threshold at the
    fraction that makes DuckDB's quantile_disc choose the same position; the kept one where it holds."""
    if valued == 0:
        return None
    position = math.floor((valued - 1) * quantile)

    found = held_rows(db, scope, "threshold_store", ("advice", "filters"), lambda: run((position + 0.5) / valued),
                      valued=valued, fx=json.dumps([list(usd), list(usd.values()), quantile]))
    return found.column("threshold_usd")[0].as_py()


def insurance_rows(db: Database, scope: AnalysisScope, weighed_by: Mapping[str, Any], run: Callable[[], pa.Table]) -> pa.Table:
    """advice.sql's insurance rows for `scope`, `run()` running the pass; the kept ones where they hold: an
    unfiltered scope as of a day after every ship date, weighed by the same `weighed_by` (the lanes table
    with keys, loss rates and limits, the services' limits, the exchange rates and the premium, in JSON
    terms). A pass that found no row keeps none, so it runs again."""
    weighed = hashlib.sha256(json.dumps(weighed_by, sort_keys=True, default=str).encode()).hexdigest()
    return held_rows(db, scope, "insurance_store", ("advice", "filters"), run, weighed=weighed)
