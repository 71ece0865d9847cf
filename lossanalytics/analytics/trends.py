"""Monthly loss rates per carrier or mode, with the months too young to judge marked (DESIGN §7).

A recent month's loss rate is biased low: its parcels are still travelling, and a lost
one is only suspected once its lane's thresholds have passed. A month is therefore
`mature` only when both hold as of the as-of date:
- at most `max_in_transit_share` of its parcels are still in transit, and
- its last day is older than the group's 95th-percentile transit time (of delivered
  parcels), so even its slow parcels have had time to arrive.
"""

from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd

from lossanalytics.analytics import metrics
from lossanalytics.analytics.detect import outcome_query
from lossanalytics.analytics.lanes import end_of
from lossanalytics.analytics.metrics import KEY_COLUMNS, add_rates, grouping_keys, key_columns
from lossanalytics.analytics.scope import AnalysisScope
from lossanalytics.storage.db import Database
from lossanalytics.storage.sql_text import identifiers, load_sql

TREND_GROUPINGS = ("total", "carrier", "mode")
MAX_IN_TRANSIT_SHARE = 0.05


def monthly(
    db: Database, by: str, scope: AnalysisScope, max_in_transit_share: float = MAX_IN_TRANSIT_SHARE,
) -> pd.DataFrame:
    """Per group of `by` ("total", "carrier" or "mode") and ship month: counts, loss rate
    with its Wilson interval, `in_transit_share`, the group's `transit_p95` and `mature`."""
    if by not in TREND_GROUPINGS:
        raise ValueError(f"unknown trend grouping {by!r}; choose one of {', '.join(TREND_GROUPINGS)}")
    keys = grouping_keys(by)
    query = outcome_query(db, scope)
    sql = query.wrap(load_sql("trends"), keys=identifiers(key_columns(by), KEY_COLUMNS))
    frame = db.query_df(sql, query.params, query.tables)
    if not keys:
        frame = frame.drop(columns=["total"])
    return mark_maturity(add_rates(frame), scope.as_of, max_in_transit_share)


def months_with_maturity(db: Database, scope: AnalysisScope) -> pd.DataFrame:
    """The rates per ship month (metrics.rates by "month") with each month's `mature` flag, judged
    over every parcel as :func:`monthly` judges the "total" grouping, so a young month's low rate is
    drawn as not yet final wherever it is shown."""
    # One pass of the rates serves both: the month rows' counts, and the total's 95th-percentile
    # transit time, the same quantile of the same delivered parcels as trends.sql's group_transit.
    found = metrics.rates_many(db, ("month", "total"), scope)
    frame = found["month"]
    total = found["total"]
    p95 = float(total["transit_p95"].iloc[0]) if len(total) else float("nan")
    months = frame[["month", "shipments", "in_transit"]].assign(
        month_start=pd.to_datetime(frame["month"] + "-01"), transit_p95=p95)
    flags = mark_maturity(months, scope.as_of)
    return frame.assign(mature=flags["mature"].to_numpy(np.bool_))


def mark_maturity(frame: pd.DataFrame, as_of: date, max_in_transit_share: float = MAX_IN_TRANSIT_SHARE) -> pd.DataFrame:
    """Add `in_transit_share`, `days_since_month_end` and `mature` to monthly rows that
    carry month_start, shipments, in_transit and transit_p95."""
    month_end = pd.to_datetime(frame["month_start"]) + pd.offsets.MonthBegin(1)
    frame["in_transit_share"] = frame["in_transit"] / frame["shipments"]
    frame["days_since_month_end"] = (pd.Timestamp(end_of(as_of)) - month_end).dt.total_seconds() / 86400
    # Without a delivered parcel there is no transit time to wait for: such a month cannot be judged.
    old_enough = (frame["days_since_month_end"] >= frame["transit_p95"]).fillna(False).to_numpy(bool)
    frame["mature"] = old_enough & (frame["in_transit_share"] <= max_in_transit_share).to_numpy(bool)
    return frame.drop(columns=["month_start"]).assign(mature=lambda f: f["mature"].astype(np.bool_))
