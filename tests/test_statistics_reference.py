"""The statistics against their definitions and reference implementations: the Wilson interval
against its closed form, the vectorised Cochran–Mantel–Haenszel test against statsmodels'
StratifiedTable on a grid of random carriers and lanes."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from scipy import stats
from statsmodels.stats.contingency_tables import StratifiedTable

from lossanalytics.analytics.compare import versus_rest
from lossanalytics.analytics.metrics import wilson_interval


@pytest.mark.parametrize("alpha", [0.01, 0.05, 0.1, 0.32])
def test_wilson_interval_is_the_closed_form_at_every_confidence(alpha: float) -> None:
    n = np.array([total for total in range(0, 60) for _ in range(total + 1)], dtype=float)
    k = np.array([lost for total in range(0, 60) for lost in range(total + 1)], dtype=float)
    low, high = wilson_interval(k, n, alpha)
    z = stats.norm.isf(alpha / 2)
    with np.errstate(invalid="ignore", divide="ignore"):
        centre = (k + z**2 / 2) / (n + z**2)
        half = z * np.sqrt(n) / (n + z**2) * np.sqrt(k / n * (1 - k / n) + z**2 / (4 * n))
    assert np.isnan(low[0]) and np.isnan(high[0])  # no parcels, no interval
    assert np.allclose(low[1:], np.clip(centre - half, 0, 1)[1:], rtol=0, atol=1e-12)
    assert np.allclose(high[1:], np.clip(centre + half, 0, 1)[1:], rtol=0, atol=1e-12)

LANES = [("CN", "US", "air"), ("CN", "DE", "postal"), ("HK", "GB", "air"), ("CN", "FR", "express")]
CARRIERS = ["YunExpress", "4PX", "Cainiao", "Yanwen", "SF"]


def random_frame(rng: np.random.Generator) -> pd.DataFrame:
    """Per carrier and lane: shipments (sometimes very few) and losses split into lost and suspected."""
    rows = []
    for carrier in CARRIERS:
        for lane in LANES:
            if rng.random() < 0.3:
                continue  # the carrier does not ship on this lane
            shipments = int(rng.choice([1, 2, 5, 40, 300, 2000]))
            losses = int(rng.binomial(shipments, rng.uniform(0, 0.15)))
            lost = int(rng.integers(0, losses + 1))
            rows.append((carrier, *lane, shipments, lost, losses - lost))
    return pd.DataFrame(rows, columns=["carrier", "origin_country", "dest_country", "mode", "shipments", "lost",
                                       "suspected_lost"])


def reference(frame: pd.DataFrame, carrier: str) -> tuple[float, float] | None:
    """statsmodels' continuity-corrected CMH test of `carrier` against the rest, over the lanes it shares;
    (deviation of its losses from the expected, p-value), or None when it shares no lane."""
    frame = frame.assign(losses=frame["lost"] + frame["suspected_lost"])
    tables, deviation = [], 0.0
    for _, lane in frame.groupby(["origin_country", "dest_country", "mode"]):
        mine, rest = lane[lane["carrier"] == carrier], lane[lane["carrier"] != carrier]
        n1, n2 = int(mine["shipments"].sum()), int(rest["shipments"].sum())
        if n1 == 0 or n2 == 0:
            continue
        a, c = int(mine["losses"].sum()), int(rest["losses"].sum())
        tables.append([[a, n1 - a], [c, n2 - c]])
        deviation += a - n1 * (a + c) / (n1 + n2)
    if not tables:
        return None
    with np.errstate(divide="ignore", invalid="ignore"):  # no losses on any shared lane: zero variance
        result = StratifiedTable(np.array(tables, dtype=float).transpose(1, 2, 0)).test_null_odds(correction=True)
    return deviation, float(result.pvalue)


@pytest.mark.parametrize("seed", range(20))
def test_versus_rest_equals_statsmodels_mantel_haenszel(seed: int) -> None:
    frame = random_frame(np.random.default_rng(seed))
    result = versus_rest(frame, min_shipments=0).set_index("carrier")
    for carrier in result.index:
        expected = reference(frame, carrier)
        row = result.loc[carrier]
        if expected is None:
            assert (row["verdict"], row["p_value"]) == ("no_peers", 1.0)
            continue
        deviation, p = expected
        assert row["losses"] - row["expected_losses"] == pytest.approx(deviation, abs=1e-9)
        if abs(deviation) >= 0.5:
            assert row["p_value"] == pytest.approx(p, abs=1e-12)
        else:
            # statsmodels still subtracts the 0.5 correction from a smaller deviation, so its statistic
            # grows as the deviation shrinks; here the correction stops at zero: no evidence, p = 1.
            assert row["p_value"] == 1.0
