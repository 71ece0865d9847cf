"""Carriers: loss rate per carrier with its 95% interval and sample size."""

import streamlit as st

from lossanalytics import charts
from lossanalytics.ui import data
from lossanalytics.ui.context import page_setup
from lossanalytics.ui.render import empty_state, rate_table

ctx = page_setup("ui.page.carriers")
frame = data.rates(ctx.db, ctx.version, "carrier", ctx.as_of, ctx.settings, ctx.filters)
if frame.empty:
    empty_state(ctx.lang, has_data=bool(ctx.options.parcels))
    st.stop()

st.caption(ctx.t("ui.carriers.intro"))
st.plotly_chart(charts.carrier_bars(frame, ctx.lang), width="stretch")
st.caption(ctx.t("ui.chart.how_to_read"))
st.subheader(ctx.t("ui.carriers.table"))
rate_table(frame, ["carrier"], ctx.lang)
