"""Trends: monthly loss rate per carrier and per transport mode, recent months that are
not yet mature marked as such."""

import streamlit as st

from lossanalytics.analytics.trends import MAX_IN_TRANSIT_SHARE
from lossanalytics.charts import trends
from lossanalytics.i18n import carrier_name
from lossanalytics.ui import data
from lossanalytics.ui.context import page_setup
from lossanalytics.ui.empty_view import explain_empty
from lossanalytics.ui.language import select_all
from lossanalytics.ui.months_view import no_month_note, ship_dates_needed, whole_period, without_month
from lossanalytics.ui.render import section

SHOWN_BY_DEFAULT = 5  # more lines than this in one chart become hard to tell apart

ctx = page_setup("ui.page.trends")
by_carrier = data.monthly(ctx.db, ctx.version, "carrier", ctx.scope)
# Parcels dated by their scans or delivery only are judged, but in no ship month.
no_month = without_month(data.months_with_maturity(ctx.db, ctx.version, ctx.scope))
if by_carrier.empty and no_month:
    ship_dates_needed(no_month, ctx.lang)
    with section(ctx.lang, "whole period"):
        # The sets the Carriers and Routes pages load, so their caches serve all three pages.
        carriers = data.rates_many(ctx.db, ctx.version, data.CARRIERS_BYS, ctx.scope)["carrier"]
        whole_period(carriers, data.rates_many(ctx.db, ctx.version, data.ROUTES_BYS, ctx.scope)["mode"], ctx.lang)
    st.stop()
if by_carrier.empty:
    explain_empty(ctx, data.undated(ctx.db, ctx.version, ctx.scope))
    st.stop()
by_mode = data.monthly(ctx.db, ctx.version, "mode", ctx.scope)

st.caption(ctx.t("ui.analytics.trends.intro"))
choices = trends.busiest(by_carrier, "carrier")
shown = st.multiselect(ctx.t("ui.analytics.trends.pick_carriers"), choices, default=choices[:SHOWN_BY_DEFAULT],
                       key="trend_carriers", format_func=lambda c: carrier_name(c, ctx.lang),
                       select_all=select_all(ctx.lang))
with section(ctx.lang, "carrier trends"):
    if shown:
        st.plotly_chart(trends.monthly_lines(by_carrier, "carrier", ctx.lang, only=shown), width="stretch")
    else:
        st.info(ctx.t("ui.analytics.trends.pick_some"), icon=":material/touch_app:")
with section(ctx.lang, "mode trends"):
    st.plotly_chart(trends.monthly_lines(by_mode, "mode", ctx.lang), width="stretch")
no_month_note(no_month, ctx.lang)
st.caption(ctx.t("ui.analytics.trends.maturity", share=MAX_IN_TRANSIT_SHARE))
st.caption(ctx.t("ui.analytics.trends.small"))
