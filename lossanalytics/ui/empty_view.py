"""Why a page that uses the shared filters has nothing to show, in the order a seller can act on it:
no parcel in view had shipped by the as-of day (and which day the first did), the parcels in view have
no date, the filters keep none, or nothing was imported yet."""

from __future__ import annotations

import streamlit as st

from lossanalytics.i18n import t
from lossanalytics.ui import data
from lossanalytics.ui.context import PageContext
from lossanalytics.ui.render import empty_state, shipped_after_note


def nothing_shipped_yet(ctx: PageContext) -> bool:
    """Say so when no parcel the filters keep had shipped by the page's as-of day, naming the earliest ship
    date (an as-of day chosen too early empties every figure); whether it did."""
    first = data.first_ship_after(ctx.db, ctx.version, ctx.scope) if ctx.options.parcels else None
    if first is None:
        return False
    st.info(ctx.t("ui.empty.not_shipped_yet", as_of=ctx.scope.as_of.isoformat(), first=first.isoformat(),
                  field=t("ui.sidebar.as_of", ctx.lang)), icon=":material/event_upcoming:")
    return True


def explain_empty(ctx: PageContext, undated: int, shipped_after: int = 0) -> None:
    """Instead of an empty page: why, with what to do (`undated`: parcels in view without any date;
    `shipped_after`: those shipped after the as-of day, where the page counts them)."""
    if nothing_shipped_yet(ctx):
        return
    shipped_after_note(shipped_after, ctx.scope.as_of, ctx.lang)
    empty_state(ctx.lang, has_data=bool(ctx.options.parcels), undated=undated)
