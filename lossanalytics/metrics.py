"""Loss rates with honest uncertainty, for any whitelisted grouping (DESIGN §7)."""

from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd

from lossanalytics.db import Database, load_sql
from lossanalytics.detect import outcome_params, outcomes_sql
from lossanalytics.filters import Filters
from lossanalytics.settings import DetectionSettings

# Grouping name → canonical output columns and the SQL that computes each.
GROUPINGS: dict[str, dict[str, str]] = {
    "total": {},
    "carrier": {"carrier": "carrier"},
    "route": {"origin_country": "origin_country", "dest_country": "dest_country"},
    "mode": {"mode": "mode"},
    "carrier,mode": {"carrier": "carrier", "mode": "mode"},
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


def rates(
    db: Database, by: str, as_of: date, settings: DetectionSettings, filters: Filters = Filters()
) -> pd.DataFrame:
    """Counts per outcome, loss rate with its Wilson 95% interval, value at loss, transit percentiles."""
    if by not in GROUPINGS:
        raise ValueError(f"unknown grouping {by!r}; choose one of {', '.join(GROUPINGS)}")
    keys = GROUPINGS[by]
    outcomes, params = outcomes_sql(filters)
    # Identifiers come only from GROUPINGS; a constant key keeps the SQL uniform for the total.
    key_defs = ", ".join(f"{expr} AS {name}" for name, expr in keys.items()) or "'all' AS total"
    key_names = ", ".join(keys) or "total"
    sql = (
        load_sql("rates").replace("{outcomes}", outcomes).replace("{key_defs}", key_defs).replace("{keys}", key_names)
    )
    frame = db.query_df(sql, {**params, **outcome_params(as_of, settings)}, {"mode_thresholds": settings.mode_table()})
    if not keys:
        frame = frame.drop(columns=["total"])
    return add_rates(frame)


def add_rates(frame: pd.DataFrame) -> pd.DataFrame:
    """Add loss_rate (lost + suspected), its interval, confirmed_loss_rate and the small-sample mark."""
    lost = frame["lost"].to_numpy() + frame["suspected_lost"].to_numpy()
    n = frame["shipments"].to_numpy()
    low, high = wilson_interval(lost, n)
    with np.errstate(invalid="ignore", divide="ignore"):
        frame["loss_rate"] = lost / n
        frame["confirmed_loss_rate"] = frame["lost"].to_numpy() / n
    frame["loss_rate_low"] = low
    frame["loss_rate_high"] = high
    frame["small_sample"] = n < MIN_GROUP_SIZE
    return frame
