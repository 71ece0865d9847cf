"""What the Carriers, Routes and Trends pages draw beyond their charts: the scorecard,
the drill-down from a carrier to its lanes and parcels, the best/worst lanes, and the carriers
whose rates rest on parcels without a status."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pandas as pd
import streamlit as st

from lossanalytics.analytics.overview import UnreadCarrier
from lossanalytics.charts.trends import busiest
from lossanalytics.i18n import carrier_name, t
from lossanalytics.ui import data
from lossanalytics.ui.analytics_tables import (
    extremes,
    lane_table,
    lane_tests,
    reconciliations,
    scorecard,
    scorecard_no_carrier,
)
from lossanalytics.ui.context import PageContext
from lossanalytics.ui.numbers import NO_VALUE, md_escape
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
                 height=table_height(len(frame)), placeholder=NO_VALUE)


def scorecard_section(carriers: pd.DataFrame, verdicts: pd.DataFrame, lang: str,
                      usd_per: Callable[[str], float | None]) -> None:
    """The carrier scorecard and how to read its verdicts."""
    st.subheader(t("ui.carriers.table", lang))
    _table(scorecard(carriers, verdicts, lang, usd_per), lang, "scorecard")
    st.caption(t("ui.analytics.scorecard.note", lang))
    if unnamed := scorecard_no_carrier(carriers, lang):
        st.caption(unnamed)
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


def unread_note(unread: list[UnreadCarrier], lang: str) -> None:
    """Under the carrier chart: the carriers many of whose parcels have no status given or read, and what
    to do; nothing when there are none."""
    if not unread:
        return
    lines = []
    for item in unread:
        parts = [t("ui.carriers.unread.line", lang, carrier=carrier_name(item.carrier, lang), unread=item.unread,
                   shipments=item.shipments, share=item.share)]
        if item.with_words:
            parts.append(t("ui.carriers.unread.words", lang, n=item.with_words))
        if item.unread > item.with_words:
            parts.append(t("ui.carriers.unread.missing", lang, n=item.unread - item.with_words))
        lines.append("- " + md_escape(" · ".join(parts)))
    actions = [t("ui.carriers.unread.action_words", lang)] if any(item.with_words for item in unread) else []
    if any(item.unread > item.with_words for item in unread):
        actions.append(t("ui.carriers.unread.action_missing", lang))
    st.warning("\n\n".join([f"**{md_escape(t('ui.carriers.unread.title', lang))}**",
                            md_escape(t("ui.carriers.unread.intro", lang)), "\n".join(lines),
                            md_escape(" ".join(actions))]), icon=":material/help:")
    st.page_link("pages/import.py", label=t("ui.carriers.unread.link", lang), icon=":material/upload_file:")
