"""The shared sidebar every page draws: the parcel search box, and the filters every page
applies (as-of date, ship dates, carrier, mode, destination).

Their values are remembered for the session (`ui.state`), so a filter chosen on one
page still applies on the next.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

import streamlit as st

from lossanalytics.analytics.filters import Filters
from lossanalytics.analytics.overview import FilterOptions
from lossanalytics.i18n import carrier_name, t
from lossanalytics.normalise.countries import country_name
from lossanalytics.ui.language import LANG_KEY, select_all
from lossanalytics.ui.navigation import page_path
from lossanalytics.ui.state import chosen_or, keep, kept, remembered

AS_OF_KEY = "f_as_of"
# The Overview shows the parcels found for `?parcel=<text>`, so a search is a link.
PARCEL_PARAM = "parcel"
PARCEL_BOX_KEY = "parcel_box"
_PARCEL_ASKED_KEY = "parcel_asked"
FILTER_DEFAULTS = {"f_ship_dates": (), "f_carriers": [], "f_modes": [], "f_dests": []}


def _keep_known(name: str, options: Sequence[str]) -> None:
    """Drop remembered choices that the data no longer offers (after an undo, say)."""
    chosen = kept(name, [])
    if any(value not in options for value in chosen):
        keep(name, [value for value in chosen if value in options])


def _clear_filters() -> None:
    for name, default in FILTER_DEFAULTS.items():
        keep(name, default)


def _parcel_asked() -> None:
    st.session_state[_PARCEL_ASKED_KEY] = st.session_state[PARCEL_BOX_KEY]


def parcel_search_box(lang: str) -> None:
    """The small search box on every page: Enter opens the Overview at `?parcel=<text>`;
    emptying it closes the search. It shows the search the URL holds."""
    asked = st.session_state.pop(_PARCEL_ASKED_KEY, None)
    if asked is not None:
        text = asked.strip()
        if text:
            st.switch_page(page_path("overview"), query_params={PARCEL_PARAM: text, LANG_KEY: lang})
        st.query_params.pop(PARCEL_PARAM, None)
    st.session_state[PARCEL_BOX_KEY] = st.query_params.get(PARCEL_PARAM, "")
    st.sidebar.text_input(
        t("ui.parcel.box", lang), key=PARCEL_BOX_KEY, on_change=_parcel_asked, icon=":material/search:",
        placeholder=t("ui.parcel.box_placeholder", lang), help=t("ui.parcel.box_help", lang),
    )


def as_of_input(lang: str, default: date) -> date:
    """The date outcomes are judged at: the seller's choice, else `default` (see lossanalytics.analytics.asof)."""
    return st.sidebar.date_input(
        t("ui.sidebar.as_of", lang), help=t("ui.sidebar.as_of_help", lang), **chosen_or(AS_OF_KEY, default),
    )


def _ship_dates(options: FilterOptions, lang: str) -> tuple[date, ...]:
    first, last = options.first_ship_date, options.last_ship_date
    chosen = tuple(d for d in kept("f_ship_dates", ()) if first and last and first <= d <= last)
    keep("f_ship_dates", chosen)
    dates = st.sidebar.date_input(
        t("ui.sidebar.ship_dates", lang), value=(), min_value=first, max_value=last,
        help=t("ui.sidebar.ship_dates_help", lang), **remembered("f_ship_dates", ()),
    )
    return tuple(dates) if isinstance(dates, (tuple, list)) else (dates,)


def filter_inputs(options: FilterOptions, lang: str) -> Filters:
    """Draw the filters and return what they select (nothing chosen means everything)."""
    st.sidebar.subheader(t("ui.sidebar.filters", lang))
    dates = _ship_dates(options, lang)
    for name, values in (("f_carriers", options.carriers), ("f_modes", options.modes),
                         ("f_dests", options.dest_countries)):
        _keep_known(name, values)
    carriers = st.sidebar.multiselect(
        t("ui.sidebar.carriers", lang), options.carriers, placeholder=t("ui.sidebar.all_carriers", lang),
        format_func=lambda c: carrier_name(c, lang), select_all=select_all(lang),
        **remembered("f_carriers", []),
    )
    modes = st.sidebar.multiselect(
        t("ui.sidebar.modes", lang), options.modes, format_func=lambda m: t(f"mode.{m}", lang),
        placeholder=t("ui.sidebar.all_modes", lang), select_all=select_all(lang), **remembered("f_modes", []),
    )
    dests = st.sidebar.multiselect(
        t("ui.sidebar.dests", lang), options.dest_countries, format_func=lambda c: f"{country_name(c, lang)} ({c})",
        placeholder=t("ui.sidebar.all_dests", lang), select_all=select_all(lang), **remembered("f_dests", []),
    )
    st.sidebar.button(t("ui.sidebar.clear", lang), key="clear_filters", on_click=_clear_filters, width="stretch")
    return Filters(
        ship_from=dates[0] if dates else None, ship_to=dates[-1] if len(dates) > 1 else None,
        carriers=tuple(carriers), modes=tuple(modes), dest_countries=tuple(dests),
    )
