"""The recovery report as the workbench shows it: claims per carrier and month, and a chart.

`lossanalytics.claims.recovery_report` counts claims and adds amounts per currency;
here the rows are narrowed to the carriers a seller filtered on and drawn as claims by
carrier and result. Amounts in different currencies are never added together.
"""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd
import plotly.graph_objects as go

from lossanalytics.charts.rates import FONT, plot_text
from lossanalytics.i18n import carrier_name, t

RESULTS: tuple[str, ...] = ("open", "compensated", "rejected")
COLOURS = {"open": "#2f6db5", "compensated": "#2e8b57", "rejected": "#c0392b"}


def for_carriers(report: pd.DataFrame, carriers: Sequence[str]) -> pd.DataFrame:
    """The report rows of `carriers` (all rows when none are chosen)."""
    if not carriers or report.empty or "carrier" not in report:
        return report
    return report[report["carrier"].isin(carriers)].reset_index(drop=True)


def claims_by_carrier(report: pd.DataFrame) -> pd.DataFrame:
    """Claims per carrier and result (counts over every currency), most claims first."""
    counts = report.groupby("carrier", dropna=False)[["claims", *RESULTS]].sum().reset_index()
    return counts.sort_values(["claims", "carrier"], ascending=[False, True], ignore_index=True)


def recovery_chart(report: pd.DataFrame, lang: str) -> go.Figure:
    """Stacked bars: per carrier, the claims still open, compensated and rejected (number of claims)."""
    counts = claims_by_carrier(report).iloc[::-1]
    names = [plot_text(carrier_name(c, lang)) if isinstance(c, str) and c else t("ui.chart.unknown", lang)
             for c in counts["carrier"]]
    fig = go.Figure()
    for result in RESULTS:
        fig.add_trace(go.Bar(
            y=names, x=counts[result], orientation="h", name=t(f"ui.claims.recovery.{result}", lang),
            marker_color=COLOURS[result],
            hovertemplate="%{y}: %{x} " + t("ui.claims.chart.claims_unit", lang) + "<extra>%{fullData.name}</extra>",
        ))
    fig.update_layout(
        barmode="stack", title={"text": t("ui.claims.chart.title", lang), "x": 0, "xanchor": "left"},
        xaxis_title=t("ui.claims.chart.x", lang), yaxis_title=t("ui.claims.chart.y", lang), font=FONT,
        height=max(260, 110 + 34 * len(counts)), margin={"l": 10, "r": 10, "t": 70, "b": 10},
        legend={"orientation": "h", "yanchor": "bottom", "y": 1.0, "xanchor": "right", "x": 1,
                "traceorder": "normal"},
    )
    most = int(counts["claims"].max()) if len(counts) else 0
    # Whole claims only: one tick per claim while there are few, else Plotly's own spacing.
    fig.update_xaxes(rangemode="tozero", tickformat=",d", dtick=1 if most <= 10 else None)
    return fig
