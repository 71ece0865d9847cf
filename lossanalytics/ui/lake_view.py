"""A data lake shown read-only (`LOSSANALYTICS_LAKE`, docs/lake.md): opening it, saying where the
figures come from, and the message pages that would write show instead."""

from __future__ import annotations

import streamlit as st

from lossanalytics.i18n import Problem, t
from lossanalytics.lake_read import lake_state
from lossanalytics.storage.db import Database
from lossanalytics.ui import data
from lossanalytics.ui.numbers import md_escape


def open_lake_database(folder: str, lang: str) -> Database:
    """The lake in `folder`, opened once per version of its files; the page stops with a message
    in the seller's language when it cannot be read."""
    try:
        state = lake_state(folder)
        db = data.lake_database(str(state.folder), state.stamp, state)
    except Problem as problem:
        st.error(md_escape(problem.message(lang)), icon=":material/error:")
        st.stop()
    except Exception as exc:  # noqa: BLE001 - a damaged file in the lake: say so, never a traceback
        detail = " ".join(str(exc).split())[:300] or type(exc).__name__
        st.error(md_escape(t("ui.lake.error", lang, folder=folder, detail=detail)), icon=":material/error:")
        st.stop()
    st.sidebar.caption(md_escape(t("ui.lake.source", lang, folder=str(state.folder))))
    if db.precomputed is not None:
        st.sidebar.caption(t("ui.lake.aggregated", lang, as_of=db.precomputed.as_of,
                             engine=db.precomputed.engine.capitalize()))
    else:
        st.sidebar.caption(t("ui.lake.not_aggregated", lang))
    return db


def read_only_notice(folder: str, action: str, lang: str) -> None:
    """Say that `action` (a ui.lake.action.* key) cannot be done on the lake, and where its data comes from."""
    st.info(md_escape(t("ui.lake.read_only", lang, folder=folder, action=t(action, lang))), icon=":material/lock:")
