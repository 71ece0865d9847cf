"""What every page says about its as-of date: which date it judges by, and how old the data is."""

from __future__ import annotations

from datetime import date

import streamlit as st

from lossanalytics.analytics.asof import DataDate
from lossanalytics.i18n import t
from lossanalytics.ui.sidebar import AS_OF_KEY
from lossanalytics.ui.state import keep


def _judge_as_of(day: date | None) -> None:
    """Set the sidebar's as-of date (None: follow the data again), as if the seller had picked it."""
    keep(AS_OF_KEY, day)


def _caption_key(as_of: date, known: DataDate) -> str:
    if as_of == known.today:
        return "ui.asof.caption.today"
    if as_of == known.newest_event:
        return "ui.asof.caption.newest"
    return "ui.asof.caption.chosen"


def as_of_notice(as_of: date, known: DataDate, lang: str) -> None:
    """One line naming the date parcels are judged by; with old data, a warning and a one-click switch."""
    st.caption(t(_caption_key(as_of, known), lang, date=as_of.isoformat()))
    if not known.is_stale or known.newest_event is None:
        return
    newest = known.newest_event.isoformat()
    st.warning(t("ui.asof.stale", lang, days=known.age_days, date=newest), icon=":material/history:")
    if as_of == known.today:
        st.button(t("ui.asof.use_newest", lang, date=newest), key="asof_use_newest", icon=":material/history:",
                  on_click=_judge_as_of, args=(None,))
    else:
        st.button(t("ui.asof.use_today", lang), key="asof_use_today", icon=":material/today:",
                  on_click=_judge_as_of, args=(known.today,))
