"""Chart and verdict reconciled: a sentence's figures wherever the two point different ways."""

from __future__ import annotations

import pandas as pd
import pytest

from lossanalytics.analytics.reconcile import reconcile_verdicts


def carriers() -> pd.DataFrame:
    # Raw loss rates: A 6/100, B 4/200, C 2/100, D 0/10 (too few parcels to rank).
    return pd.DataFrame({
        "carrier": ["A", "B", "C", "D"],
        "shipments": [100, 200, 100, 10],
        "lost": [5, 4, 2, 0],
        "suspected_lost": [1, 0, 0, 0],
    })


def verdicts(a: str = "better", b: str = "worse", c: str = "no_difference") -> pd.DataFrame:
    return pd.DataFrame({
        "carrier": ["A", "B", "C", "D"],
        "verdict": [a, b, c, "no_peers"],
        "losses": [6, 4, 2, 0],
        "expected_losses": [9.0, 2.0, 2.5, 0.0],
        "shipments": [100, 200, 100, 0],
        "p_adjusted": [0.01, 0.02, 0.9, float("nan")],
    })


def test_each_disagreement_gets_its_figures() -> None:
    found = reconcile_verdicts(carriers(), verdicts()).set_index("carrier")
    assert list(found.index) == ["A", "B", "C"]
    assert found.loc["A", "kind"] == "better_on_lanes"
    assert found.loc["A", "rate"] == pytest.approx(0.06, abs=1e-15)
    assert found.loc["A", "rest_rate"] == pytest.approx(6 / 310, abs=1e-15)
    assert found.loc["A", "shared_rate"] == pytest.approx(0.06, abs=1e-15)
    assert found.loc["A", "lanes_rate"] == pytest.approx(0.09, abs=1e-15)
    assert found.loc["B", "kind"] == "worse_on_lanes"
    assert found.loc["B", "rest_rate"] == pytest.approx(8 / 210, abs=1e-15)
    assert found.loc["B", "lanes_rate"] == pytest.approx(0.01, abs=1e-15)
    # B and C share the lowest raw rate (2%): C is "lowest" yet not different on its lanes.
    assert found.loc["C", "kind"] == "chance_lowest"
    assert found.loc["C", "p_adjusted"] == pytest.approx(0.9)


def test_highest_on_the_chart_without_a_significant_difference() -> None:
    found = reconcile_verdicts(carriers(), verdicts(a="no_difference", c="better")).set_index("carrier")
    assert found.loc["A", "kind"] == "chance_highest"
    assert "C" not in found.index  # better on its lanes and lowest on the chart: they agree


def test_verdicts_that_agree_with_the_chart_need_no_words() -> None:
    # A worse and highest on the chart, B and C better and lowest: nothing to reconcile.
    assert reconcile_verdicts(carriers(), verdicts(a="worse", b="better", c="better")).empty


def test_a_carrier_too_small_to_rank_is_never_highest_or_lowest() -> None:
    frame = carriers()
    frame.loc[frame["carrier"] == "D", ["lost"]] = 5  # 50% raw, but only 10 parcels
    found = reconcile_verdicts(frame, verdicts(a="worse", b="better", c="better").assign(
        verdict=["worse", "better", "better", "no_difference"]))
    assert found.empty
