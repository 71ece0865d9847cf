"""Routes & modes: origin → destination loss matrix, mode comparison, and the lanes table."""

import streamlit as st

from lossanalytics import charts
from lossanalytics.ui import data
from lossanalytics.ui.context import page_setup
from lossanalytics.ui.render import empty_state, rate_table

ctx = page_setup("ui.page.routes")
routes = data.rates(ctx.db, ctx.version, "route", ctx.as_of, ctx.settings, ctx.filters)
if routes.empty:
    empty_state(ctx.lang, has_data=bool(ctx.options.parcels))
    st.stop()
modes = data.rates(ctx.db, ctx.version, "mode", ctx.as_of, ctx.settings, ctx.filters)

st.caption(ctx.t("ui.routes.intro"))
st.plotly_chart(charts.route_heatmap(routes, ctx.lang), width="stretch")
st.caption(ctx.t("ui.routes.heatmap_note"))
st.plotly_chart(charts.mode_comparison(modes, ctx.lang), width="stretch")
st.caption(ctx.t("ui.chart.how_to_read"))
st.subheader(ctx.t("ui.routes.table"))
rate_table(routes, ["origin_country", "dest_country"], ctx.lang)
st.subheader(ctx.t("ui.routes.mode_table"))
rate_table(modes, ["mode"], ctx.lang)
