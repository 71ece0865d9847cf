"""Monthly loss-rate lines per carrier or mode, immature months marked (no Streamlit here).

A month that is not yet mature (`trends.monthly`) is drawn as a dashed segment with
hollow markers: its rate is biased low while parcels are still travelling, and a
seller must see at a glance that the last point of a line is not yet a real dip.
"""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go
from plotly.colors import qualitative

from lossanalytics.charts.rates import (
    house_layout,
    hover_text,
    month_axis,
    month_range,
    name_or_unknown,
    percent,
    plot_text,
    with_gaps,
)
from lossanalytics.i18n import t

PALETTE = qualitative.Safe


def group_name(value: object, by: str, lang: str) -> str:
    """A trend group's name in `lang`: the mode translated, a carrier as written (plain text)."""
    if by == "mode" and isinstance(value, str) and value:
        return t(f"mode.{value}", lang)
    return name_or_unknown(value, lang)


def busiest(frame: pd.DataFrame, by: str, limit: int | None = None) -> list[str]:
    """The groups of `by` (the first `limit`, or all) with the most parcels over all months,
    busiest first, ties by name."""
    totals = frame.dropna(subset=[by]).groupby(by)["shipments"].sum().reset_index()
    totals = totals.sort_values(["shipments", by], ascending=[False, True])
    return totals[by].head(limit).tolist()


def point_hover(row: pd.Series, by: str, lang: str) -> str:
    """Hover text of one month of one group: rate, interval, counts, share in transit, maturity."""
    text = hover_text(row, lang, f"{group_name(row[by], by, lang)} · {row['month']}")
    text += "<br>" + t("ui.analytics.chart.monthly.in_transit", lang, share=percent(row["in_transit_share"]))
    if not row["mature"]:
        text += "<br><i>" + t("ui.analytics.chart.monthly.not_mature", lang) + "</i>"
    return text


def monthly_lines(frame: pd.DataFrame, by: str, lang: str, only: list[str] | None = None) -> go.Figure:
    """One line per group of `by` ("carrier" or "mode"; only those in `only` when given):
    solid over mature months, dashed with hollow markers from the last mature month on;
    hover shows counts and intervals. Months are every month of every group's range, so lines stay
    comparable, and a line breaks at a month its group shipped nothing in."""
    months = month_range(frame["month"])
    data = frame[frame[by].isin(only)] if only is not None else frame
    data = data.sort_values([by, "month"]).reset_index(drop=True)
    fig = go.Figure()
    for index, (group, part) in enumerate(data.groupby(by, sort=False, dropna=False)):
        colour = PALETTE[index % len(PALETTE)]
        name = plot_text(group_name(group, by, lang))
        part = with_gaps(part.reset_index(drop=True))
        shipped = part["shipments"].notna().to_numpy(bool)
        solid = part["mature"].fillna(False).to_numpy(bool)
        # The dashed part starts at the last mature month, so the line stays unbroken.
        last_mature = int(solid.nonzero()[0].max()) if solid.any() else None
        dashed = shipped & ~solid
        if last_mature is not None and dashed.any():
            dashed[last_mature] = True
        for mature, keep in ((True, solid), (False, dashed)):
            if not keep.any():
                continue
            # The months the group shipped nothing in go into both lines as gaps, so neither joins
            # the months either side.
            rows = part[keep | ~shipped]
            fig.add_trace(go.Scatter(
                x=rows["month"], y=rows["loss_rate"], mode="lines+markers", name=name, legendgroup=name,
                connectgaps=False,
                showlegend=mature or not solid.any(),
                line={"color": colour, "width": 2.5 if mature else 2, "dash": "solid" if mature else "dash"},
                # An open symbol is drawn in the marker colour: a hollow ring of the line's colour.
                marker={"size": 7 if mature else 9, "color": colour, "symbol": "circle" if mature else "circle-open",
                        "line": {"color": colour, "width": 2}},
                hovertext=[point_hover(row, by, lang) if pd.notna(row["shipments"]) else ""
                           for _, row in rows.iterrows()],
                hovertemplate="%{hovertext}<extra></extra>",
            ))
    if len(data) and not data["mature"].all():
        # A legend entry that explains the dashed style once, instead of once per line.
        fig.add_trace(go.Scatter(
            x=[None], y=[None], mode="lines+markers", name=t("ui.analytics.chart.monthly.immature", lang),
            line={"color": "#666", "dash": "dash"}, marker={"symbol": "circle-open", "color": "#666", "size": 9},
        ))
    top = float(data["loss_rate"].max()) if len(data) else 0.05
    month_axis(fig, months, lang)
    fig.update_yaxes(title_text=t("ui.chart.rate_axis", lang), tickformat=".1%", rangemode="tozero",
                     range=[0, max(top * 1.15, 0.01)])
    title = "ui.analytics.chart.monthly.carrier_title" if by == "carrier" else "ui.analytics.chart.monthly.mode_title"
    house_layout(fig, t(title, lang), 460)
    # Many lines: the legend goes to the right of the plot, where it can grow downwards.
    fig.update_layout(legend={"orientation": "v", "x": 1.02, "xanchor": "left", "y": 1, "yanchor": "top"})
    return fig
