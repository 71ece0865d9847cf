"""Suspected lost: the parcels that probably will not arrive, why, and downloads for claims."""

import streamlit as st

from lossanalytics.ui import data
from lossanalytics.ui.context import page_setup
from lossanalytics.ui.empty_view import nothing_shipped_yet
from lossanalytics.ui.home_view import origin_note
from lossanalytics.ui.render import empty_state
from lossanalytics.ui.seller_tables import filter_suspected
from lossanalytics.ui.suspected_view import suspected_list

ctx = page_setup("ui.page.suspected")
if not ctx.options.parcels:
    empty_state(ctx.lang, has_data=False)
    st.stop()
frame = data.suspected(ctx.db, ctx.version, ctx.scope, ctx.lang)
if frame.empty:
    if not nothing_shipped_yet(ctx):
        st.success(ctx.t("ui.suspected.none", as_of=ctx.scope.as_of), icon=":material/check_circle:")
        st.caption(ctx.t("ui.suspected.rules"))
    st.stop()

st.caption(ctx.t("ui.suspected.intro", as_of=ctx.scope.as_of))
origin_note(ctx.db, ctx.version, ctx.lang)
risk_column, search_column = st.columns([1, 2])
min_risk = risk_column.slider(ctx.t("ui.suspected.min_risk"), 0, 100, 0, step=5, key="min_risk",
                              help=ctx.t("ui.suspected.min_risk_help"))
search = search_column.text_input(ctx.t("ui.suspected.search"), key="search",
                                  placeholder=ctx.t("ui.suspected.search_placeholder"))
shown = filter_suspected(frame, min_risk, search)
suspected_list(shown, len(frame), ctx.scope.as_of, ctx.db, ctx.version, ctx.lang, ctx.today)
st.caption(ctx.t("ui.suspected.rules"))
