"""Plotly figures for the dashboard, built from `metrics.rates` frames (no Streamlit here).

Every builder takes a DataFrame and a language and returns a figure with a title,
axis titles with units, labels in that language, and hover text that shows the
parcel counts and the 95% interval behind each rate. Seller text (carrier and country
names) goes into a figure only through `plot_text`.
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from lossanalytics.i18n import carrier_name, route_name, t
from lossanalytics.normalise.countries import country_name

BAR = "#2f6db5"
SMALL_SAMPLE = "#b8c0cc"
LINE = "#c0392b"
BAND = "rgba(192, 57, 43, 0.15)"
SHIPMENT_BARS = "rgba(47, 109, 181, 0.25)"
HEATMAP_SCALE = [[0.0, "#f7fbf4"], [0.35, "#fde3a7"], [0.7, "#f08a4b"], [1.0, "#b2182b"]]
FONT = {"family": "Source Sans Pro, Noto Sans CJK SC, Microsoft YaHei, sans-serif", "size": 13}


def scale_top(rates: pd.Series) -> float:
    """The top of a colour scale of loss rates that starts at 0%: the highest rate, and at least 1%
    (where nothing or little was lost a scale of no width would draw 0.0% mid-colour)."""
    highest = rates.max() if len(rates) else float("nan")
    return max(float(highest), 0.01) if pd.notna(highest) else 0.01


def rate_ticks(top: float) -> str:
    """The tick format of a colour scale of loss rates from 0 to `top`: whole percents repeat on a
    narrow one ("0% 0% 1% 1%" on 0-1%), so below 5% the labels keep a decimal."""
    return ".1%" if top < 0.05 else ".0%"


def percent(value: float) -> str:
    """A rate as a percentage with one decimal ('2.4%'); a dash when unknown."""
    return "–" if value is None or (isinstance(value, float) and math.isnan(value)) else f"{value:.1%}"


def plot_text(text: object) -> str:
    """Seller text made safe for a figure: Plotly draws the HTML it finds in any text
    (<a href>, <b>, <br>, <span style>) in titles, tick labels, legends and hover text,
    so &, < and > become entities, which it draws as the characters themselves."""
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def name_or_unknown(value: object, lang: str) -> str:
    """A group's name, or 'unknown' in `lang` when the exports did not say."""
    missing = value is None or (not isinstance(value, str) and pd.isna(value)) or value == ""
    return t("ui.chart.unknown", lang) if missing else carrier_name(value, lang)


def hover_text(row: pd.Series, lang: str, name: str) -> str:
    """Hover text of one group: its name (escaped here), loss rate with interval, and the counts behind it."""
    text = t(
        "ui.chart.hover", lang, name=plot_text(name), rate=percent(row["loss_rate"]),
        low=percent(row["loss_rate_low"]), high=percent(row["loss_rate_high"]), n=f"{int(row['shipments']):,}",
        lost=f"{int(row['lost']):,}", suspected=f"{int(row['suspected_lost']):,}",
    )
    if row["small_sample"]:
        text += "<br>" + t("ui.chart.too_few", lang)
    return text


def house_layout(fig: go.Figure, title: str, height: int) -> go.Figure:
    """The house style: title top left, legend top right, left-aligned dark hover text on white
    (Streamlit's theme would draw it light grey, hard to read over a light chart)."""
    fig.update_layout(
        title={"text": title, "x": 0, "xanchor": "left"}, height=height, font=FONT,
        margin={"l": 10, "r": 10, "t": 70, "b": 10},
        hoverlabel={"align": "left", "bgcolor": "white", "font": {"color": "#1f2328"}},
        legend={"orientation": "h", "yanchor": "bottom", "y": 1.0, "xanchor": "right", "x": 1},
    )
    return fig


def _errors(frame: pd.DataFrame) -> dict[str, object]:
    """Asymmetric Wilson error bars around loss_rate."""
    return {
        "type": "data", "symmetric": False,
        "array": (frame["loss_rate_high"] - frame["loss_rate"]).tolist(),
        "arrayminus": (frame["loss_rate"] - frame["loss_rate_low"]).tolist(),
        "color": "#444", "thickness": 1.5, "width": 4,
    }


def month_range(months: pd.Series) -> list[str]:
    """Every month ("2025-01") from the first to the last of `months`, those without parcels too."""
    known = months.dropna()
    if known.empty:
        return []
    return [str(month) for month in pd.period_range(known.min(), known.max(), freq="M")]


def with_gaps(rows: pd.DataFrame) -> pd.DataFrame:
    """`rows` (one per month, sorted) with an empty row for every month between their first and last
    that has none: a line drawn from them breaks there instead of joining the months either side."""
    months = month_range(rows["month"])
    if len(months) == len(rows):
        return rows
    return rows.set_index("month").reindex(months).rename_axis("month").reset_index()


def month_axis(fig: go.Figure, months: list[str], lang: str) -> None:
    """The ship-month axis: every month of `months` in order, those without parcels left empty, so a
    gap reads as one; labels "2025-01" in both languages (Plotly shows every few and turns them when
    a long range would crowd them)."""
    fig.update_xaxes(title_text=t("ui.chart.trend.x", lang), type="category", categoryorder="array",
                     categoryarray=months)


def interval_band(data: pd.DataFrame, shipped: np.ndarray) -> tuple[list[object], list[object]]:
    """The 95% band of consecutive months as closed outlines (x, y), one per run of months with
    parcels, separated by None: a band filled between two lines would join the runs across a gap."""
    xs: list[object] = []
    ys: list[object] = []
    runs = np.split(np.arange(len(data)), np.flatnonzero(np.diff(shipped.astype(int))) + 1)
    for run in (r for r in runs if len(r) and shipped[r[0]]):
        rows = data.iloc[run]
        xs += [*rows["month"], *rows["month"][::-1], None]
        ys += [*rows["loss_rate_high"], *rows["loss_rate_low"][::-1], None]
    return xs, ys


def monthly_trend(frame: pd.DataFrame, lang: str) -> go.Figure:
    """Loss rate per ship month as a line with its 95% band, over bars of parcels shipped; a month
    without parcels has no bar and breaks the line. Parcels without a ship date are in no month."""
    data = with_gaps(frame.dropna(subset=["month"]).sort_values("month").reset_index(drop=True))
    shipped = data["shipments"].notna().to_numpy(bool)
    hover = [hover_text(row, lang, row["month"]) if known else "" for known, (_, row) in zip(shipped, data.iterrows())]
    fig = make_subplots(specs=[[{"secondary_y": True}]])
    fig.add_trace(
        go.Bar(x=data["month"], y=data["shipments"], name=t("ui.chart.trend.shipments", lang),
               marker_color=SHIPMENT_BARS, hovertext=hover, hovertemplate="%{hovertext}<extra></extra>"),
        secondary_y=True,
    )
    band_x, band_y = interval_band(data, shipped)
    fig.add_trace(
        go.Scatter(x=band_x, y=band_y, mode="lines", line={"width": 0}, fill="toself", fillcolor=BAND,
                   name=t("ui.chart.interval", lang), hoverinfo="skip", connectgaps=False),
        secondary_y=False,
    )
    mature = data["mature"].fillna(False).to_numpy(bool) if "mature" in data else shipped.copy()
    # Months not yet mature (analytics.trends) are dashed and hollow from the last mature month on,
    # as on the Trends page: their rate can still rise, and must not read as an improvement.
    dashed = shipped & ~mature
    if mature.any() and dashed.any():
        dashed[int(mature.nonzero()[0].max())] = True
    for solid, keep in ((True, mature), (False, dashed)):
        if not keep.any():
            continue
        # The empty months go into both lines as gaps, so neither joins the months either side.
        keep = keep | ~shipped
        fig.add_trace(
            go.Scatter(x=data["month"][keep], y=data["loss_rate"][keep], mode="lines+markers", connectgaps=False,
                       line={"color": LINE, "width": 2.5 if solid else 2, "dash": "solid" if solid else "dash"},
                       marker={"size": 7 if solid else 9, "color": LINE, "symbol": "circle" if solid else "circle-open",
                               "line": {"color": LINE, "width": 2}},
                       name=t("ui.chart.trend.rate" if solid else "ui.analytics.chart.monthly.immature", lang),
                       hovertext=[h for h, k in zip(hover, keep) if k], hovertemplate="%{hovertext}<extra></extra>"),
            secondary_y=False,
        )
    month_axis(fig, list(data["month"]), lang)
    top = float(data["loss_rate_high"].max()) if data["loss_rate_high"].notna().any() else 0.05
    fig.update_yaxes(title_text=t("ui.chart.rate_axis", lang), tickformat=".1%", rangemode="tozero",
                     range=[0, max(top * 1.1, 0.01)], secondary_y=False)
    fig.update_yaxes(title_text=t("ui.chart.trend.shipments_axis", lang), showgrid=False, rangemode="tozero",
                     tickformat=",d", tickmode="auto", nticks=6, secondary_y=True)
    return house_layout(fig, t("ui.chart.trend.title", lang), 420)


# One bar per carrier: a data set of 290 transporters drew a chart some 10,000 pixels tall, mostly
# carriers of a few parcels at 0%. The chart draws those with the most parcels; the table lists all.
CHART_CARRIERS = 40


def charted_carriers(frame: pd.DataFrame) -> pd.DataFrame:
    """The carriers the chart draws: the CHART_CARRIERS with the most parcels (every one when fewer)."""
    return frame.nlargest(CHART_CARRIERS, "shipments", keep="first") if len(frame) > CHART_CARRIERS else frame


def carriers_not_charted(frame: pd.DataFrame) -> int:
    """How many carriers of `frame` the chart leaves to the table (see :func:`charted_carriers`)."""
    return len(frame) - len(charted_carriers(frame))


def carrier_bars(frame: pd.DataFrame, lang: str) -> go.Figure:
    """Loss rate per carrier as horizontal bars with Wilson 95% error bars; small samples greyed
    (only the carriers of :func:`charted_carriers`)."""
    data = charted_carriers(frame).sort_values(["loss_rate", "shipments"], ascending=[True, True])
    data = data.reset_index(drop=True)
    labels = [
        t("ui.chart.label_small" if row["small_sample"] else "ui.chart.label", lang,
          name=plot_text(name_or_unknown(row["carrier"], lang)), n=f"{int(row['shipments']):,}")
        for _, row in data.iterrows()
    ]
    fig = go.Figure()
    for small in (False, True):
        part = data[data["small_sample"] == small]
        if part.empty:
            continue
        fig.add_trace(go.Bar(
            x=part["loss_rate"], y=[labels[i] for i in part.index], orientation="h",
            marker_color=SMALL_SAMPLE if small else BAR, error_x=_errors(part),
            name=t("ui.chart.legend_small" if small else "ui.chart.legend_enough", lang),
            hovertext=[hover_text(row, lang, name_or_unknown(row["carrier"], lang)) for _, row in part.iterrows()],
            hovertemplate="%{hovertext}<extra></extra>",
        ))
    # The rate is written just past the upper whisker, where it never overlaps the bar or the interval.
    fig.add_trace(go.Scatter(
        x=data["loss_rate_high"], y=labels, mode="text", text=[f"  {percent(v)}" for v in data["loss_rate"]],
        textposition="middle right", showlegend=False, hoverinfo="skip", cliponaxis=False,
    ))
    top = float(data["loss_rate_high"].max()) if len(data) else 0.05
    fig.update_xaxes(title_text=t("ui.chart.carriers.x", lang), tickformat=".1%", range=[0, max(top * 1.15, 0.01)])
    fig.update_yaxes(title_text=t("ui.chart.carriers.y", lang), categoryorder="array", categoryarray=labels,
                     automargin=True)
    fig.update_layout(barmode="overlay", showlegend=bool(data["small_sample"].any()))
    return house_layout(fig, t("ui.chart.carriers.title", lang), 140 + 34 * max(len(data), 3))


def unplaced_shipments(frame: pd.DataFrame) -> int:
    """Parcels on routes whose origin or destination is unknown: the route heat map has no cell for them."""
    unknown = frame[["origin_country", "dest_country"]].isna().any(axis=1)
    return int(frame.loc[unknown, "shipments"].sum())


def route_heatmap(frame: pd.DataFrame, lang: str) -> go.Figure:
    """Origin × destination matrix of loss rates; each cell says its rate and n, small ones starred."""
    data = frame.dropna(subset=["origin_country", "dest_country"])
    origins = sorted(data["origin_country"].unique(), key=lambda c: country_name(c, lang))
    dests = sorted(data["dest_country"].unique(), key=lambda c: country_name(c, lang))
    z = [[None] * len(dests) for _ in origins]
    text = [[""] * len(dests) for _ in origins]
    hover = [[""] * len(dests) for _ in origins]
    for _, row in data.iterrows():
        i, j = origins.index(row["origin_country"]), dests.index(row["dest_country"])
        name = route_name(row["origin_country"], row["dest_country"], lang)
        z[i][j] = float(row["loss_rate"])
        key = "ui.chart.routes.cell_small" if row["small_sample"] else "ui.chart.routes.cell"
        text[i][j] = t(key, lang, rate=percent(row["loss_rate"]), n=f"{int(row['shipments']):,}")
        hover[i][j] = hover_text(row, lang, name)
    # Plotly honours zmin only with zmax set: without it the scale ran from the lowest route's rate, and
    # from -50% to 50% when every route lost nothing.
    top = scale_top(data["loss_rate"])
    fig = go.Figure(go.Heatmap(
        z=z, x=[plot_text(country_name(c, lang)) for c in dests],
        y=[plot_text(country_name(c, lang)) for c in origins],
        text=text, texttemplate="%{text}", hovertext=hover, hovertemplate="%{hovertext}<extra></extra>",
        colorscale=HEATMAP_SCALE, zmin=0, zmax=top, xgap=2, ygap=2,
        colorbar={"title": {"text": t("ui.chart.rate_axis_short", lang)}, "tickformat": rate_ticks(top)},
    ))
    fig.update_xaxes(title_text=t("ui.chart.routes.x", lang), side="bottom", tickangle=-30)
    fig.update_yaxes(title_text=t("ui.chart.routes.y", lang), autorange="reversed", automargin=True)
    return house_layout(fig, t("ui.chart.routes.title", lang), 220 + 64 * max(len(origins), 2))


def _value_labels(x: list[str], top: pd.Series, text: list[str], row: int, col: int, fig: go.Figure) -> None:
    """Write each bar's value just above its upper whisker, clear of the bar and the interval."""
    fig.add_trace(go.Scatter(x=x, y=top.fillna(0), mode="text", text=text, textposition="top center",
                             showlegend=False, hoverinfo="skip", cliponaxis=False), row=row, col=col)


def mode_comparison(frame: pd.DataFrame, lang: str) -> go.Figure:
    """Per transport mode: loss rate with 95% error bars, and median transit days with a p95 whisker."""
    data = frame.sort_values("loss_rate", ascending=False).reset_index(drop=True)
    labels = [
        t("ui.chart.label_stacked_small" if row["small_sample"] else "ui.chart.label_stacked", lang,
          name=t(f"mode.{row['mode']}", lang), n=f"{int(row['shipments']):,}")
        for _, row in data.iterrows()
    ]
    fig = make_subplots(
        rows=1, cols=2, horizontal_spacing=0.12,
        subplot_titles=(t("ui.chart.modes.rate_title", lang), t("ui.chart.modes.transit_title", lang)),
    )
    fig.add_trace(go.Bar(
        x=labels, y=data["loss_rate"], error_y=_errors(data), showlegend=False,
        marker_color=[SMALL_SAMPLE if s else BAR for s in data["small_sample"]],
        hovertext=[hover_text(row, lang, t(f"mode.{row['mode']}", lang)) for _, row in data.iterrows()],
        hovertemplate="%{hovertext}<extra></extra>",
    ), row=1, col=1)
    _value_labels(labels, data["loss_rate_high"], [percent(v) for v in data["loss_rate"]], 1, 1, fig)
    p50 = data["transit_p50"].astype(float)
    p95 = data["transit_p95"].astype(float)
    transit_hover = [
        t("ui.chart.modes.transit_hover", lang, name=t(f"mode.{m}", lang), p50=_days(a), p95=_days(b))
        for m, a, b in zip(data["mode"], p50, p95)
    ]
    fig.add_trace(go.Bar(
        x=labels, y=p50, showlegend=False, marker_color="#5b8c5a",
        error_y={"type": "data", "symmetric": False, "array": (p95 - p50).fillna(0).tolist(),
                     "arrayminus": [0] * len(data), "color": "#444", "thickness": 1.5, "width": 4},
        hovertext=transit_hover, hovertemplate="%{hovertext}<extra></extra>",
    ), row=1, col=2)
    _value_labels(labels, p95.fillna(p50), [_days(v) for v in p50], 1, 2, fig)
    fig.update_xaxes(title_text=t("ui.chart.modes.x", lang))
    top_rate = float(data["loss_rate_high"].max()) if len(data) else 0.05
    top_days = float(p95.max()) if len(data) and not p95.isna().all() else 10.0
    fig.update_yaxes(title_text=t("ui.chart.rate_axis", lang), tickformat=".1%",
                     range=[0, max(top_rate * 1.18, 0.01)], row=1, col=1)
    fig.update_yaxes(title_text=t("ui.chart.modes.days_axis", lang), range=[0, top_days * 1.18], row=1, col=2)
    return house_layout(fig, t("ui.chart.modes.title", lang), 480)


def _days(value: float) -> str:
    return "–" if value is None or math.isnan(value) else f"{value:.1f}"
