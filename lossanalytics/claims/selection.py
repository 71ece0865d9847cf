"""Which worklist rows a table or a picker offers: those of a view and a search, most urgent first, a limited number.

A big seller's worklist holds hundreds of thousands of parcels. A browser table or
drop-down list of all of them is slow to send on every run and of no use to scroll, so
each offers the first rows that match (the worklist is sorted most urgent first) and
says how many match in all: a search reaches any other parcel.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

#: The urgencies (see `worklist.URGENCIES`) each view of the claims table keeps; "all" keeps every one.
VIEWS: dict[str, tuple[str, ...]] = {
    "todo": ("urgent", "open", "undated", "passed"),
    "in_progress": ("in_progress",),
    "closed": ("closed",),
}


def matching(work: pd.DataFrame, search: str = "", view: str = "all") -> np.ndarray:
    """Which worklist rows are in `view` and contain `search` in their tracking number or
    order ID (case and spaces ignored; blank finds every row), as a boolean array."""
    keep = np.ones(len(work), dtype=bool)
    if view in VIEWS:
        keep &= work["urgency"].isin(VIEWS[view]).to_numpy(dtype=bool)
    needle = search.strip().upper().replace(" ", "")
    if needle:
        numbers = work["tracking_number"].fillna("").str.upper().str.contains(needle, regex=False)
        orders = work["order_id"].fillna("").str.upper().str.replace(" ", "").str.contains(needle, regex=False)
        keep &= (numbers | orders).to_numpy(dtype=bool)
    return keep


def first_rows(work: pd.DataFrame, keep: np.ndarray, limit: int) -> pd.DataFrame:
    """The first `limit` rows of `work` where `keep` is true, numbered from 0.

    Only these rows are copied, however many match.
    """
    return work.iloc[np.flatnonzero(keep)[:limit]].reset_index(drop=True)


def with_rows(shown: pd.DataFrame, work: pd.DataFrame, numbers: Sequence[str]) -> pd.DataFrame:
    """`shown` followed by the rows of `work` whose tracking numbers are in `numbers` and not
    in `shown` (the parcels a picker must keep offering because they are chosen)."""
    missing = set(numbers) - set(shown["tracking_number"])
    if not missing:
        return shown
    extra = work[work["tracking_number"].isin(missing)]
    return pd.concat([shown, extra], ignore_index=True)
