"""Naming a better carrier: lane by lane, and over all the routes two carriers share (audit 4).

Built from lane-rate frames like `metrics.rates(…, "lane", …)`, so the numbers are known exactly.
"""

from __future__ import annotations

import pandas as pd
import pytest

from lossanalytics.advice import AdviceSettings
from lossanalytics.advice.carrier_choice import alternatives, pooled_alternatives, worse_carriers
from lossanalytics.advice.risk_topics import carriers_topic
from lossanalytics.analytics.compare import versus_rest
from lossanalytics.analytics.metrics import wilson_interval


def lane_rates(rows: list[tuple[str, str, str, int, int]]) -> pd.DataFrame:
    """(carrier, destination, mode, parcels, losses) per lane from China, as `metrics.rates` gives them."""
    frame = pd.DataFrame(rows, columns=["carrier", "dest_country", "mode", "shipments", "lost"])
    frame.insert(1, "origin_country", "CN")
    frame["suspected_lost"] = 0
    frame["damaged"] = 0
    frame["loss_rate"] = frame["lost"] / frame["shipments"]
    low, high = wilson_interval(frame["lost"], frame["shipments"])
    frame["loss_rate_low"], frame["loss_rate_high"] = low, high
    return frame


#: Cainiao 6% against China Post's 2% on five postal routes of 150 parcels each: no single route
#: tells them apart (9 of 150 against 3 of 150), all five together do (45 of 750 against 15 of 750).
FIVE_ROUTES = lane_rates([
    row for dest in ("US", "GB", "DE", "FR", "ES")
    for row in ((("Cainiao", dest, "postal", 150, 9)), ("China Post", dest, "postal", 150, 3))
])


def test_no_single_route_names_the_better_carrier() -> None:
    assert worse_carriers(FIVE_ROUTES, 0.05).set_index("carrier").at["Cainiao", "verdict"] == "worse"
    pairs = alternatives(FIVE_ROUTES, ["Cainiao"], 0.05)
    assert len(pairs) == 5 and not pairs["better"].any()


def test_the_better_carrier_over_the_shared_routes_is_tested_and_named() -> None:
    pooled = pooled_alternatives(FIVE_ROUTES, ["Cainiao"], 0.05)
    assert list(pooled["alternative"]) == ["China Post"]
    row = pooled.iloc[0]
    assert (row["lanes"], row["shipments"], row["losses"], row["alt_shipments"], row["alt_losses"]) == (5, 750, 45, 750, 15)
    # The same Cochran–Mantel–Haenszel test the Carriers page makes, with the two carriers alone.
    reference = versus_rest(FIVE_ROUTES, "carrier").set_index("carrier")
    assert row["p_value"] == pytest.approx(reference.at["Cainiao", "p_value"])
    assert row["expected_losses"] == pytest.approx(30.0)
    assert row["p_adjusted"] == pytest.approx(row["p_value"])  # one pair: Holm changes nothing
    assert bool(row["better"])


def test_the_advice_names_the_carrier_the_shared_routes_support() -> None:
    topic, _ = carriers_topic(FIVE_ROUTES, AdviceSettings(), "en")
    finding = topic.finding("worse_carrier")
    assert finding is not None
    assert finding.level == "act"
    assert finding.values["better_overall"] == ["China Post"]
    assert "No route has enough parcels" not in finding.text
    assert "On the 5 routes and modes both serve, China Post lost 15 of 750 parcels (2.0%) where Cainiao lost 45 " \
           "of 750 (6.0%; p < 0.001): move those routes to China Post." in finding.text
    zh, _ = carriers_topic(FIVE_ROUTES, AdviceSettings(), "zh")
    zh_finding = zh.finding("worse_carrier")
    assert zh_finding is not None and "在两家都承运的 5 条线路上，中国邮政 丢失 15/750 个包裹（2.0%）" in zh_finding.text


def test_a_pooled_difference_that_chance_explains_names_no_carrier() -> None:
    close = lane_rates([
        row for dest in ("US", "GB") for row in (("Cainiao", dest, "postal", 150, 6), ("China Post", dest, "postal", 150, 5))
    ])
    pooled = pooled_alternatives(close, ["Cainiao"], 0.05)
    assert len(pooled) == 1 and not pooled["better"].any()


def test_without_a_better_carrier_the_clearest_difference_is_named_with_both_rates(monkeypatch) -> None:
    """Not the lowest rate anywhere (China Post on a route where Cainiao itself loses little, p = 1), but
    the lane where the data comes closest to telling them apart, with the worse carrier's own rate there."""
    import lossanalytics.advice.risk_topics as risk_topics

    lanes = lane_rates([
        ("Cainiao", "US", "postal", 1012, 56), ("China Post", "US", "postal", 975, 29),
        ("Cainiao", "ES", "postal", 174, 4), ("China Post", "ES", "postal", 112, 1),
    ])
    monkeypatch.setattr(risk_topics, "alternatives",
                        lambda *args, **kwargs: alternatives(*args, **kwargs).assign(better=False))
    monkeypatch.setattr(risk_topics, "pooled_alternatives",
                        lambda *args, **kwargs: pooled_alternatives(*args, **kwargs).assign(better=False))
    topic, _ = carriers_topic(lanes, AdviceSettings(), "en")
    finding = topic.finding("worse_carrier")
    assert finding is not None and finding.level == "consider"
    assert "China → Spain" not in finding.text
    assert "the clearest difference is on China → United States (Postal): China Post lost 3.0% (2.1–4.2%, n = 975), " \
           "against 5.5% (4.3–7.1%, n = 1,012) for Cainiao" in finding.text
