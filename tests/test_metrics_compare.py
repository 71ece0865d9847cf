"""Honest comparisons: the tests' p-values, the multiple-comparison corrections, and what may be said."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from statsmodels.stats.multitest import multipletests

from lossanalytics.analytics.compare import (
    benjamini_hochberg,
    fisher_exact,
    holm,
    mark_best_worst,
    pairwise,
    proportion_test,
    statement,
    two_proportion_z,
    versus_rest,
)
from lossanalytics.analytics.metrics import add_rates


def test_two_proportion_z_known_value() -> None:
    # 30/200 against 15/200: pooled 0.1125, se 0.031598, z = 2.3736, two-sided p = 0.01762.
    z, p = two_proportion_z(30, 200, 15, 200)
    assert z == pytest.approx(2.373563, abs=1e-6)
    assert p == pytest.approx(0.017617, abs=1e-6)


def test_fisher_exact_known_values() -> None:
    assert fisher_exact(3, 4, 1, 4) == pytest.approx(0.485714, abs=1e-6)   # the lady tasting tea
    assert fisher_exact(1, 10, 11, 14) == pytest.approx(0.002759, abs=1e-6)
    assert fisher_exact(0, 5, 0, 5) == 1.0


def test_the_exact_test_takes_over_when_counts_are_small() -> None:
    # 0 of 20 against 4 of 20: two cells expect 2 parcels, too few for the normal approximation.
    test, p = proportion_test(0, 20, 4, 20)
    assert (test, p) == ("fisher", pytest.approx(fisher_exact(0, 20, 4, 20)))
    assert p == pytest.approx(2 * 4845 / 91390)  # P(0 lost) + P(4 lost) = 2·C(20,4)/C(40,4)
    assert proportion_test(30, 200, 15, 200)[0] == "z"


def test_holm_and_benjamini_hochberg() -> None:
    p = [0.01, 0.04, 0.03, 0.005]
    # Holm: sorted 0.005·4, 0.01·3, 0.03·2, 0.04·1, then never smaller than the previous one.
    assert holm(p) == pytest.approx([0.03, 0.06, 0.06, 0.02])
    # BH: sorted p·4/rank, then never larger than a later one.
    assert benjamini_hochberg(p) == pytest.approx([0.02, 0.04, 0.04, 0.02])
    assert holm([0.6, 0.7]) == pytest.approx([1.0, 1.0])



def test_holm_ties_clipping_and_statsmodels_figures() -> None:
    # Sorted 0.002·5, 0.01·4, 0.01·3 (not below 0.04), 0.3·2, 0.9·1 (not below 0.6).
    p = [0.3, 0.01, 0.9, 0.002, 0.01]
    assert holm(p).tolist() == pytest.approx([0.6, 0.04, 0.9, 0.01, 0.04])
    assert holm([0.4, 0.5, 0.45]).tolist() == [1.0, 1.0, 1.0]
    assert holm([]).tolist() == []
    spread = np.random.default_rng(7).random(40) ** 3
    assert np.array_equal(holm(spread), multipletests(spread, method="holm")[1])

def lanes_frame() -> pd.DataFrame:
    """Loss counts per carrier on two lanes, shaped like metrics.rates(by="lane")."""
    rows = [
        ("YunExpress", "CN", "US", "air", 1000, 20, 10),   # 30 of 1000 lost or suspected
        ("4PX", "CN", "US", "air", 1000, 6, 4),            # 10 of 1000
        ("Tiny Line", "CN", "US", "air", 20, 5, 0),        # too few parcels to compare
        ("Cainiao", "CN", "DE", "postal", 500, 5, 0),
        ("Yanwen", "CN", "DE", "postal", 500, 4, 2),
    ]
    frame = pd.DataFrame(rows, columns=["carrier", "origin_country", "dest_country", "mode", "shipments", "lost",
                                        "suspected_lost"])
    return add_rates(frame)


def test_pairwise_tests_only_groups_large_enough_and_corrects_for_all_pairs() -> None:
    result = pairwise(lanes_frame())
    assert len(result) == 2  # Tiny Line is never compared
    air = result[result["mode"] == "air"].iloc[0]
    assert (air["worse"], air["better"], air["test"]) == ("YunExpress", "4PX", "z")
    _, p_air = two_proportion_z(30, 1000, 10, 1000)
    assert air["p_value"] == pytest.approx(p_air)
    assert air["p_adjusted"] == pytest.approx(2 * p_air)  # Holm: the smaller of two p-values doubled
    assert air["significant"]
    postal = result[result["mode"] == "postal"].iloc[0]
    assert (postal["worse"], postal["better"]) == ("Yanwen", "Cainiao")
    assert not postal["significant"]


def test_a_difference_is_stated_only_when_significant() -> None:
    result = pairwise(lanes_frame())
    air = result[result["mode"] == "air"].iloc[0]
    assert statement(air, "en", len(result)) == (
        "YunExpress loses more parcels than 4PX on China → United States (Air): 3.0% against 1.0% (p = 0.003, corrected for 2 "
        "comparisons)")
    assert statement(air, "zh", len(result)) == (
        "在中国 → 美国（空运专线）上，YunExpress 的丢件率高于 4PX：3.0% 对 1.0%（p = 0.003，已按 2 次比较校正）")
    with pytest.raises(ValueError, match="significant"):
        statement(result[result["mode"] == "postal"].iloc[0], "en", len(result))


def test_versus_rest_is_a_mantel_haenszel_test_over_shared_lanes() -> None:
    result = versus_rest(lanes_frame()).set_index("carrier")
    yun = result.loc["YunExpress"]
    # On CN→US air 45 of 2020 parcels were lost: YunExpress's 1000 "should" have lost 45·1000/2020.
    expected = 45 * 1000 / 2020
    variance = 1000 * 1020 * 45 * (2020 - 45) / (2020**2 * 2019)
    p = math.erfc(math.sqrt((abs(30 - expected) - 0.5) ** 2 / variance / 2))
    assert (yun["lanes"], yun["losses"]) == (1, 30)
    assert yun["expected_losses"] == pytest.approx(expected)
    assert yun["p_value"] == pytest.approx(p) and p < 0.05
    # Four carriers were tested: after Holm's correction YunExpress is not called worse...
    assert yun["p_adjusted"] == pytest.approx(holm(result["p_value"].drop("Tiny Line"))[-1])
    assert yun["verdict"] == "no_difference"
    # ...while 4PX is better beyond doubt.
    assert result.loc["4PX", "verdict"] == "better"
    assert result.loc["Tiny Line", "verdict"] == "too_small" and np.isnan(result.loc["Tiny Line", "p_adjusted"])


def test_small_groups_are_never_best_or_worst() -> None:
    frame = mark_best_worst(lanes_frame())
    marks = dict(zip(frame["carrier"], zip(frame["rank"], frame["best"], frame["worst"])))
    assert marks["Tiny Line"][1:] == (False, False) and pd.isna(marks["Tiny Line"][0])  # 25% lost, but 20 parcels
    assert marks["Cainiao"] == (1, True, False)
    assert marks["YunExpress"] == (4, False, True)
