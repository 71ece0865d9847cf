"""Which worklist rows the claims table and the parcel pickers offer: a view, a search, a limit."""

from __future__ import annotations

import numpy as np
import pandas as pd

from lossanalytics.claims import selection

WORK = pd.DataFrame({
    "tracking_number": ["LX1", "LX2", "UP3", "LX4", None, "CN6"],
    "order_id": ["113-1", None, "lx 9", "A 77", "113-9", "b7"],
    "urgency": ["urgent", "open", "passed", "in_progress", "closed", "urgent"],
    selection.PLACE: range(6),
})
# The same rows as the Claims page keeps them: unordered, each with its place in the worklist order.
UNORDERED = WORK.assign(**{selection.PLACE: [5, 0, 3, 1, 4, 2]})


def test_matching_rows_of_a_view_and_a_search() -> None:
    assert selection.matching(WORK).tolist() == [True] * 6
    assert selection.matching(WORK, view="todo").tolist() == [True, True, True, False, False, True]
    assert selection.matching(WORK, view="closed").tolist() == [False, False, False, False, True, False]
    # Case and spaces do not matter, in tracking numbers and order IDs alike.
    assert selection.matching(WORK, " lx ").tolist() == [True, True, True, True, False, False]
    assert selection.matching(WORK, "lx9").tolist() == [False, False, True, False, False, False]
    assert selection.matching(WORK, "113", "todo").tolist() == [True, False, False, False, False, False]
    assert selection.matching(WORK, "B7").tolist() == [False, False, False, False, False, True]
    assert not selection.matching(WORK, "ZZ").any()


def test_first_rows_copies_only_the_limit() -> None:
    keep = np.array([False, True, True, False, True, True])
    rows = selection.first_rows(WORK, keep, 2)
    assert rows["tracking_number"].tolist() == ["LX2", "UP3"] and rows.index.tolist() == [0, 1]
    assert selection.first_rows(WORK, keep, 10)["tracking_number"].fillna("-").tolist() == ["LX2", "UP3", "-", "CN6"]
    assert selection.first_rows(WORK, np.zeros(6, dtype=bool), 10).empty


def test_chosen_parcels_stay_offered_after_the_first_rows() -> None:
    shown = selection.first_rows(WORK, selection.matching(WORK), 2)
    kept = selection.with_rows(shown, WORK, ["CN6", "LX2", "LX1", "GONE"])
    assert kept["tracking_number"].tolist() == ["LX1", "LX2", "CN6"] and kept.index.tolist() == [0, 1, 2]
    assert selection.with_rows(shown, WORK, ["LX1"]) is shown


def test_rows_come_in_worklist_order_whatever_order_they_are_kept_in() -> None:
    keep = np.array([False, True, True, False, True, True])
    assert selection.first_rows(UNORDERED, keep, 2)["tracking_number"].tolist() == ["LX2", "CN6"]
    rows = selection.first_rows(UNORDERED, keep, 10)
    assert rows["tracking_number"].fillna("-").tolist() == ["LX2", "CN6", "UP3", "-"]
    assert selection.PLACE not in rows and rows.index.tolist() == [0, 1, 2, 3]
    assert selection.order_of(UNORDERED, keep, 0).tolist() == []
    assert selection.order_of(UNORDERED, UNORDERED["urgency"].eq("urgent").to_numpy()).tolist() == [5, 0]
    assert selection.in_order(UNORDERED)["tracking_number"].fillna("-").tolist() == [
        "LX2", "LX4", "CN6", "UP3", "-", "LX1"]
    shown = selection.first_rows(UNORDERED, selection.matching(UNORDERED), 1)
    assert selection.with_rows(shown, UNORDERED, ["LX1", "UP3", "LX2"])["tracking_number"].tolist() == [
        "LX2", "UP3", "LX1"]
