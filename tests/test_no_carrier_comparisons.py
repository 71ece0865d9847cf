"""Parcels whose exports name no carrier (carrier_modes.NO_CARRIER, "carrier unknown") keep their own
row, but are never ranked, named best or worst, tested against a carrier or advised as a carrier to
move routes to or from: they may have travelled with any of the seller's carriers.

The lanes below are built so that, counted as a carrier, "carrier unknown" would be the worst
carrier and lane (10% lost on China → United States by air) and the best lane and an alternative
to Cainiao (0.4% on China → Germany postal), as it was before.
"""

from __future__ import annotations

import math
from collections.abc import Callable

import pandas as pd
import pytest
from test_app_pages import rendered_text, start

from lossanalytics.advice import AdviceSettings
from lossanalytics.advice.carrier_choice import alternatives, pooled_alternatives, risky_lanes
from lossanalytics.advice.risk_topics import carriers_topic
from lossanalytics.analytics.compare import mark_best_worst, pairwise, versus_rest
from lossanalytics.analytics.metrics import add_rates
from lossanalytics.analytics.reconcile import reconcile_verdicts
from lossanalytics.i18n import t
from lossanalytics.importing import ImportResult
from lossanalytics.normalise.carrier_modes import NO_CARRIER
from lossanalytics.ui.analytics_tables import extremes, lane_tests, scorecard_no_carrier, standing


def lanes_frame() -> pd.DataFrame:
    """Losses per carrier and lane, shaped like metrics.rates(by="lane")."""
    rows = [
        ("YunExpress", "CN", "US", "air", 1000, 60, 0),   # 6.0%
        ("4PX", "CN", "US", "air", 1000, 10, 0),          # 1.0%
        (NO_CARRIER, "CN", "US", "air", 1000, 100, 0),    # 10.0%: would be the worst
        ("Cainiao", "CN", "DE", "postal", 500, 25, 0),    # 5.0%
        (NO_CARRIER, "CN", "DE", "postal", 500, 2, 0),    # 0.4%: would be the best
    ]
    frame = pd.DataFrame(rows, columns=["carrier", "origin_country", "dest_country", "mode", "shipments", "lost",
                                        "suspected_lost"])
    return add_rates(frame)


def test_no_carrier_is_never_ranked_best_or_worst() -> None:
    marked = mark_best_worst(lanes_frame())
    picks = {(c, m): (r, b, w) for c, m, r, b, w in zip(marked["carrier"], marked["mode"], marked["rank"],
                                                        marked["best"], marked["worst"])}
    assert picks[("4PX", "air")] == (1, True, False)
    assert picks[("Cainiao", "postal")] == (2, False, False)
    assert picks[("YunExpress", "air")] == (3, False, True)
    for mode in ("air", "postal"):
        rank, best, worst = picks[(NO_CARRIER, mode)]
        assert pd.isna(rank) and not best and not worst
    assert standing(marked.iloc[2], "en") == "Not ranked: carrier unknown"
    assert standing(marked.iloc[2], "zh") == "不排名：承运商未知"


def test_the_best_and_worst_lanes_name_known_carriers_and_say_what_was_left_out() -> None:
    lines, basis = extremes(lanes_frame(), "en")
    assert lines[0].startswith(r"**Highest loss rate:** YunExpress\, China → United States \(Air\) — 6.0% of 1,000")
    assert lines[1].startswith(r"**Lowest loss rate:** 4PX\, China → United States \(Air\) — 1.0% of 1,000")
    assert lines[2] == ("The 2 lanes of parcels whose carrier is unknown (1,500 parcels) are neither best nor worst: "
                        "they may have travelled with any of your carriers.")
    assert basis is not None and basis.startswith("Ranked among the 3 lanes")
    zh_lines, _ = extremes(lanes_frame(), "zh")
    assert zh_lines[2] == "承运商未知的包裹所在的 2 条线路（1,500 个包裹）不评最佳或最差：它们可能由您的任何一家承运商承运。"


def test_no_carrier_takes_part_in_no_pairwise_test() -> None:
    pairs = pairwise(lanes_frame())
    assert list(zip(pairs["worse"], pairs["better"])) == [("YunExpress", "4PX")]
    assert pairs.loc[0, "significant"]
    said = lane_tests(lanes_frame(), "en")
    assert said[-1] == ("The 1,500 parcels whose carrier is unknown are compared with no carrier: they may have "
                        "travelled with any of them.")
    assert len(said) == 2 and said[0].startswith("YunExpress loses more parcels than 4PX")


def test_no_carrier_gets_no_verdict_and_is_no_peer() -> None:
    verdicts = versus_rest(lanes_frame()).set_index("carrier")
    assert verdicts.loc[NO_CARRIER, "verdict"] == "no_carrier"
    assert math.isnan(verdicts.loc[NO_CARRIER, "p_adjusted"])
    # YunExpress is set against 4PX alone: 70 of 2,000 lost, so 35 expected of its 1,000.
    assert verdicts.loc["YunExpress", "expected_losses"] == pytest.approx(35.0)
    assert verdicts.loc["YunExpress", "verdict"] == "worse"
    assert verdicts.loc["4PX", "verdict"] == "better"
    # Cainiao's only neighbour on its lane is the parcels without a carrier: no peer to judge it by.
    assert verdicts.loc["Cainiao", "verdict"] == "no_peers"
    assert sorted(verdicts.index) == ["4PX", "Cainiao", "Unknown", "YunExpress"]


def test_no_carrier_is_never_an_alternative_or_a_carrier_found_worse() -> None:
    lanes = lanes_frame()
    pairs = alternatives(lanes, ["YunExpress", "Cainiao"], 0.05)
    assert list(zip(pairs["carrier"], pairs["alternative"], pairs["better"])) == [("YunExpress", "4PX", True)]
    pooled = pooled_alternatives(lanes, ["Cainiao"], 0.05)
    assert pooled.empty
    topic, _ = carriers_topic(lanes, AdviceSettings(), "en")
    worse = [f.values for f in topic.findings if f.key == "worse_carrier"]
    assert [(v["carrier"], v["better"]) for v in worse] == [("YunExpress", ["4PX"])]
    assert "carrier unknown" not in " ".join(f.text for f in topic.findings)
    # 10% lost against 3.5% for the other air parcels, but no carrier to choose instead: not a risky lane.
    risky = risky_lanes(lanes, 0.05)
    assert list(zip(risky["carrier"], risky["mode"], risky["risky"])) == [
        ("Cainiao", "postal", True), ("YunExpress", "air", False), ("4PX", "air", False)]
    assert topic.note.endswith(
        "1,500 parcels whose carrier is unknown are not compared with your carriers, flagged as a risky lane or "
        "named as a carrier to move routes to or from: they may have travelled with any of your carriers. Their losses still count in your "
        "totals; record the carrier in your exports to judge them.")
    zh, _ = carriers_topic(lanes, AdviceSettings(), "zh")
    assert zh.note.endswith("1,500 个承运商未知的包裹不与您的承运商比较，不标记为高风险线路，也不作为改换线路的承运商："
                            "它们可能由您的任何一家承运商承运。它们的丢件仍计入您的总数；在导出数据中记录承运商后才能评判。")


def test_the_chart_reconciliation_ranks_known_carriers_only() -> None:
    carriers = add_rates(pd.DataFrame({
        "carrier": ["YunExpress", "4PX", NO_CARRIER], "shipments": [1000, 1000, 1000], "lost": [60, 10, 100],
        "suspected_lost": [0, 0, 0], "origin_country": "CN", "dest_country": "US", "mode": "air",
    }))
    said = reconcile_verdicts(carriers, versus_rest(carriers))
    # Worse beyond doubt and the highest of the two ranked carriers: nothing to reconcile, and no
    # sentence about the parcels without a carrier.
    assert said.empty


def test_the_scorecard_says_why_carrier_unknown_has_no_verdict() -> None:
    carriers = pd.DataFrame({"carrier": ["UPS", NO_CARRIER], "shipments": [40, 743]})
    assert scorecard_no_carrier(carriers, "en") == (
        "“Carrier unknown” holds the 743 parcels whose exports name no carrier. Their loss rate is yours and is "
        "shown, but they are not tested against the carriers or ranked among them, and the carriers are tested "
        "without them: they may have travelled with any of your carriers.")
    assert scorecard_no_carrier(carriers.iloc[:1], "en") is None


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_carriers_page_keeps_carrier_unknown_out_of_the_verdicts(
        import_into_app: Callable[[str, str], ImportResult], lang: str) -> None:
    rows = [f"U{i},UPS,2026-01-02,Delivered,2026-01-06" for i in range(40)]
    rows += [f"N{i},,2026-01-02,{'Lost' if i < 10 else 'Delivered'},{'' if i < 10 else '2026-01-06'}"
             for i in range(40)]
    import_into_app("carriers.csv",
                    "Tracking Number,Carrier,Ship Date,Status,Delivered Date\n" + "\n".join(rows) + "\n")
    at = start(lang, "pages/carriers.py")
    shown = rendered_text(at)
    assert t("ui.analytics.scorecard.no_carrier", lang, n=40) in shown
    table = at.dataframe[0].value
    verdicts = dict(zip(table[t("col.carrier", lang)], table[t("ui.col.verdict", lang)]))
    assert verdicts[t("unknown.carrier", lang)] == t("ui.analytics.verdict.no_carrier", lang)
    assert verdicts["UPS"] == t("ui.analytics.verdict.no_peers", lang)
    assert list(table[t("col.carrier", lang)]) == ["UPS", t("unknown.carrier", lang)]
