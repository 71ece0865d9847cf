"""What the Carriers, Routes and Trends pages draw beyond their charts: the scorecard,
the drill-down from a carrier to its lanes and parcels, and the best/worst lanes."""

from __future__ import annotations

from dataclasses import replace

import pandas as pd
import streamlit as st

from lossanalytics.charts.trends import busiest
from lossanalytics.i18n import carrier_name, t
from lossanalytics.ui import data
from lossanalytics.ui.analytics_tables import extremes, lane_table, lane_tests, reconciliations, scorecard
from lossanalytics.ui.context import PageContext
from lossanalytics.ui.numbers import md_escape
from lossanalytics.ui.render import rate_column_config, table_height
from lossanalytics.ui.seller_tables import label
from lossanalytics.ui.suspected_view import suspected_list


def _config(lang: str) -> dict[str, object]:
    """Column formats of the scorecard and the lane table: the rate tables' own, and theirs."""
    percent = st.column_config.NumberColumn(format="%.2f%%")
    return {
        **rate_column_config(lang),
        label("carrier", lang): st.column_config.TextColumn(pinned=True, width="medium"),
        label("route", lang): st.column_config.TextColumn(pinned=True, width="medium"),
        label("confirmed_loss_rate", lang): percent,
        label("on_time_rate", lang): st.column_config.NumberColumn(format="%.1f%%"),
        label("p_adjusted", lang): st.column_config.TextColumn(help=t("ui.analytics.scorecard.note", lang)),
    }


def _table(frame: pd.DataFrame, lang: str, key: str) -> None:
    st.dataframe(frame, hide_index=True, width="stretch", column_config=_config(lang), key=key,
                 height=table_height(len(frame)), placeholder="–")


def scorecard_section(carriers: pd.DataFrame, verdicts: pd.DataFrame, lang: str) -> None:
    """The carrier scorecard and how to read its verdicts."""
    st.subheader(t("ui.carriers.table", lang))
    _table(scorecard(carriers, verdicts, lang), lang, "scorecard")
    st.caption(t("ui.analytics.scorecard.note", lang))
    said = reconciliations(carriers, verdicts, lang)
    if said:
        st.markdown(f"**{t('ui.analytics.reconcile.title', lang)}**")
        for line in said:
            st.markdown(md_escape(line))


def drill_down(ctx: PageContext, carriers: pd.DataFrame, lanes: pd.DataFrame) -> None:
    """Choose a carrier: its lanes ranked, then its suspected-lost parcels."""
    st.subheader(t("ui.analytics.drill.title", ctx.lang))
    # Busiest first, so the default is the carrier with the most at stake; parcels without
    # a carrier cannot be narrowed down by the carrier filter, so they are not offered.
    carrier = st.selectbox(t("ui.analytics.drill.pick", ctx.lang), busiest(carriers, "carrier"), key="drill_carrier",
                           format_func=lambda c: carrier_name(c, ctx.lang))
    if carrier is None:
        return
    shown = md_escape(carrier_name(carrier, ctx.lang))
    st.markdown(f"**{t('ui.analytics.drill.lanes', ctx.lang, carrier=shown)}**")
    _table(lane_table(lanes[lanes["carrier"] == carrier], ctx.lang), ctx.lang, "drill_lanes")
    st.caption(t("ui.analytics.drill.lanes_note", ctx.lang))
    st.markdown(f"**{t('ui.analytics.drill.parcels', ctx.lang, carrier=shown)}**")
    only = replace(ctx.scope, filters=replace(ctx.scope.filters, carriers=(carrier,)))
    parcels = data.suspected(ctx.db, ctx.version, only, ctx.lang)
    if parcels.empty:
        st.success(t("ui.analytics.drill.no_parcels", ctx.lang, carrier=shown, as_of=ctx.scope.as_of),
                   icon=":material/check_circle:")
        return
    suspected_list(parcels, len(parcels), ctx.scope.as_of, ctx.db, ctx.version, ctx.lang, ctx.today)


def best_and_worst_lanes(lanes: pd.DataFrame, lang: str) -> None:
    """The best and worst lanes in sentences, then what the tests of carriers on one lane allow one to say."""
    st.subheader(t("ui.analytics.lanes.title", lang))
    said, basis = extremes(lanes, lang)
    for line in said:
        st.markdown(line)
    if basis:
        st.caption(basis)
    st.markdown(f"**{t('ui.analytics.lanes.tests', lang)}**")
    for line in lane_tests(lanes, lang):
        st.markdown(md_escape(line))
