"""Carriers: loss rate per carrier with its 95% interval, the scorecard, and a drill-down
from one carrier to its lanes and its suspected-lost parcels."""

import streamlit as st

from lossanalytics.charts import rates
from lossanalytics.claims.money import value_pairs
from lossanalytics.ui import data
from lossanalytics.ui.analytics_view import drill_down, scorecard_section, unread_note
from lossanalytics.ui.context import page_setup
from lossanalytics.ui.empty_view import explain_empty
from lossanalytics.ui.home_view import money_totals, origin_note, usd_rates
from lossanalytics.ui.render import section

ctx = page_setup("ui.page.carriers")
frames = data.rates_many(ctx.db, ctx.version, data.CARRIERS_BYS, ctx.scope)
carriers, lanes = frames["carrier"], frames["lane"]
if carriers.empty:
    explain_empty(ctx, data.undated(ctx.db, ctx.version, ctx.scope))
    st.stop()

st.caption(ctx.t("ui.carriers.intro"))
with section(ctx.lang, "carrier chart"):
    st.plotly_chart(rates.carrier_bars(carriers, ctx.lang), width="stretch")
    if left_out := rates.carriers_not_charted(carriers):
        st.caption(ctx.t("ui.chart.carriers.top", shown=rates.CHART_CARRIERS, left=left_out))
    st.caption(ctx.t("ui.chart.how_to_read"))
    unread_note(data.unread_carriers(ctx.db, ctx.version, ctx.scope), ctx.lang)
with section(ctx.lang, "scorecard"):
    scorecard_section(carriers, data.carrier_verdicts(ctx.db, ctx.version, ctx.scope), ctx.lang, usd_rates(ctx.db))
    money_totals(ctx.db, [(ctx.t("col.value_at_loss"), value_pairs(carriers["value_at_loss"]))], ctx.lang)
with section(ctx.lang, "drill-down"):
    drill_down(ctx, carriers, lanes)
origin_note(ctx.db, ctx.version, ctx.lang)
