"""Overview: any parcel searched for (`?parcel=`), headline figures, the monthly trend, and what to do next."""

import streamlit as st

from lossanalytics.analytics.overview import unread_total
from lossanalytics.charts import rates
from lossanalytics.claims.money import value_pairs
from lossanalytics.i18n import tn
from lossanalytics.ui import data
from lossanalytics.ui.context import page_setup
from lossanalytics.ui.empty_view import explain_empty
from lossanalytics.ui.home_view import money_totals, usd_rates
from lossanalytics.ui.months_view import no_month_note, ship_dates_needed, without_month
from lossanalytics.ui.numbers import count, rate_with_interval
from lossanalytics.ui.parcel_search_view import parcel_search
from lossanalytics.ui.render import (
    demo_banner,
    section,
    shipped_after_note,
    undated_note,
    unread_note,
    value_at_loss,
)

ctx = page_setup("ui.page.overview")
with section(ctx.lang, "parcel search"):
    parcel_search(ctx.db, ctx.version, ctx.scope.as_of, ctx.scope.settings, ctx.lang)
if ctx.demo_ids:
    demo_banner(ctx.db, ctx.lang)
head = data.headline(ctx.db, ctx.version, ctx.scope)
undated = data.undated(ctx.db, ctx.version, ctx.scope)
later = data.shipped_after(ctx.db, ctx.version, ctx.scope)
if head is None:
    # An as-of day before every shipping, or parcels without any date, are explained, with what to do.
    explain_empty(ctx, undated, later)
    st.stop()

st.caption(ctx.t("ui.overview.intro", as_of=ctx.scope.as_of))
undated_note(undated, ctx.lang)
shipped_after_note(later, ctx.scope.as_of, ctx.lang)
figures = st.columns(5)
for column, key, value, help_key in (
    (figures[0], "col.shipments", head.shipments, "ui.overview.help.shipments"),
    (figures[1], "col.delivered", head.delivered, "ui.overview.help.delivered"),
    (figures[2], "col.in_transit", head.in_transit, "ui.overview.help.in_transit"),
    (figures[3], "col.lost", head.lost, "ui.overview.help.lost"),
    (figures[4], "col.suspected_lost", head.suspected_lost, "ui.overview.help.suspected"),
):
    column.metric(ctx.t(key), count(value), help=ctx.t(help_key), border=True)
unread_note(*unread_total(data.unread_by_carrier(ctx.db, ctx.version, ctx.scope)), ctx.lang)
left, right = st.columns(2)
left.metric(ctx.t("ui.overview.loss_rate"), rate_with_interval(head.loss_rate, head.loss_rate_low,
            head.loss_rate_high, ctx.lang), help=ctx.t("ui.overview.help.loss_rate"), border=True)
with right.container(border=True, height="stretch"), section(ctx.lang, "value at loss"):
    value_at_loss(head.value_at_loss, ctx.lang, usd_rates(ctx.db))
    money_totals(ctx.db, [(None, value_pairs([head.value_at_loss]))], ctx.lang)

with section(ctx.lang, "monthly trend"):
    trend = data.months_with_maturity(ctx.db, ctx.version, ctx.scope)
    no_month = without_month(trend)
    if no_month == head.shipments:
        ship_dates_needed(no_month, ctx.lang)
    else:
        st.plotly_chart(rates.monthly_trend(trend, ctx.lang), width="stretch")
        if not trend["mature"].all():
            st.caption(ctx.t("ui.overview.trend_note"))
        no_month_note(no_month, ctx.lang)

st.subheader(ctx.t("ui.overview.next"))
if head.suspected_lost:
    st.markdown(tn("ui.overview.next_suspected", ctx.lang, head.suspected_lost, count=head.suspected_lost))
    st.page_link("pages/suspected.py", label=ctx.t("ui.overview.open_suspected"), icon=":material/search:")
else:
    st.markdown(ctx.t("ui.overview.next_none"))
st.page_link("pages/carriers.py", label=ctx.t("ui.overview.open_carriers"), icon=":material/local_shipping:")
