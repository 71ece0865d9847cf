"""Claims: for every lost or suspected-lost parcel, where to claim, by when, for how much, and the claim's progress."""

import streamlit as st

from lossanalytics.advice import load_advice_settings
from lossanalytics.ui import claims_data
from lossanalytics.ui.claim_detail import guided_claim
from lossanalytics.ui.claims_view import (
    claims_table,
    pack_selection,
    rules_problem,
    save_pending_edits,
    show_save_messages,
    summary,
)
from lossanalytics.ui.context import page_setup
from lossanalytics.ui.empty_view import nothing_shipped_yet
from lossanalytics.ui.home_view import claims_totals, origin_note
from lossanalytics.ui.lake_view import read_only_notice
from lossanalytics.ui.recovery_view import show_recovery
from lossanalytics.ui.render import empty_state, section

ctx = page_setup("ui.claims.title")
if not ctx.options.parcels:
    empty_state(ctx.lang, has_data=False)
    st.stop()
if ctx.lake:
    read_only_notice(ctx.lake, "ui.lake.action.claims", ctx.lang)
else:
    save_pending_edits(ctx.db, ctx.lang, ctx.today)
rules, rules_key, problem = claims_data.rules_of(ctx.db)
rules_problem(problem, ctx.lang)
cfg = load_advice_settings(ctx.db)
st.caption(ctx.t("ui.claims.intro", as_of=ctx.scope.as_of, today=ctx.today))
work = None
with section(ctx.lang, "claims worklist"):
    work = claims_data.worklist(ctx.db, ctx.version, ctx.scope, rules, rules_key, ctx.lang,
                                cfg.deadline_warning_days, ctx.today)
# Without a worklist (none to claim, or it failed) the recovery report of claims already made still shows.
if work is None or work.empty:
    if work is not None and not nothing_shipped_yet(ctx):
        st.success(ctx.t("ui.claims.none", as_of=ctx.scope.as_of), icon=":material/check_circle:")
    with section(ctx.lang, "recovery report"):
        show_recovery(ctx.db, ctx.today, ctx.scope.filters.carriers, ctx.lang)
    st.stop()

with section(ctx.lang, "claims summary"):
    summary(work, cfg, ctx.lang)
    claims_totals(ctx.db, work, ctx.lang)
    origin_note(ctx.db, ctx.version, ctx.lang)
# A keyed tab bar keeps the open tab when messages above it come and go.
table_tab, guide_tab, packs_tab, recovery_tab = st.tabs([
    ctx.t("ui.claims.tab.table"), ctx.t("ui.claims.tab.guide"), ctx.t("ui.claims.tab.packs"),
    ctx.t("ui.claims.tab.recovery"),
], key="claims_tabs", on_change="rerun")
with table_tab, section(ctx.lang, "claims table"):
    show_save_messages(ctx.lang)
    claims_table(work, ctx.lang, read_only=bool(ctx.lake))
with guide_tab, section(ctx.lang, "guided claim"):
    if ctx.lake:
        read_only_notice(ctx.lake, "ui.lake.action.claims", ctx.lang)
    else:
        guided_claim(ctx, work, rules_key)
with packs_tab, section(ctx.lang, "claim packs"):
    pack_selection(ctx, work, rules_key)
with recovery_tab, section(ctx.lang, "recovery report"):
    show_recovery(ctx.db, ctx.today, ctx.scope.filters.carriers, ctx.lang)
