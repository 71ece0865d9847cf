"""Home country and home currency: the Settings tab that keeps them and the exchange rates,
the one-total line under money figures, and the note that says where an origin is assumed.

The exchange rates are the claim rules' (`Rules.usd_per_unit`, `fx_as_of`, `fx_source`):
this tab edits them, so claims, advice and totals keep converting with one set of rates.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Callable, Iterable, Sequence
from datetime import date

import pandas as pd
import pycountry
import streamlit as st

from lossanalytics.analytics import home
from lossanalytics.claims import RulesError, money, save_rules
from lossanalytics.claims.rule_types import Rules
from lossanalytics.i18n import t
from lossanalytics.normalise.countries import country_name
from lossanalytics.storage.db import Database
from lossanalytics.ui import claims_data
from lossanalytics.ui.data import ENTRIES, TTL, Version
from lossanalytics.ui.home_text import (
    assumed_origin_text,
    rates_caption,
    rates_text,
    stale_text,
    suggested_origin_text,
    total_line,
)
from lossanalytics.ui.numbers import NO_VALUE, md_escape
from lossanalytics.ui.settings_view import done, edited_frame, fail, rev, show_error


@st.cache_data(ttl=TTL, max_entries=ENTRIES, show_spinner=False)
def origins(_db: Database, version: Version) -> home.Origins:
    """Parcels with an assumed origin and the imports' suggestion (the home country is part of `version`)."""
    return home.origins(_db)


def origin_note(db: Database, version: Version, lang: str) -> None:
    """Under a page that shows routes: the origin assumed from the home country, or the one the imports suggest."""
    found = origins(db, version)
    country = home.load_home(db).country
    if country and found.assumed:
        st.caption(assumed_origin_text(country, found.assumed, lang))
        st.page_link("pages/settings.py", label=t("home.origin.change", lang), icon=":material/home:")
    elif not country and found.suggested:
        st.info(suggested_origin_text(found.suggested, found.suggested_for, lang), icon=":material/home:")


def usd_rates(db: Database) -> Callable[[str], float | None]:
    """US dollars per unit of a currency, at the seller's exchange rates (to order amounts by size)."""
    return money.rates_of(claims_data.rules_of(db)[0]).usd_per


def money_totals(db: Database, rows: Sequence[tuple[str | None, Iterable[tuple[object, object]]]],
                 lang: str) -> None:
    """Each (label, (currency, amount) pairs) as one total in the home currency, with what could
    not be converted; then the rates' date and source once, and a warning when they are old.
    Without a home currency, where amounts are in several currencies: how to get one. Rows
    without amounts are left out."""
    filled = [(label, list(pairs)) for label, pairs in rows]
    filled = [(label, pairs) for label, pairs in filled if pairs]
    if not filled:
        return
    currency = home.load_home(db).currency
    if not currency:
        # One currency needs no conversion to be read as one figure.
        if any(len({code for code, _ in pairs}) > 1 for _, pairs in filled):
            st.caption(t("home.total.no_currency", lang))
        return
    rates = money.rates_of(claims_data.rules_of(db)[0])
    for label, pairs in filled:
        st.markdown(md_escape(total_line(money.total_in(pairs, currency, rates), label, lang)))
    st.caption(md_escape(rates_caption(currency, rates, lang)))
    old = stale_text(rates, date.today(), lang)
    if old:
        st.caption(f":orange[{md_escape(old)}]")


#: Worklist money columns and the currency each is in, as the claims table labels them.
CLAIM_AMOUNTS = (("estimated_compensation", "compensation_currency"), ("amount_claimed", "claim_currency"),
                 ("amount_recovered", "claim_currency"))


def claims_totals(db: Database, work: pd.DataFrame, lang: str) -> None:
    """The worklist's estimated compensation, amounts claimed and recovered, each as one total."""
    # Added up per currency first: a worklist has hundreds of thousands of rows and a few currencies.
    money_totals(db, [(t(f"ui.claims.col.{amount}", lang), money.currency_sums(work[currency], work[amount]))
                      for amount, currency in CLAIM_AMOUNTS], lang)


def recovery_totals(db: Database, report: pd.DataFrame, amounts: Sequence[str], lang: str) -> None:
    """A recovery report's amounts (one row per group and currency), each column as one total."""
    money_totals(db, [(t(f"ui.claims.recovery.col.{amount}", lang), zip(report["currency"], report[amount]))
                      for amount in amounts], lang)


# --------------------------------------------------------------------------- Settings tab


def _country_options(lang: str) -> list[str]:
    codes = sorted((c.alpha_2 for c in pycountry.countries), key=lambda code: country_name(code, lang))
    return ["", *codes]


def _currency_options(rules: Rules, current: str | None) -> list[str]:
    return ["", *sorted({"USD", *rules.usd_per_unit, *([current] if current else [])})]


def home_form(db: Database, version: Version, rules: Rules, lang: str) -> None:
    """Home country and currency, then the exchange rates with their date and source."""
    st.caption(t("home.intro", lang))
    show_error("home", lang)
    current = home.load_home(db)
    found = origins(db, version)
    if not current.country and found.suggested:
        st.info(suggested_origin_text(found.suggested, found.suggested_for, lang), icon=":material/home:")
        st.button(t("home.origin.use", lang, country=country_name(found.suggested, lang)), key="home_use_suggested",
                  icon=":material/home:", on_click=_save_home,
                  args=(db, dataclasses.replace(current, country=found.suggested)))
    with st.form("home_form"):
        left, right = st.columns(2)
        countries = _country_options(lang)
        left.selectbox(t("home.country", lang), countries, index=countries.index(current.country or ""),
                       format_func=lambda c: country_name(c, lang) if c else t("home.not_set", lang),
                       key=f"home_country_{rev()}", help=t("home.country.help", lang))
        currencies = _currency_options(rules, current.currency)
        right.selectbox(t("home.currency", lang), currencies, index=currencies.index(current.currency or ""),
                        format_func=lambda c: c or t("home.not_set", lang), key=f"home_currency_{rev()}",
                        help=t("home.currency.help", lang))
        st.form_submit_button(t("ui.settings.save", lang), type="primary", icon=":material/save:",
                              key=f"home_save_{rev()}", on_click=_save_home_form, args=(db,))
    rates_form(db, rules, lang)


def _save_home(db: Database, chosen: home.Home) -> None:
    home.save_home(db, chosen)
    done("home.saved")


def _save_home_form(db: Database) -> None:
    version, state = rev(), st.session_state
    _save_home(db, home.Home(state.get(f"home_country_{version}") or None,
                             state.get(f"home_currency_{version}") or None))


def rates_frame(rules: Rules) -> pd.DataFrame:
    """One row per currency with a rate: its code and US dollars per unit, by code."""
    codes = sorted(rules.usd_per_unit)
    return pd.DataFrame({"currency": codes, "usd_per_unit": [float(rules.usd_per_unit[c]) for c in codes]})


def edited_rates(rules: Rules, table: pd.DataFrame, as_of: date | None, source: str | None) -> Rules:
    """`rules` with the rates table, date and source as edited; RulesError naming what is wrong."""
    rates: dict[str, float | None] = {}
    for code, rate in zip(table["currency"], table["usd_per_unit"]):
        if isinstance(code, str) and code.strip():
            missing = rate is None or (isinstance(rate, float) and math.isnan(rate))
            rates[code.strip().upper()] = None if missing else float(rate)
    return money.with_rates(rules, rates, as_of, source)


def rates_form(db: Database, rules: Rules, lang: str) -> None:
    """The exchange rates (US dollars per unit), the day they were taken and where from."""
    rates = money.rates_of(rules)
    st.markdown(f"**{t('home.rates.title', lang)}**")
    st.caption(md_escape(rates_text(rates, lang)))
    old = stale_text(rates, date.today(), lang)
    if old:
        st.warning(md_escape(old), icon=":material/schedule:")
    show_error("rates", lang)
    with st.form("rates_form"):
        table = rates_frame(rules)
        st.data_editor(
            table, key=f"home_rates_{rev()}", hide_index=True, num_rows="dynamic", width="stretch",
            placeholder=NO_VALUE,
            column_config={
                "currency": st.column_config.TextColumn(t("ui.settings.col.currency", lang), max_chars=3),
                "usd_per_unit": st.column_config.NumberColumn(t("ui.settings.col.usd_per_unit", lang), min_value=0,
                                                              format="%.6f"),
            },
        )
        left, right = st.columns([1, 2])
        left.date_input(t("ui.settings.fx_as_of", lang), value=rules.fx_as_of, key=f"home_rates_as_of_{rev()}",
                        format="YYYY-MM-DD")
        right.text_input(t("home.rates.source", lang), value=rules.fx_source or "", key=f"home_rates_source_{rev()}",
                         help=t("home.rates.source_help", lang))
        st.form_submit_button(t("ui.settings.save", lang), type="primary", icon=":material/save:",
                              key=f"home_rates_save_{rev()}", on_click=_save_rates, args=(db, rules, table, lang))


def _save_rates(db: Database, rules: Rules, base: pd.DataFrame, lang: str) -> None:
    version, state = rev(), st.session_state
    table = edited_frame(base, state.get(f"home_rates_{version}"))
    as_of, source = state.get(f"home_rates_as_of_{version}"), state.get(f"home_rates_source_{version}")
    if as_of is None or not (source or "").strip():
        fail("rates", t("home.rates.need_date" if as_of is None else "home.rates.need_source", lang))
        return
    try:
        chosen = edited_rates(rules, table, as_of, source)
    except RulesError as exc:
        fail("rates", str(exc))
        return
    save_rules(db, chosen)
    done("home.rates.saved")
