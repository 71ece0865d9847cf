"""World map of loss rates per destination country (no Streamlit here).

Plotly's choropleth locates countries by ISO 3166-1 alpha-3 code; the database keeps
alpha-2, so codes are translated with pycountry. Countries with too few parcels to
judge are drawn in one flat grey, never on the colour scale, so that a 1-in-3 loss
on three parcels does not look like the worst destination in the world.
"""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go
import pycountry

from lossanalytics.charts.rates import HEATMAP_SCALE, SMALL_SAMPLE, house_layout, hover_text, rate_ticks, scale_top
from lossanalytics.i18n import t
from lossanalytics.normalise.countries import country_name

# Where the browser fetches the country outlines: the app's own static/ folder, served by
# Streamlit, so the map draws without internet access (plotly's default is cdn.plot.ly).
TOPOJSON_URL = "app/static/"


def alpha3(code: object) -> str | None:
    """The ISO alpha-3 code of an alpha-2 code ('DE' → 'DEU'); None when unknown or missing."""
    if not isinstance(code, str) or len(code.strip()) != 2:
        return None
    country = pycountry.countries.get(alpha_2=code.strip().upper())
    return country.alpha_3 if country else None


def map_rows(frame: pd.DataFrame) -> pd.DataFrame:
    """The destination rows a map can place: with an `iso3` column, unknown countries left out."""
    codes = [alpha3(code) for code in frame["dest_country"]]
    return frame.assign(iso3=codes).dropna(subset=["iso3"]).reset_index(drop=True)


def destination_map(frame: pd.DataFrame, lang: str) -> go.Figure:
    """Loss rate per destination country on a world map; hover names the country in `lang`
    and gives the rate, its 95% interval and the counts; small samples in grey."""
    data = map_rows(frame)
    top = scale_top(data.loc[~data["small_sample"], "loss_rate"])
    fig = go.Figure()
    for small in (False, True):
        part = data[data["small_sample"] == small]
        if part.empty:
            continue
        hover = [hover_text(row, lang, country_name(row["dest_country"], lang)) for _, row in part.iterrows()]
        # Small samples get a one-colour scale: their rate is too noisy to place on the real one.
        colours = {"colorscale": [[0, SMALL_SAMPLE], [1, SMALL_SAMPLE]], "showscale": False} if small else {
            "colorscale": HEATMAP_SCALE, "zmin": 0, "zmax": top,
            # A short title above the bar: a long one turned sideways collides with the tick labels in Chinese.
            "colorbar": {"title": {"text": t("ui.chart.rate_axis_short", lang)}, "tickformat": rate_ticks(top),
                         "thickness": 14, "len": 0.8},
        }
        fig.add_trace(go.Choropleth(
            locations=part["iso3"], z=part["loss_rate"].fillna(0), locationmode="ISO-3", hovertext=hover,
            hovertemplate="%{hovertext}<extra></extra>", marker={"line": {"color": "#ffffff", "width": 0.5}},
            name=t("ui.chart.legend_small" if small else "ui.chart.legend_enough", lang), showlegend=small,
            **colours,
        ))
    fig.update_geos(projection_type="natural earth", showframe=False, showcoastlines=False, showcountries=True,
                    countrycolor="#d0d4da", showland=True, landcolor="#f4f5f7", lataxis_range=[-58, 85])
    house_layout(fig, t("ui.analytics.chart.map.title", lang), 520)
    # The house legend sits top right; on a map it would cover the Pacific labels, so keep it bottom left.
    fig.update_layout(legend={"x": 0, "xanchor": "left", "y": 0, "yanchor": "bottom"},
                      margin={"l": 10, "r": 10, "t": 60, "b": 10})
    return fig
