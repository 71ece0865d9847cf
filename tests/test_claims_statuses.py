"""The claim status groups split the statuses without overlap."""

from __future__ import annotations

from lossanalytics.claims.statuses import AWAITING_ANSWER, FORWARD, NOT_FILED, RESOLVED, STATUSES


def test_not_filed_awaiting_and_resolved_split_every_status_once() -> None:
    assert sorted((*NOT_FILED, *AWAITING_ANSWER, *RESOLVED)) == sorted(STATUSES)


def test_the_forward_path_is_the_unfiled_steps_then_filed_and_investigating() -> None:
    assert FORWARD == (*NOT_FILED, "filed", "investigating")
