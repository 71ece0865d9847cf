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
    assert list(found.index) == ["A", "B"]
    assert found.loc["A", "kind"] == "better_on_lanes"
    assert found.loc["A", "rate"] == pytest.approx(0.06, abs=1e-15)
    assert found.loc["A", "rest_rate"] == pytest.approx(6 / 310, abs=1e-15)
    assert found.loc["A", "shared_rate"] == pytest.approx(0.06, abs=1e-15)
    assert found.loc["A", "lanes_rate"] == pytest.approx(0.09, abs=1e-15)
    assert found.loc["B", "kind"] == "worse_on_lanes"
    assert found.loc["B", "rest_rate"] == pytest.approx(8 / 210, abs=1e-15)
    assert found.loc["B", "lanes_rate"] == pytest.approx(0.01, abs=1e-15)
    # B and C share the lowest raw rate (2%): neither has "the lowest loss rate on the chart".
    assert "C" not in found.index
    alone = carriers().assign(lost=[5, 4, 1, 0])  # C now lowest alone, at 1%
    found = reconcile_verdicts(alone, verdicts()).set_index("carrier")
    assert found.loc["C", "kind"] == "chance_lowest"
    assert found.loc["C", "p_adjusted"] == pytest.approx(0.9)


def test_carriers_sharing_the_lowest_or_highest_rate_are_not_each_called_the_lowest() -> None:
    # 291 transporters with no parcel lost (truck trips): every ranked one stood "lowest on the chart",
    # 42 identical sentences under "Chart and verdicts side by side".
    frame = pd.DataFrame({"carrier": [f"T{i}" for i in range(5)], "shipments": [742, 495, 495, 248, 238],
                          "lost": [0] * 5, "suspected_lost": [0] * 5})
    marks = pd.DataFrame({"carrier": list(frame["carrier"]), "verdict": ["no_difference"] * 5, "losses": [0] * 5,
                          "expected_losses": [0.0] * 5, "shipments": list(frame["shipments"]), "p_adjusted": [1.0] * 5})
    assert reconcile_verdicts(frame, marks).empty
    # Two share the highest rate: neither is "the highest"; the lowest alone still is.
    frame["lost"] = [0, 5, 5, 1, 1]
    found = reconcile_verdicts(frame, marks).set_index("carrier")
    assert list(found.index) == ["T0"] and found.loc["T0", "kind"] == "chance_lowest"


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


def test_a_better_carrier_below_the_pooled_rate_but_high_on_the_chart_is_not_said_to_lose_no_fewer() -> None:
    # E carries most parcels at 10%, so the others' pooled rate (8.6% for X) sits above X's 3%;
    # yet X stands third of four on the chart: only the half-of-the-chart sentence is true.
    frame = pd.DataFrame({"carrier": ["A", "B", "X", "E"], "shipments": [100, 100, 100, 1000],
                          "lost": [1, 2, 3, 100], "suspected_lost": [0, 0, 0, 0]})
    marks = pd.DataFrame({"carrier": ["A", "B", "X", "E"], "verdict": ["no_difference", "no_difference", "better",
                                                                        "worse"],
                          "losses": [1, 2, 3, 100], "expected_losses": [1.0, 2.0, 6.0, 97.0],
                          "shipments": [100, 100, 100, 1000], "p_adjusted": [0.9, 0.9, 0.03, 0.04]})
    found = reconcile_verdicts(frame, marks).set_index("carrier")
    assert found.loc["X", "rate"] < found.loc["X", "rest_rate"]
    assert found.loc["X", "kind"] == "better_high_on_chart"
    assert (found.loc["X", "lower"], found.loc["X", "others"]) == (2, 3)
    assert "E" not in found.index  # worse and highest on the chart: they agree
    from lossanalytics.ui.analytics_tables import reconciliations
    said = " ".join(reconciliations(frame, marks, "en"))
    assert "X loses 3.0% of its parcels, more than 2 of the 3 other carriers on the chart, yet it is marked better" in said
    assert "no fewer" not in said
    assert "高于图中其他 3 个承运商中的 2 个" in " ".join(reconciliations(frame, marks, "zh"))


def test_a_worse_carrier_above_the_pooled_rate_but_low_on_the_chart() -> None:
    frame = pd.DataFrame({"carrier": ["A", "B", "X", "E"], "shipments": [1000, 100, 100, 100],
                          "lost": [0, 5, 3, 9], "suspected_lost": [0, 0, 0, 0]})
    marks = pd.DataFrame({"carrier": ["A", "B", "X", "E"], "verdict": ["no_difference", "no_difference", "worse",
                                                                        "no_difference"],
                          "losses": [0, 5, 3, 9], "expected_losses": [1.0, 5.0, 1.0, 9.0],
                          "shipments": [1000, 100, 100, 100], "p_adjusted": [0.9, 0.9, 0.03, 0.9]})
    found = reconcile_verdicts(frame, marks).set_index("carrier")
    assert found.loc["X", "rate"] > found.loc["X", "rest_rate"]
    assert found.loc["X", "kind"] == "worse_low_on_chart"
    assert (found.loc["X", "higher"], found.loc["X", "others"]) == (2, 3)
