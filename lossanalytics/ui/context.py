"""`page_setup`: what every page calls first, whether app.py routed it or not."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

import streamlit as st

from lossanalytics.analytics.overview import FilterOptions
from lossanalytics.analytics.scope import AnalysisScope
from lossanalytics.analytics.thresholds import load_detection
from lossanalytics.i18n import t, tn
from lossanalytics.storage.db import Database, DatabaseError
from lossanalytics.ui import data
from lossanalytics.ui.asof_view import as_of_notice
from lossanalytics.ui.chart_preload import preload_charts
from lossanalytics.ui.lake_view import open_lake_database
from lossanalytics.ui.language import language_switch
from lossanalytics.ui.navigation import ensure_routed, opens_with_charts
from lossanalytics.ui.numbers import md_escape
from lossanalytics.ui.render import flash
from lossanalytics.ui.sidebar import as_of_input, filter_inputs, parcel_search_box
from lossanalytics.ui.warm import prepare_if_changed
from lossanalytics.ui.workspace import lake_folder, require_login, session_db_path


@dataclass(frozen=True)
class PageContext:
    """What a page needs: the database, the language and the analysis scope (as-of day,
    detection thresholds and the shared filters).

    Outcomes are judged as of `scope.as_of` (by default the data's newest scan); `today`
    is the real current day, from which claim deadlines count.
    """

    db: Database
    lang: str
    scope: AnalysisScope
    options: FilterOptions
    version: data.Version
    demo_ids: tuple[int, ...]
    today: date
    #: The data lake shown read-only (docs/lake.md), or None for a database.
    lake: str | None = None

    def t(self, key: str, **values: Any) -> str:
        """The message `key` in this page's language."""
        return t(key, self.lang, **values)


def _open_database(lang: str, lake: str | None) -> Database:
    if lake:
        # One lake for every visitor; a login server still lets in only those who log in.
        require_login(lang)
        return open_lake_database(lake, lang)
    try:
        db = data.database(str(session_db_path(lang)))
    except DatabaseError as exc:
        st.error(md_escape(exc.message(lang)), icon=":material/error:")
        st.stop()
    if not st.session_state.get("demo_checked"):
        with st.spinner(t("ui.demo.loading", lang)):
            data.load_demo_if_new(db)
        st.session_state["demo_checked"] = True
    return db


def page_setup(title_key: str) -> PageContext:
    """Title the page, open the database (demo data on first start), draw the sidebar."""
    ensure_routed()
    lang = language_switch()
    st.set_page_config(page_title=f"{t(title_key, lang)} · {t('ui.app.name', lang)}", layout="wide")
    # First, so a visitor sees which page opened while the sidebar's figures are computed.
    st.title(t(title_key, lang))
    if opens_with_charts(title_key):
        # The browser loads the chart library while the sidebar and the page are computed.
        preload_charts()
    lake = lake_folder()
    db = _open_database(lang, lake)
    parcel_search_box(lang)
    version = data.version_of(db)
    options = data.filter_options(db, version)
    demo_ids = tuple(data.demo_imports(db, version))
    known = data.data_date(db, version, date.today())
    # A lake's aggregates were judged as of one day: it is the day its pages open on.
    as_of = as_of_input(lang, db.precomputed.as_of if db.precomputed else known.default_as_of)
    filters = filter_inputs(options, lang)
    st.sidebar.caption(tn("ui.sidebar.parcels", lang, options.parcels, count=options.parcels))
    if demo_ids:
        st.sidebar.caption(t("ui.sidebar.demo", lang))
    flash(lang)
    prepare_if_changed(db, lang)
    as_of_notice(as_of, known, lang)
    detection = load_detection(db)
    for note in detection.notes(lang):  # a threshold saved as a fraction of a day: what every page assumes
        st.warning(md_escape(note), icon=":material/calendar_today:")
    scope = AnalysisScope(as_of, detection.settings, filters)
    return PageContext(db, lang, scope, options, version, demo_ids, known.today, lake)
