"""Which worklist rows a table or a picker offers: those of a view and a search, most urgent first, a limited number.

A big seller's worklist holds hundreds of thousands of parcels. A browser table or
drop-down list of all of them is slow to send on every run and of no use to scroll, so
each offers the first rows that match and says how many match in all: a search reaches
any other parcel.

The Claims page keeps its worklist with the rows unordered and each row's place in the
worklist order in column :data:`PLACE` (`worklist.claim_rows`): putting hundreds of
thousands of rows of some seventy columns in order costs more than the page's other
work on them, while a table or picker orders only the rows it shows.
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
#: The column holding each row's place in the worklist order (0 the most urgent; see `worklist.attach_claims`).
PLACE = "worklist_place"


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


def order_of(work: pd.DataFrame, keep: np.ndarray, limit: int | None = None) -> np.ndarray:
    """The positions of the rows of `work` where `keep` is true, in worklist order
    (column :data:`PLACE`): the first `limit` of them, or all."""
    rows = np.flatnonzero(keep)
    places = work[PLACE].to_numpy()[rows]
    if limit is not None and len(rows) > limit:
        # Only the rows shown are sorted: the first `limit` places are found without ordering the rest.
        first = np.argpartition(places, limit)[:limit]
        rows, places = rows[first], places[first]
    return rows[np.argsort(places)]


def first_rows(work: pd.DataFrame, keep: np.ndarray, limit: int | None = None) -> pd.DataFrame:
    """The first `limit` rows (all without) of `work` where `keep` is true, in worklist order,
    numbered from 0, without the :data:`PLACE` column.

    Only these rows are copied, however many match.
    """
    return work.iloc[order_of(work, keep, limit)].drop(columns=PLACE).reset_index(drop=True)


def in_order(work: pd.DataFrame) -> pd.DataFrame:
    """Every row of `work` in worklist order (what the CLI and the Spark engine give): each row is copied."""
    return first_rows(work, np.ones(len(work), dtype=bool))


def with_rows(shown: pd.DataFrame, work: pd.DataFrame, numbers: Sequence[str]) -> pd.DataFrame:
    """`shown` followed by the rows of `work` whose tracking numbers are in `numbers` and not
    in `shown` (the parcels a picker must keep offering because they are chosen), in worklist order."""
    missing = set(numbers) - set(shown["tracking_number"])
    if not missing:
        return shown
    extra = first_rows(work, work["tracking_number"].isin(missing).to_numpy(dtype=bool))
    return pd.concat([shown, extra], ignore_index=True)
