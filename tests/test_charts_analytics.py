"""The analytics pages' builders: world map, monthly lines, scorecard, lane ranks and sentences."""

from __future__ import annotations

import math

import pandas as pd
import pytest
from test_charts import rates_frame

from lossanalytics.analytics.compare import pairwise, statement
from lossanalytics.analytics.metrics import add_rates
from lossanalytics.charts import maps, rates, trends
from lossanalytics.i18n import t
from lossanalytics.ui import analytics_tables as tables
from lossanalytics.ui.numbers import md_escape


# --------------------------------------------------------------------------- world map
def test_alpha3_translates_alpha2_and_refuses_the_rest() -> None:
    assert [maps.alpha3(c) for c in ("DE", "gb", " us ")] == ["DEU", "GBR", "USA"]
    assert [maps.alpha3(c) for c in (None, "", "XX", "DEU", float("nan"))] == [None] * 5


@pytest.fixture
def destinations() -> pd.DataFrame:
    return rates_frame({"dest_country": ["US", "DE", "PL", None]}, [1000, 200, 12, 50], [10, 4, 1, 0], [10, 6, 2, 1])


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_destination_map_colours_judged_countries_and_greys_small_ones(destinations: pd.DataFrame, lang: str) -> None:
    fig = maps.destination_map(destinations, lang)
    assert fig.layout.title.text == t("ui.analytics.chart.map.title", lang)
    judged, small = fig.data
    assert judged.type == "choropleth" and judged.locationmode == "ISO-3"
    assert list(judged.locations) == ["USA", "DEU"]  # the country without a code is left out
    assert list(judged.z) == pytest.approx([0.02, 0.05])
    assert (judged.zmin, judged.zmax) == (0, pytest.approx(0.05))
    assert judged.colorbar.title.text == t("ui.chart.rate_axis_short", lang) and judged.colorbar.tickformat == ".0%"
    assert judged.showlegend is False and small.showlegend is True
    assert list(small.locations) == ["POL"] and small.showscale is False
    assert {colour for _, colour in small.colorscale} == {rates.SMALL_SAMPLE}
    assert small.name == t("ui.chart.legend_small", lang)
    usa = judged.hovertext[0]
    assert ("United States" if lang == "en" else "美国") in usa
    assert "1,000" in usa and "2.0%" in usa and "1.3%–3.1%" in usa
    assert t("ui.chart.too_few", lang) in small.hovertext[0] and ("Poland" if lang == "en" else "波兰") in small.hovertext[0]


def test_destination_map_labels_a_narrow_scale_with_a_decimal() -> None:
    frame = rates_frame({"dest_country": ["IN", "US"]}, [6867, 400], [0, 0], [0, 0])
    judged = maps.destination_map(frame, "en").data[0]
    assert (judged.zmin, judged.zmax) == (0, pytest.approx(0.01))
    assert judged.colorbar.tickformat == ".1%"  # ".0%" labelled it "0% 0% 0% 1% 1% 1%"


def test_destination_map_with_only_small_samples_draws_no_colour_scale() -> None:
    frame = rates_frame({"dest_country": ["FR"]}, [5], [1], [0])
    fig = maps.destination_map(frame, "en")
    assert [trace.showscale for trace in fig.data] == [False]


# --------------------------------------------------------------------------- monthly lines
def monthly_frame(rows: list[tuple[str, str, int, int, int, bool]], by: str = "carrier") -> pd.DataFrame:
    """Rows of (group, month, shipments, losses, in transit, mature), shaped like trends.monthly."""
    frame = pd.DataFrame(rows, columns=[by, "month", "shipments", "lost", "in_transit", "mature"])
    frame["suspected_lost"] = 0
    frame["delivered"] = frame["shipments"] - frame["lost"] - frame["in_transit"]
    frame = add_rates(frame)
    frame["in_transit_share"] = frame["in_transit"] / frame["shipments"]
    return frame


@pytest.fixture
def months() -> pd.DataFrame:
    return monthly_frame([
        ("UPS", "2025-01", 100, 2, 0, True), ("UPS", "2025-02", 200, 2, 0, True), ("UPS", "2025-03", 50, 0, 10, False),
        ("DHL", "2025-02", 40, 4, 8, False), ("DHL", "2025-03", 20, 0, 10, False),
    ])


def test_busiest_orders_groups_by_parcels_then_name(months: pd.DataFrame) -> None:
    assert trends.busiest(months, "carrier") == ["UPS", "DHL"]
    assert trends.busiest(months, "carrier", limit=1) == ["UPS"]
    tie = monthly_frame([("B", "2025-01", 10, 0, 0, True), ("A", "2025-01", 10, 0, 0, True)])
    assert trends.busiest(tie, "carrier") == ["A", "B"]


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_monthly_lines_dash_immature_months_from_the_last_mature_one(months: pd.DataFrame, lang: str) -> None:
    fig = trends.monthly_lines(months, "carrier", lang)
    assert fig.layout.title.text == t("ui.analytics.chart.monthly.carrier_title", lang)
    assert fig.layout.xaxis.title.text == t("ui.chart.trend.x", lang)
    assert fig.layout.yaxis.title.text == t("ui.chart.rate_axis", lang)
    assert fig.layout.yaxis.tickformat == ".1%"
    assert list(fig.layout.xaxis.categoryarray) == ["2025-01", "2025-02", "2025-03"]
    dhl, ups_solid, ups_dashed, legend = fig.data
    assert (ups_solid.name, list(ups_solid.x), ups_solid.line.dash) == ("UPS", ["2025-01", "2025-02"], "solid")
    assert list(ups_solid.y) == pytest.approx([0.02, 0.01])
    assert (list(ups_dashed.x), ups_dashed.line.dash, ups_dashed.marker.symbol) == (["2025-02", "2025-03"], "dash",
                                                                                   "circle-open")
    assert ups_solid.showlegend is True and ups_dashed.showlegend is False
    assert ups_dashed.legendgroup == ups_solid.legendgroup == "UPS"
    # A group with no mature month at all still gets its legend entry, on its dashed line.
    assert (dhl.name, list(dhl.x), dhl.line.dash, dhl.showlegend) == ("DHL", ["2025-02", "2025-03"], "dash", True)
    assert legend.name == t("ui.analytics.chart.monthly.immature", lang) and list(legend.x) == [None]
    not_mature = t("ui.analytics.chart.monthly.not_mature", lang)
    assert "200" in ups_solid.hovertext[1] and not_mature not in ups_solid.hovertext[1]
    assert not_mature in ups_dashed.hovertext[1] and "2025-03" in ups_dashed.hovertext[1]
    assert t("ui.analytics.chart.monthly.in_transit", lang, share="20.0%") in dhl.hovertext[0]
    assert "10.0%" in dhl.hovertext[0] and "40" in dhl.hovertext[0]


def test_monthly_lines_keep_every_month_on_the_axis_when_groups_are_left_out(months: pd.DataFrame) -> None:
    fig = trends.monthly_lines(months, "carrier", "en", only=["DHL"])
    assert [trace.name for trace in fig.data] == ["DHL", t("ui.analytics.chart.monthly.immature", "en")]
    assert list(fig.layout.xaxis.categoryarray) == ["2025-01", "2025-02", "2025-03"]


def test_monthly_lines_by_mode_translate_names_and_need_no_maturity_legend_when_all_is_mature() -> None:
    frame = monthly_frame([("sea", "2025-01", 50, 1, 0, True), ("air", "2025-01", 80, 0, 0, True)], by="mode")
    fig = trends.monthly_lines(frame, "mode", "zh")
    assert fig.layout.title.text == t("ui.analytics.chart.monthly.mode_title", "zh")
    assert [trace.name for trace in fig.data] == [t("mode.air", "zh"), t("mode.sea", "zh")]
    assert all(trace.line.dash == "solid" for trace in fig.data)


# --------------------------------------------------------------------------- scorecard and lanes
@pytest.fixture
def carriers() -> pd.DataFrame:
    frame = rates_frame({"carrier": ["UPS", "Tiny Post", "YunExpress"]}, [1000, 12, 400], [10, 1, 4], [10, 0, 16])
    frame["value_at_loss"] = [[{"currency": "USD", "amount": 1234.5}], None, None]
    return frame


def test_scorecard_puts_judged_carriers_first_with_verdict_and_corrected_p(carriers: pd.DataFrame) -> None:
    verdicts = pd.DataFrame({"carrier": ["UPS", "YunExpress", "Tiny Post"], "verdict": ["better", "worse", "too_small"],
                             "p_adjusted": [0.0123, 0.0004, float("nan")]})
    table = tables.scorecard(carriers, verdicts, "en")
    assert list(table.columns) == [
        "Carrier", t("col.shipments", "en"), t("col.loss_rate", "en"), t("ui.col.interval", "en"),
        t("ui.col.verdict", "en"), t("ui.col.p_adjusted", "en"), t("col.confirmed_loss_rate", "en"),
        t("col.transit_p50", "en"), t("col.transit_p95", "en"), t("col.on_time_rate", "en"),
        t("col.small_sample", "en"), t("col.value_at_loss", "en"),
    ]
    assert list(table["Carrier"]) == ["YunExpress", "UPS", "Tiny Post"]
    assert list(table[t("col.loss_rate", "en")]) == [5.0, 2.0, 8.33]
    assert list(table[t("ui.col.verdict", "en")]) == [
        t("ui.analytics.verdict.worse", "en"), t("ui.analytics.verdict.better", "en"),
        t("ui.analytics.verdict.too_small", "en")]
    assert list(table[t("ui.col.p_adjusted", "en")]) == ["p < 0.001", "p = 0.012", "–"]
    assert list(table[t("col.confirmed_loss_rate", "en")]) == [1.0, 1.0, 8.33]
    assert list(table[t("col.on_time_rate", "en")]) == [90.0, 90.0, 90.0]
    assert list(table[t("col.small_sample", "en")]) == [False, False, True]
    assert list(table[t("col.value_at_loss", "en")]) == [t("ui.none", "en"), "1,234\xa0USD", t("ui.none", "en")]


def lanes_frame() -> pd.DataFrame:
    return rates_frame(
        {"carrier": ["A", "A", "A", "B", "B"], "origin_country": ["CN", "CN", "CN", "CN", "CN"],
         "dest_country": ["US", "DE", "FR", "US", "DE"], "mode": ["air", "air", "postal", "air", "air"]},
        [500, 100, 10, 400, 80], [0, 3, 1, 20, 2], [5, 2, 0, 20, 0],
    )


def test_lane_table_ranks_only_lanes_with_enough_parcels() -> None:
    lanes = lanes_frame()
    table = tables.lane_table(lanes[lanes["carrier"] == "A"], "zh")
    assert list(table[t("col.route", "zh")]) == ["中国 → 德国", "中国 → 美国", "中国 → 法国"]
    assert list(table[t("col.mode", "zh")]) == [t("mode.air", "zh"), t("mode.air", "zh"), t("mode.postal", "zh")]
    assert list(table[t("ui.col.standing", "zh")]) == [
        t("ui.analytics.standing.worst", "zh", rank=2), t("ui.analytics.standing.best", "zh", rank=1),
        t("ui.analytics.standing.unranked", "zh")]
    assert list(table[t("col.loss_rate", "zh")]) == [5.0, 1.0, 10.0]


def test_extremes_name_the_worst_and_best_lane_and_count_ties() -> None:
    lanes = lanes_frame()
    said, basis = tables.extremes(lanes, "en")
    assert said == [
        t("ui.analytics.lanes.worst", "en", lane=md_escape("B, China → United States (Air)"), rate="10.0%", n="400",
          low=rates.percent(lanes.loc[3, "loss_rate_low"]), high=rates.percent(lanes.loc[3, "loss_rate_high"])),
        t("ui.analytics.lanes.best", "en", lane=md_escape("A, China → United States (Air)"), rate="1.0%", n="500",
          low=rates.percent(lanes.loc[0, "loss_rate_low"]), high=rates.percent(lanes.loc[0, "loss_rate_high"])),
    ]
    assert basis == ("Ranked among the 4 lanes (carrier, route and mode) with at least 30 parcels. 1 smaller lane is "
                     "not ranked. The highest and lowest observed rate alone do not prove a real difference: the tests "
                     "below say when one does.")
    every = tables.extremes(lanes.iloc[[0, 1, 3, 4]], "zh")[1]
    assert every == ("在 4 条包裹不少于 30 个的线路（承运商、路线和运输方式）中排名。仅凭观察到的最高和最低丢件率不能证明确有差异："
                     "下方的检验会说明何时存在真实差异。")
    tied = rates_frame({"carrier": ["A", "B", "C"], "origin_country": ["CN"] * 3, "dest_country": ["US"] * 3,
                        "mode": ["air"] * 3}, [50, 90, 40], [0, 0, 4], [0, 0, 0])
    best = tables.extremes(tied, "en")[0][1]
    assert best.startswith(t("ui.analytics.lanes.best", "en", lane=md_escape("B, China → United States (Air)"), rate="0.0%",
                             n="90", low="0.0%", high=rates.percent(tied.loc[1, "loss_rate_high"])))
    assert best.endswith(" 1 more lane shares this rate.")


def test_extremes_rank_nothing_with_fewer_than_two_judged_lanes() -> None:
    assert tables.extremes(lanes_frame().iloc[[2]], "zh") == ([t("ui.analytics.lanes.none", "zh")], None)
    # One lane of 30 parcels or more is named with its rate, not called best and worst (nor said absent).
    lanes = lanes_frame().iloc[[0, 2]]
    assert tables.extremes(lanes, "en") == ([t(
        "ui.analytics.lanes.only_one", "en", lane=md_escape("A, China → United States (Air)"), rate="1.0%", n="500",
        low=rates.percent(lanes.loc[0, "loss_rate_low"]), high=rates.percent(lanes.loc[0, "loss_rate_high"]))], None)


def test_extremes_name_no_lane_when_every_ranked_lane_loses_the_same() -> None:
    # Three lanes of 40 to 90 parcels, none lost: the same lane was called both highest and lowest.
    same = rates_frame({"carrier": ["A", "B", "C"], "origin_country": ["CN"] * 3, "dest_country": ["US"] * 3,
                        "mode": ["air"] * 3}, [50, 90, 40], [0, 0, 0], [0, 0, 0])
    assert tables.extremes(same, "zh") == ([t("ui.analytics.lanes.all_same", "zh", ranked=3, rate="0.0%")], None)


def test_lane_tests_state_only_significant_differences() -> None:
    lanes = lanes_frame()
    pairs = pairwise(lanes)
    assert list(pairs["significant"]) == [True, False]
    assert tables.lane_tests(lanes, "en") == [statement(pairs.iloc[0], "en", 2)]
    calm = lanes.iloc[[1, 4]]
    assert tables.lane_tests(calm, "en") == [t("ui.analytics.lanes.no_difference", "en", comparisons=1)]
    assert tables.lane_tests(lanes[lanes["carrier"] == "A"], "zh") == [t("ui.analytics.lanes.no_pairs", "zh")]


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_monthly_lines_break_at_a_month_a_group_shipped_nothing(lang: str) -> None:
    # UPS shipped nothing in February and nobody shipped in April: both months stay on the axis, and
    # UPS's line breaks in February instead of joining January to March.
    frame = monthly_frame([("UPS", "2025-01", 100, 2, 0, True), ("UPS", "2025-03", 100, 1, 0, True),
                           ("DHL", "2025-02", 40, 4, 0, True), ("DHL", "2025-05", 40, 0, 0, True)])
    fig = trends.monthly_lines(frame, "carrier", lang)
    assert list(fig.layout.xaxis.categoryarray) == ["2025-01", "2025-02", "2025-03", "2025-04", "2025-05"]
    dhl, ups = fig.data
    assert list(ups.x) == ["2025-01", "2025-02", "2025-03"]
    assert list(ups.y) == pytest.approx([0.02, math.nan, 0.01], nan_ok=True)
    assert list(dhl.x) == ["2025-02", "2025-03", "2025-04", "2025-05"]
    assert list(dhl.y) == pytest.approx([0.1, math.nan, math.nan, 0.0], nan_ok=True)
    assert not ups.connectgaps and not dhl.connectgaps
