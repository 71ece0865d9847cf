"""What the Suspected-lost page shows: the list, its downloads, and one parcel in detail."""

from __future__ import annotations

from datetime import date
from functools import partial

import pandas as pd
import streamlit as st

from lossanalytics.i18n import carrier_name, route_name, t
from lossanalytics.storage.db import Database
from lossanalytics.ui import claims_data, data
from lossanalytics.ui.claims_view import rules_problem
from lossanalytics.ui.numbers import NO_VALUE, md_escape
from lossanalytics.ui.seller_tables import label, suspected_table, text_or, timeline_table

#: The most parcels the table shows: the riskiest that match the filters. A big seller's list
#: holds a hundred thousand parcels or more, which would send tens of megabytes to the browser on
#: each run (and hold them in the server's memory); the downloads and the search reach them all.
TABLE_ROWS = 2000


def suspected_list(frame: pd.DataFrame, total: int, as_of: date, db: Database, version: data.Version,
                   lang: str, today: date) -> None:
    """The filtered suspected-lost parcels: count, CSV and Excel downloads of all of them (with each
    parcel's claim deadline and days left from `today`), and the table of the `TABLE_ROWS` riskiest."""
    st.markdown(t("ui.suspected.count", lang, shown=len(frame), total=total))
    if frame.empty:
        st.info(t("ui.suspected.no_match", lang), icon=":material/filter_alt_off:")
        return
    rules, rules_key, problem = claims_data.rules_of(db)
    rules_problem(problem, lang)
    name = t("ui.suspected.file_name", lang, as_of=as_of)
    # The files are made when the seller clicks (a callable): an Excel file of tens of
    # thousands of parcels takes seconds, which no page run should wait for.
    csv_column, xlsx_column = st.columns(2)
    csv_column.download_button(
        t("ui.suspected.download_csv", lang), partial(data.export_bytes, frame, lang, "csv", today, rules_key, rules),
        file_name=f"{name}.csv", mime="text/csv", icon=":material/download:", key="download_csv", on_click="ignore",
        width="stretch",
    )
    xlsx_column.download_button(
        t("ui.suspected.download_xlsx", lang),
        partial(data.export_bytes, frame, lang, "xlsx", today, rules_key, rules), file_name=f"{name}.xlsx",
        mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", icon=":material/download:",
        key="download_xlsx", on_click="ignore", width="stretch",
    )
    shown = frame.head(TABLE_ROWS)
    if len(frame) > len(shown):
        st.caption(t("ui.suspected.table_capped", lang, limit=len(shown), matching=len(frame)))
    picked = st.dataframe(
        suspected_table(shown, lang), hide_index=True, width="stretch", height=490, key="suspected_table",
        on_select="rerun", selection_mode="single-row",
        column_config={
            label("tracking_number", lang): st.column_config.TextColumn(pinned=True),
            label("risk", lang): st.column_config.ProgressColumn(format="%d", min_value=0, max_value=100),
            label("reasons", lang): st.column_config.TextColumn(width="large"),
            label("ship_date", lang): st.column_config.DatetimeColumn(format="YYYY-MM-DD"),
            label("last_event_time", lang): st.column_config.DatetimeColumn(format="YYYY-MM-DD HH:mm"),
        },
        placeholder=NO_VALUE,
    )
    rows = picked.selection.rows
    if rows and rows[0] < len(shown):
        parcel_details(shown.iloc[rows[0]], db, version, lang)
    else:
        st.caption(t("ui.suspected.pick", lang))


def parcel_details(parcel: pd.Series, db: Database, version: data.Version, lang: str) -> None:
    """One suspected parcel: its facts, every reason in full, and its tracking timeline."""
    with st.container(border=True):
        st.subheader(t("ui.suspected.detail", lang, tracking_number=md_escape(parcel["tracking_number"])))
        ship_date = parcel["ship_date"]
        st.markdown(t("ui.suspected.detail_facts", lang, carrier=md_escape(carrier_name(parcel["carrier"], lang)),
                      service=md_escape(text_or(parcel["service"], "–")),
                      route=route_name(parcel["origin_country"], parcel["dest_country"], lang),
                      ship_date=f"{ship_date:%Y-%m-%d}" if pd.notna(ship_date) else "–", risk=int(parcel["risk"])))
        st.markdown(md_escape(str(parcel["reasons"])))
        st.markdown(f"**{t('ui.suspected.timeline', lang)}**")
        timeline = data.events(db, version, parcel["tracking_number"])
        if timeline.empty:
            st.caption(t("ui.suspected.no_events", lang))
        else:
            st.dataframe(timeline_table(timeline, lang), hide_index=True, width="stretch", column_config={
                label("event_time", lang): st.column_config.DatetimeColumn(format="YYYY-MM-DD HH:mm")},
            placeholder=NO_VALUE)
