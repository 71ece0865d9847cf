"""Routes & modes: origin → destination loss matrix, a world map of destinations, mode
comparison, the best and worst lanes, and the tables behind them."""

import streamlit as st

from lossanalytics.charts import maps, rates
from lossanalytics.i18n import tn
from lossanalytics.ui import data
from lossanalytics.ui.analytics_view import best_and_worst_lanes
from lossanalytics.ui.context import page_setup
from lossanalytics.ui.empty_view import explain_empty
from lossanalytics.ui.home_view import origin_note, usd_rates
from lossanalytics.ui.render import rate_table, section

ctx = page_setup("ui.page.routes")
frames = data.rates_many(ctx.db, ctx.version, data.ROUTES_BYS, ctx.scope)
routes, modes = frames["route"], frames["mode"]
if routes.empty:
    explain_empty(ctx, data.undated(ctx.db, ctx.version, ctx.scope))
    st.stop()

st.caption(ctx.t("ui.routes.intro"))
origin_note(ctx.db, ctx.version, ctx.lang)
with section(ctx.lang, "route heat map"):
    unplaced = rates.unplaced_shipments(routes)
    if unplaced == int(routes["shipments"].sum()):
        st.info(ctx.t("ui.routes.no_known_routes"), icon=":material/info:")
    else:
        st.plotly_chart(rates.route_heatmap(routes, ctx.lang), width="stretch")
        st.caption(ctx.t("ui.routes.heatmap_note"))
        if unplaced:
            st.caption(tn("ui.routes.unplaced", ctx.lang, unplaced, count=unplaced))
with section(ctx.lang, "destination map"):
    st.plotly_chart(maps.destination_map(frames["dest_country"], ctx.lang), width="stretch",
                    config={"topojsonURL": maps.TOPOJSON_URL})
    st.caption(ctx.t("ui.analytics.map.note"))
with section(ctx.lang, "mode comparison"):
    st.plotly_chart(rates.mode_comparison(modes, ctx.lang), width="stretch")
    st.caption(ctx.t("ui.chart.how_to_read"))
with section(ctx.lang, "best and worst lanes"):
    best_and_worst_lanes(frames["lane"], ctx.lang)
with section(ctx.lang, "route tables"):
    # Drawn only once opened: a table's frontend module (1.2 MB) would otherwise hold back the
    # first chart of a first visit.
    tables = st.expander(ctx.t("ui.routes.tables"), icon=":material/table:", key="route_tables",
                         on_change="rerun")
    if tables.open:
        with tables:
            usd_per = usd_rates(ctx.db)
            st.subheader(ctx.t("ui.routes.table"))
            rate_table(routes, ["origin_country", "dest_country"], ctx.lang, usd_per)
            st.subheader(ctx.t("ui.routes.mode_table"))
            rate_table(modes, ["mode"], ctx.lang, usd_per)
