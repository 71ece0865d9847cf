"""Loss rates with honest uncertainty, for any whitelisted grouping (DESIGN §7)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

from lossanalytics.analytics.detect import outcome_query
from lossanalytics.analytics.scope import AnalysisScope
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
Z95 = 1.959963984540054


def wilson_interval(successes: np.ndarray, totals: np.ndarray, z: float = Z95) -> tuple[np.ndarray, np.ndarray]:
    """Wilson score interval for binomial proportions; NaN where the total is 0."""
    k = np.asarray(successes, dtype=float)
    n = np.asarray(totals, dtype=float)
    with np.errstate(invalid="ignore", divide="ignore"):
        p = k / n
        denominator = 1 + z**2 / n
        centre = (p + z**2 / (2 * n)) / denominator
        half = z * np.sqrt(p * (1 - p) / n + z**2 / (4 * n**2)) / denominator
    return np.clip(centre - half, 0, 1), np.clip(centre + half, 0, 1)


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


def rates(db: Database, by: str, scope: AnalysisScope) -> pd.DataFrame:
    """Counts per outcome, loss rates with Wilson 95% intervals, value at loss per currency,
    transit-day percentiles of delivered parcels and the on-time rate against the EDD."""
    return rates_many(db, (by,), scope)[by]


def rates_many(db: Database, bys: Sequence[str], scope: AnalysisScope) -> dict[str, pd.DataFrame]:
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
    query = outcome_query(db, scope)
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
