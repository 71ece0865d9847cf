"""Risky lanes are compared with the seller's other parcels of the same transport mode.

An air lane losing 5% among air lanes that all lose 5% is not risky because sea parcels lose
0.5%: modes differ in how often they lose parcels, and comparing an air lane with sea and rail
parcels flags the mode, not the lane. Where a mode has too few other parcels (or is unknown),
the lane is compared with all the seller's other parcels, and the advice says so.
"""

from __future__ import annotations

import pandas as pd
import pytest

from lossanalytics.advice import AdviceSettings
from lossanalytics.advice.carrier_choice import risky_lanes
from lossanalytics.advice.risk_topics import carriers_topic
from lossanalytics.analytics.compare import proportion_test
from lossanalytics.analytics.metrics import wilson_interval
from lossanalytics.i18n import t
from lossanalytics.ui.advice_view import finding_table


def lanes_of(*rows: tuple[str, str, str, str, int, int]) -> pd.DataFrame:
    """A lane rates frame as metrics.rates("lane") gives it: (carrier, origin, dest, mode, parcels, lost)."""
    frame = pd.DataFrame(rows, columns=["carrier", "origin_country", "dest_country", "mode", "shipments", "lost"])
    frame["suspected_lost"] = 0
    frame["damaged"] = 0
    frame["loss_rate"] = frame["lost"] / frame["shipments"]
    low, high = wilson_interval(frame["lost"], frame["shipments"])
    return frame.assign(loss_rate_low=low, loss_rate_high=high)


#: Two air lines at 5% and a worse one at 15%, sea freight at 0.5%, and 40 rail parcels.
LANES = lanes_of(
    ("AirA", "CN", "US", "air", 1000, 50),
    ("AirB", "CN", "US", "air", 1000, 50),
    ("AirC", "CN", "DE", "air", 200, 30),
    ("Ocean", "CN", "US", "sea", 5000, 25),
    ("Rail", "CN", "DE", "rail", 40, 1),
)


def test_a_lane_is_tested_against_the_other_parcels_of_its_mode() -> None:
    found = risky_lanes(LANES, 0.05).set_index("carrier")
    # AirA: 50 of 1,000 against the other air parcels' 80 of 1,200 (not the 106 of 6,240 of all others).
    assert found.loc["AirA", ["rest_shipments", "rest_losses", "peers"]].tolist() == [1200, 80, "mode"]
    assert found.loc["AirA", "p_value"] == pytest.approx(proportion_test(50, 1000, 80, 1200)[1])
    assert not found.loc["AirA", "risky"]  # against all other parcels (1.7%) it was flagged
    assert found.loc["AirC", ["rest_shipments", "rest_losses", "peers", "risky"]].tolist() == [2000, 100, "mode", True]
    # The only sea and rail lanes have no other parcels of their mode: all the others, and marked so.
    assert found.loc["Ocean", ["rest_shipments", "rest_losses", "peers"]].tolist() == [2240, 131, "all"]
    assert found.loc["Rail", ["rest_shipments", "rest_losses", "peers"]].tolist() == [7200, 155, "all"]
    assert list(found.index[found["risky"]]) == ["AirC"]


def test_a_mode_with_too_few_other_parcels_falls_back_to_all_of_them() -> None:
    lanes = lanes_of(("Big", "CN", "US", "sea", 100, 10), ("Small", "CN", "GB", "sea", 29, 0),
                     ("Post", "CN", "US", "postal", 500, 5))
    found = risky_lanes(lanes, 0.05).set_index("carrier")
    # 29 other sea parcels are too few (fewer than 30) to judge a lane by: all 529 others instead.
    assert found.loc["Big", ["rest_shipments", "rest_losses", "peers", "risky"]].tolist() == [529, 5, "all", True]
    assert found.loc["Post", ["rest_shipments", "rest_losses", "peers"]].tolist() == [129, 10, "all"]


def test_the_sentence_names_what_the_lane_was_compared_with() -> None:
    cfg = AdviceSettings()
    found = carriers_topic(LANES, cfg, "en")[0].finding("risky_lanes")
    assert found is not None
    assert found.text == ("1 lane loses significantly more parcels than your other parcels of the same transport "
                          "mode: AirC China → Germany (Air), 15.0% (10.7–20.6%, n = 200), against 5.0% for your "
                          "other air parcels.")
    assert found.certainty.startswith("Each lane tested against your other parcels of the same transport mode; "
                                      "2 lanes whose mode is unknown or has fewer than 30 other parcels, against "
                                      "all your other parcels.")
    zh = carriers_topic(LANES, cfg, "zh")[0].finding("risky_lanes")
    assert zh is not None and "而您其他走空运专线的包裹为 5.0%" in zh.text


def test_a_flagged_lane_without_peers_of_its_mode_says_so() -> None:
    lanes = lanes_of(("Big", "CN", "US", "sea", 100, 10), ("Small", "CN", "GB", "sea", 29, 0),
                     ("Post", "CN", "US", "postal", 500, 5))
    found = carriers_topic(lanes, AdviceSettings(), "en")[0].finding("risky_lanes")
    assert found is not None
    assert found.text == ("1 lane loses significantly more parcels than your other parcels: Big China → "
                          "United States (Sea), 10.0% (5.5–17.4%, n = 100), against 0.95% for all your other "
                          "parcels, as your other sea parcels are too few to compare with (29; 30 needed).")
    unknown = lanes_of(("Odd", "CN", "US", "unknown", 100, 10), ("Post", "CN", "US", "postal", 500, 5))
    found = carriers_topic(unknown, AdviceSettings(), "en")[0].finding("risky_lanes")
    assert found is not None and found.text.endswith(
        "against 1.0% for all your other parcels, as the lane's transport mode is unknown.")


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_risky_lanes_table_says_what_each_lane_was_compared_with(lang: str) -> None:
    lanes = lanes_of(("Big", "CN", "US", "sea", 100, 10), ("Small", "CN", "GB", "sea", 29, 0),
                     ("Post", "CN", "US", "postal", 500, 5), ("Slow", "CN", "DE", "postal", 200, 12))
    found = carriers_topic(lanes, AdviceSettings(), lang)[0].finding("risky_lanes")
    assert found is not None
    table = finding_table(found, lang)
    assert table is not None
    compared = dict(zip(table[t("col.carrier", lang)], table[t("ui.advice.col.peers", lang)]))
    assert compared == {"Big": t("ui.advice.peers.all", lang),
                        "Slow": t("ui.advice.peers.mode", lang, mode=t("mode.postal", lang).lower())}
