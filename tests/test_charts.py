"""The plotly figure builders: titles, axis titles, labels in both languages, intervals, hover counts."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from lossanalytics.analytics.metrics import add_rates, wilson_interval
from lossanalytics.charts import rates
from lossanalytics.charts.recovery import recovery_chart
from lossanalytics.i18n import t


def rates_frame(keys: dict[str, list], shipments: list[int], lost: list[int], suspected: list[int]) -> pd.DataFrame:
    """A frame shaped like metrics.rates, with the rates computed by the core."""
    n = len(shipments)
    frame = pd.DataFrame({
        **keys, "shipments": shipments, "delivered": [s - lo - q for s, lo, q in zip(shipments, lost, suspected)],
        "lost": lost, "suspected_lost": suspected, "damaged": [0] * n, "returned": [0] * n, "cancelled": [0] * n,
        "in_transit": [0] * n, "transit_p50": [5.0 + i for i in range(n)], "transit_p90": [8.0 + i for i in range(n)],
        "transit_p95": [9.0 + i for i in range(n)], "on_time_rate": [0.9] * n, "value_at_loss": [None] * n,
    })
    return add_rates(frame)


@pytest.fixture
def carriers() -> pd.DataFrame:
    return rates_frame({"carrier": ["UPS", "YunExpress", "Tiny Post"]}, [1000, 400, 12], [10, 4, 1], [10, 16, 0])


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_carrier_bars_have_wilson_error_bars_and_sample_sizes(carriers: pd.DataFrame, lang: str) -> None:
    fig = rates.carrier_bars(carriers, lang)
    assert fig.layout.title.text == t("ui.chart.carriers.title", lang)
    assert fig.layout.xaxis.title.text == t("ui.chart.carriers.x", lang)
    assert fig.layout.yaxis.title.text == t("ui.chart.carriers.y", lang)
    enough, small = fig.data[0], fig.data[1]
    assert list(enough.y) == [t("ui.chart.label", lang, name="UPS", n="1,000"),
                              t("ui.chart.label", lang, name={"en": "YunExpress", "zh": "云途物流"}[lang], n="400")]
    assert list(small.y) == [t("ui.chart.label_small", lang, name="Tiny Post", n="12")]
    assert small.marker.color == rates.SMALL_SAMPLE and enough.marker.color == rates.BAR
    low, high = wilson_interval([20, 20], [1000, 400])
    assert list(enough.x) == pytest.approx([0.02, 0.05])
    assert list(enough.error_x.array) == pytest.approx([high[0] - 0.02, high[1] - 0.05])
    assert list(enough.error_x.arrayminus) == pytest.approx([0.02 - low[0], 0.05 - low[1]])
    assert "1,000" in enough.hovertext[0] and "2.0%" in enough.hovertext[0]
    assert t("ui.chart.too_few", lang) in small.hovertext[0]
    assert fig.layout.showlegend is True


def test_carrier_bars_sort_the_worst_carrier_to_the_top(carriers: pd.DataFrame) -> None:
    fig = rates.carrier_bars(carriers, "en")
    order = list(fig.layout.yaxis.categoryarray)
    assert [label.split(" (")[0] for label in order] == ["UPS", "YunExpress", "Tiny Post"]
    labels = fig.data[-1]
    assert labels.mode == "text" and [s.strip() for s in labels.text] == ["2.0%", "5.0%", "8.3%"]


def test_carrier_bars_draw_only_the_carriers_with_the_most_parcels() -> None:
    many = rates.CHART_CARRIERS + 5
    frame = rates_frame({"carrier": [f"Transport {i:03d}" for i in range(many)]}, [10 + i for i in range(many)],
                        [1] * many, [0] * many)
    drawn = {label.split(" (")[0] for label in rates.carrier_bars(frame, "en").layout.yaxis.categoryarray}
    assert drawn == {f"Transport {i:03d}" for i in range(5, many)}
    assert len(rates.carrier_bars(frame.head(rates.CHART_CARRIERS), "en").layout.yaxis.categoryarray) == rates.CHART_CARRIERS


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_monthly_trend_draws_rate_band_and_shipments(lang: str) -> None:
    frame = rates_frame({"month": ["2025-02", "2025-01"]}, [200, 100], [2, 1], [2, 0])
    fig = rates.monthly_trend(frame, lang)
    assert fig.layout.title.text == t("ui.chart.trend.title", lang)
    bars, band, line = fig.data
    assert list(bars.x) == ["2025-01", "2025-02"] and list(bars.y) == [100, 200]
    assert list(line.y) == pytest.approx([0.01, 0.02])
    ordered = frame.sort_values("month")
    # One closed outline: the interval's top from left to right, its bottom back.
    assert list(band.x) == ["2025-01", "2025-02", "2025-02", "2025-01", None] and band.fill == "toself"
    assert band.y[:4] == pytest.approx([*ordered["loss_rate_high"], *ordered["loss_rate_low"][::-1]])
    assert fig.layout.yaxis.title.text == t("ui.chart.rate_axis", lang)
    assert fig.layout.yaxis2.title.text == t("ui.chart.trend.shipments_axis", lang)
    assert "200" in line.hovertext[1]


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_monthly_trend_dashes_the_months_not_yet_mature(lang: str) -> None:
    frame = rates_frame({"month": ["2025-01", "2025-02", "2025-03"]}, [100, 200, 50], [1, 2, 0], [1, 2, 0])
    fig = rates.monthly_trend(frame.assign(mature=[True, True, False]), lang)
    solid, dashed = fig.data[2], fig.data[3]
    assert (list(solid.x), solid.line.dash, solid.name) == (["2025-01", "2025-02"], "solid", t("ui.chart.trend.rate", lang))
    # From the last mature month on, so the line is unbroken; hollow markers as on the Trends page.
    assert (list(dashed.x), dashed.line.dash, dashed.marker.symbol) == (["2025-02", "2025-03"], "dash", "circle-open")
    assert dashed.name == t("ui.analytics.chart.monthly.immature", lang)
    assert len(rates.monthly_trend(frame.assign(mature=True), lang).data) == 3


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_route_heatmap_names_countries_and_stars_small_cells(lang: str) -> None:
    frame = rates_frame({"origin_country": ["CN", "CN", "DE"], "dest_country": ["US", "DE", "DE"]},
                        [500, 20, 100], [5, 1, 0], [5, 0, 1])
    fig = rates.route_heatmap(frame, lang)
    heatmap = fig.data[0]
    china = "China" if lang == "en" else "中国"
    assert china in heatmap.y
    assert fig.layout.xaxis.title.text == t("ui.chart.routes.x", lang)
    row = list(heatmap.y).index(china)
    column = list(heatmap.x).index("United States" if lang == "en" else "美国")
    assert heatmap.z[row][column] == pytest.approx(0.02)
    assert heatmap.text[row][column] == t("ui.chart.routes.cell", lang, rate="2.0%", n="500")
    germany = list(heatmap.x).index("Germany" if lang == "en" else "德国")
    assert heatmap.text[row][germany] == t("ui.chart.routes.cell_small", lang, rate="5.0%", n="20")
    assert "500" in heatmap.hovertext[row][column]


def test_route_heatmap_colour_scale_starts_at_zero() -> None:
    # Plotly ignores zmin unless zmax is set too: the scale ran from the lowest route's rate (0.3% was
    # the palest colour, unlike the map beside it), and with every route at 0% from -50% to 50%.
    frame = rates_frame({"origin_country": ["CN", "CN"], "dest_country": ["US", "DE"]}, [500, 400], [5, 12], [0, 0])
    heatmap = rates.route_heatmap(frame, "en").data[0]
    assert (heatmap.zmin, heatmap.zmax) == (0, pytest.approx(0.03))
    none_lost = rates_frame({"origin_country": ["IN"], "dest_country": ["IN"]}, [6867], [0], [0])
    heatmap = rates.route_heatmap(none_lost, "en").data[0]
    assert (heatmap.zmin, heatmap.zmax) == (0, pytest.approx(0.01))
    assert heatmap.colorbar.tickformat == ".1%"  # ".0%" labelled a 0-1% scale "0% 0% 0% 1% 1% 1%"


def test_rate_ticks_keep_a_decimal_on_narrow_scales() -> None:
    assert [rates.rate_ticks(top) for top in (0.01, 0.049, 0.05, 0.2)] == [".1%", ".1%", ".0%", ".0%"]


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_mode_comparison_shows_rates_and_transit_days(lang: str) -> None:
    frame = rates_frame({"mode": ["express", "sea"]}, [300, 25], [3, 1], [0, 1])
    fig = rates.mode_comparison(frame, lang)
    rate_bars, _, transit_bars, transit_labels = fig.data
    assert list(rate_bars.x) == [
        t("ui.chart.label_stacked_small", lang, name=t("mode.sea", lang), n="25"),
        t("ui.chart.label_stacked", lang, name=t("mode.express", lang), n="300"),
    ]
    assert list(rate_bars.marker.color) == [rates.SMALL_SAMPLE, rates.BAR]
    assert list(transit_bars.y) == [6.0, 5.0]
    assert list(transit_bars.error_y.array) == [4.0, 4.0]
    assert [s for s in transit_labels.text] == ["6.0", "5.0"]
    assert [a.text for a in fig.layout.annotations] == [
        t("ui.chart.modes.rate_title", lang), t("ui.chart.modes.transit_title", lang)]
    assert fig.layout.yaxis2.title.text == t("ui.chart.modes.days_axis", lang)


def test_percent_handles_missing_values() -> None:
    assert rates.percent(0.0244) == "2.4%"
    assert rates.percent(float("nan")) == "–"


def test_the_recovery_chart_names_carriers_as_the_seller_knows_them() -> None:
    report = pd.DataFrame({"carrier": ["Cainiao", "UPS", None], "claims": [3, 2, 1], "open": [1, 1, 1],
                           "compensated": [1, 1, 0], "rejected": [1, 0, 0]})
    names = list(recovery_chart(report, "zh").data[0].y)
    assert names == [t("ui.chart.unknown", "zh"), "UPS", "菜鸟"]
    assert list(recovery_chart(report, "en").data[0].y) == [t("ui.chart.unknown", "en"), "UPS", "Cainiao"]



@pytest.mark.parametrize("lang", ["en", "zh"])
def test_monthly_trend_leaves_a_month_without_parcels_as_a_gap(lang: str) -> None:
    # No parcel shipped in February: the month stays on the axis with no bar and no point, and the
    # line breaks there instead of joining January to March as if they were neighbours. Parcels
    # without a ship date (no month) are in no month.
    frame = rates_frame({"month": ["2025-03", "2025-01", None]}, [200, 100, 40], [2, 1, 0], [2, 0, 0])
    fig = rates.monthly_trend(frame.assign(mature=True), lang)
    bars, band, line = fig.data
    assert list(fig.layout.xaxis.categoryarray) == ["2025-01", "2025-02", "2025-03"]
    for trace in (bars, line):
        assert list(trace.x) == ["2025-01", "2025-02", "2025-03"]
        assert math.isnan(trace.y[1]) and not any(math.isnan(y) for y in (trace.y[0], trace.y[2]))
    assert list(line.y) == pytest.approx([0.01, math.nan, 0.02], nan_ok=True) and not line.connectgaps
    # The band is one outline per run of months with parcels, none across February.
    assert list(band.x) == ["2025-01", "2025-01", None, "2025-03", "2025-03", None]
    assert line.hovertext[1] == ""
