"""Rendering helpers shared by the pages: banners, empty states, messages, rate tables."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date

import pandas as pd
import streamlit as st

from lossanalytics.i18n import t, tn
from lossanalytics.onboarding import remove_demo
from lossanalytics.storage.db import Database
from lossanalytics.ui.months_view import mapping_values
from lossanalytics.ui.numbers import NO_VALUE, count, money
from lossanalytics.ui.seller_tables import RATE_COLUMNS, label
from lossanalytics.ui.seller_tables import rate_table as shape_rates

LOG = logging.getLogger(__name__)


@contextmanager
def section(lang: str, name: str) -> Iterator[None]:
    """One part of a page: if it fails, the seller reads a short message in their language
    in its place (the details go to the server log) and the rest of the page still draws.
    Streamlit's own st.stop / st.rerun are BaseExceptions and pass through untouched."""
    try:
        yield
    except Exception:
        LOG.exception("the page section %r failed", name)
        st.error(t("ui.section_failed", lang), icon=":material/report:")


def empty_state(lang: str, has_data: bool, undated: int = 0) -> None:
    """Explain why there is nothing to show: the `undated` parcels in view have no date to judge them by,
    the filters exclude everything, or nothing was uploaded yet."""
    if has_data and undated:
        # Not the filters' doing: the parcels are there, but without a date no figure can hold them.
        st.info(tn("ui.empty.no_dates", lang, undated, **mapping_values(undated, lang)), icon=":material/event_busy:")
        st.page_link("pages/import.py", label=t("ui.empty.go_import", lang), icon=":material/upload_file:")
        return
    if has_data:
        st.info(t("ui.empty.no_match", lang), icon=":material/filter_alt_off:")
        return
    st.info(t("ui.empty.no_data", lang), icon=":material/info:")
    st.page_link("pages/import.py", label=t("ui.empty.go_import", lang), icon=":material/upload_file:")


CONFIRM_DEMO_KEY = "confirm_remove_demo"  # the first click on "Remove the demo data", awaiting the second


def _ask_remove_demo(wanted: bool) -> None:
    st.session_state[CONFIRM_DEMO_KEY] = wanted


def _remove_demo_data(db: Database) -> None:
    st.session_state.pop(CONFIRM_DEMO_KEY, None)
    remove_demo(db)
    leave_message("ui.demo.removed")


def demo_banner(db: Database, lang: str, link_to_import: bool = True) -> None:
    """Say plainly that the figures are demo data, how to replace them, and offer to remove them."""
    with st.container(border=True):
        st.markdown(t("ui.demo.banner", lang))
        with st.container(horizontal=True, vertical_alignment="center"):
            if link_to_import and not db.read_only:
                st.page_link("pages/import.py", label=t("ui.demo.upload", lang), icon=":material/upload_file:")
            if not db.read_only and not st.session_state.get(CONFIRM_DEMO_KEY):
                st.button(t("ui.demo.remove", lang), key="remove_demo", icon=":material/delete:",
                          on_click=_ask_remove_demo, args=(True,))
        if not db.read_only and st.session_state.get(CONFIRM_DEMO_KEY):
            st.warning(t("ui.demo.remove_ask", lang), icon=":material/warning:")
            with st.container(horizontal=True):
                st.button(t("ui.demo.remove_confirm", lang), key="remove_demo_confirm", icon=":material/delete:",
                          type="primary", on_click=_remove_demo_data, args=(db,))
                st.button(t("ui.confirm.cancel", lang), key="remove_demo_cancel", on_click=_ask_remove_demo,
                          args=(False,))


def value_at_loss(values: list[dict[str, object]], lang: str, usd_per: Callable[[str], float | None]) -> None:
    """The declared value of lost and suspected parcels per currency, largest in dollars first
    (they do not add up)."""
    st.markdown(t("col.value_at_loss", lang), help=t("ui.overview.help.value_at_loss", lang))
    st.markdown(money(values, lang, usd_per))


def undated_note(parcels: int, lang: str) -> None:
    """How many parcels have no date at all and are therefore left out of every loss rate (none: nothing)."""
    if parcels:
        st.info(tn("ui.overview.undated", lang, parcels, count=count(parcels)), icon=":material/event_busy:")


def shipped_after_note(parcels: int, as_of: date, lang: str) -> None:
    """How many parcels were shipped after the day judged and are therefore in no figure (none: nothing)."""
    if parcels:
        st.info(tn("ui.overview.shipped_after", lang, parcels, count=count(parcels), as_of=as_of.isoformat()),
                icon=":material/event_upcoming:")


def unread_note(unread: int, with_words: int, lang: str) -> None:
    """Under the headline: how many parcels have no status given or read, what that does to the figures, and
    where to give the words a meaning; nothing when there are none."""
    if not unread:
        return
    if with_words == unread:
        key = "ui.overview.unread_words"
    elif not with_words:
        key = "ui.overview.unread_missing"
    else:  # some of each, so at least two parcels
        key = "ui.overview.unread"
    st.info(tn(key, lang, unread, count=count(unread), words=count(with_words)), icon=":material/help:")
    if with_words:
        st.page_link("pages/import.py", label=t("ui.carriers.unread.link", lang), icon=":material/upload_file:")


def leave_message(key: str, **values: object) -> None:
    """Remember a success message for the next run (actions run in callbacks, before the page)."""
    st.session_state["flash"] = (key, values)


def flash(lang: str) -> None:
    """Show (once) the message an action left for the next run."""
    message = st.session_state.pop("flash", None)
    if message:
        key, values = message
        st.success(t(key, lang, **values), icon=":material/check_circle:")


def rate_column_config(lang: str) -> dict[str, object]:
    """Number formats of the columns every rate table has: counts, loss rate, transit days, small sample."""
    config: dict[str, object] = {
        label("loss_rate", lang): st.column_config.NumberColumn(format="%.2f%%"),
        # Say which parcels the transit days leave out (queries/rates.sql).
        label("transit_p50", lang): st.column_config.NumberColumn(format="%.1f", help=t("ui.rates.transit_help", lang)),
        label("transit_p95", lang): st.column_config.NumberColumn(format="%.1f", help=t("ui.rates.transit_help", lang)),
        label("small_sample", lang): st.column_config.CheckboxColumn(),
    }
    for column in RATE_COLUMNS:
        config[label(column, lang)] = st.column_config.NumberColumn(format="localized")
    return config


def table_height(rows: int) -> int:
    """Tall enough for `rows` rows, up to about twenty; longer tables scroll."""
    return min(38 + 35 * (rows + 1), 740)


def rate_table(frame: pd.DataFrame, keys: list[str], lang: str, usd_per: Callable[[str], float | None]) -> None:
    """A `metrics.rates` frame as a sortable table: counts, loss rate, interval, value, transit days."""
    st.dataframe(shape_rates(frame, keys, lang, usd_per), hide_index=True, column_config=rate_column_config(lang),
                 width="stretch", height=table_height(len(frame)), placeholder=NO_VALUE)
