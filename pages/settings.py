"""Settings: detection thresholds, the claim rules table (with sources and dates), insurance and advice
assumptions, the names carriers outside the catalogue are shown under, and the seller's home country,
home currency and exchange rates."""

import streamlit as st

from lossanalytics.advice import load_advice_settings
from lossanalytics.ui import claims_data
from lossanalytics.ui.carrier_names_view import carrier_names_form
from lossanalytics.ui.claims_view import rules_problem
from lossanalytics.ui.context import page_setup
from lossanalytics.ui.home_view import home_form
from lossanalytics.ui.lake_view import read_only_notice
from lossanalytics.ui.render import section
from lossanalytics.ui.rules_view import rules_form
from lossanalytics.ui.settings_view import advice_form, detection_form

ctx = page_setup("ui.settings.title")
st.caption(ctx.t("ui.settings.intro"))
if ctx.lake:
    read_only_notice(ctx.lake, "ui.lake.action.settings", ctx.lang)
    st.stop()
rules = claims_data.seller_rules(ctx.db)
rules_problem(rules.problem, ctx.lang, link=False)
# A keyed tab bar keeps the open tab when a saved-message appears above it.
detection_tab, rules_tab, advice_tab, carriers_tab, home_tab = st.tabs([
    ctx.t("ui.settings.tab.detection"), ctx.t("ui.settings.tab.rules"), ctx.t("ui.settings.tab.advice"),
    ctx.t("ui.settings.tab.carriers"), ctx.t("ui.settings.tab.home"),
], key="settings_tabs", on_change="rerun")
with detection_tab, section(ctx.lang, "detection settings"):
    detection_form(ctx.db, ctx.scope.settings, ctx.lang)
with rules_tab, section(ctx.lang, "claim rules"):
    rules_form(ctx.db, rules.rules, rules.notes(ctx.lang), ctx.lang)
with advice_tab, section(ctx.lang, "advice settings"):
    advice_form(ctx.db, load_advice_settings(ctx.db), ctx.lang)
with carriers_tab, section(ctx.lang, "carrier names"):
    carrier_names_form(ctx.db, ctx.lang)
with home_tab, section(ctx.lang, "home settings"):
    home_form(ctx.db, ctx.version, rules.rules, ctx.lang)
