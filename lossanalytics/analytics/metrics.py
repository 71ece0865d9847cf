"""Loss rates with honest uncertainty, for any whitelisted grouping (DESIGN §7)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

import numpy as np
import numpy.typing as npt
import pandas as pd
from statsmodels.stats.proportion import proportion_confint

from lossanalytics.analytics.detect import outcome_query
from lossanalytics.analytics.filters import Filters
from lossanalytics.analytics.thresholds import DetectionSettings
from lossanalytics.storage.db import Database, load_sql

# Grouping name → canonical output columns and the SQL that computes each.
GROUPINGS: dict[str, dict[str, str]] = {
    "total": {},
    "carrier": {"carrier": "carrier"},
    "route": {"origin_country": "origin_country", "dest_country": "dest_country"},
    "mode": {"mode": "mode"},
    "carrier,mode": {"carrier": "carrier", "mode": "mode"},
    "lane": {"carrier": "carrier", "origin_country": "origin_country", "dest_country": "dest_country",
             "mode": "mode"},
    "dest_country": {"dest_country": "dest_country"},
    "service": {"service": "service"},
    "month": {"month": "strftime(ship_date, '%Y-%m')"},
    "marketplace": {"marketplace": "marketplace"},
}
MIN_GROUP_SIZE = 30


def wilson_interval(
    successes: npt.ArrayLike, totals: npt.ArrayLike, alpha: float = 0.05
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64]]:
    """Wilson score interval (statsmodels' reference implementation) for binomial proportions,
    at confidence 1 - alpha; NaN where the total is 0."""
    with np.errstate(invalid="ignore", divide="ignore"):
        low, high = proportion_confint(
            np.asarray(successes, dtype=float), np.asarray(totals, dtype=float), alpha=alpha, method="wilson"
        )
    return np.asarray(low, dtype=float), np.asarray(high, dtype=float)


def grouping_keys(by: str) -> list[str]:
    """The output columns that identify a group of `by`; ValueError for an unknown grouping."""
    if by not in GROUPINGS:
        raise ValueError(f"unknown grouping {by!r}; choose one of {', '.join(GROUPINGS)}")
    return list(GROUPINGS[by])


def key_sql(by: str) -> tuple[str, str]:
    """The grouping's `expression AS name` list and its name list, for the SQL templates.

    Identifiers come only from GROUPINGS; a constant key keeps the SQL uniform for the total.
    """
    keys = GROUPINGS[by]
    key_defs = ", ".join(f"{expr} AS {name}" for name, expr in keys.items()) or "'all' AS total"
    return key_defs, ", ".join(keys) or "total"


def rates(
    db: Database, by: str, as_of: date, settings: DetectionSettings, filters: Filters = Filters()
) -> pd.DataFrame:
    """Counts per outcome, loss rates with Wilson 95% intervals, value at loss per currency,
    transit-day percentiles of delivered parcels and the on-time rate against the EDD."""
    return rates_many(db, (by,), as_of, settings, filters)[by]


def rates_many(
    db: Database, bys: Sequence[str], as_of: date, settings: DetectionSettings, filters: Filters = Filters()
) -> dict[str, pd.DataFrame]:
    """`rates` for several groupings at once, judging every parcel only once (grouping sets):
    a page that shows routes, modes and lanes pays for one pass, not three."""
    # Identifiers come only from GROUPINGS; the total groups by a constant.
    sets = {by: grouping_keys(by) or ["total"] for by in dict.fromkeys(bys)}
    columns = {name: expr for by in sets for name, expr in (GROUPINGS[by] or {"total": "'all'"}).items()}
    names = list(columns)
    fill = {
        "{key_defs}": ", ".join(f"{expr} AS {name}" for name, expr in columns.items()),
        "{keys}": ", ".join(names),
        "{set_id}": f"grouping({', '.join(names)})",
        "{currency_sets}": ", ".join(f"({', '.join([*keys, 'currency'])})" for keys in sets.values()),
        "{sets}": ", ".join(f"({', '.join(keys)})" for keys in sets.values()),
        "{same_keys}": " AND ".join(f"v.{name} IS NOT DISTINCT FROM c.{name}" for name in names),
    }
    query = outcome_query(db, as_of, settings, filters)
    sql = query.wrap(load_sql("rates"))
    for placeholder, text in fill.items():
        sql = sql.replace(placeholder, text)
    frame = db.query_df(sql, query.params, query.tables)
    result = {}
    for by, keys in sets.items():
        # grouping() sets a bit, first column highest, for each column a set leaves out.
        set_id = sum(1 << (len(names) - 1 - i) for i, name in enumerate(names) if name not in keys)
        figures = [c for c in frame.columns if c != "set_id" and c not in names]
        part = frame.loc[frame["set_id"] == set_id, [*GROUPINGS[by], *figures]]
        result[by] = add_rates(part.reset_index(drop=True))
    return result


def add_rates(frame: pd.DataFrame) -> pd.DataFrame:
    """Add loss_rate (lost + suspected) and confirmed_loss_rate (lost), each with its Wilson
    interval, and the mark for groups too small to judge."""
    n = frame["shipments"].to_numpy()
    for name, losses in (("loss_rate", frame["lost"].to_numpy() + frame["suspected_lost"].to_numpy()),
                         ("confirmed_loss_rate", frame["lost"].to_numpy())):
        low, high = wilson_interval(losses, n)
        with np.errstate(invalid="ignore", divide="ignore"):
            frame[name] = losses / n
        frame[f"{name}_low"] = low
        frame[f"{name}_high"] = high
    frame["small_sample"] = n < MIN_GROUP_SIZE
    return frame
