"""The guided claim for one parcel: the documents' steps to tick off, the claim form, its pack.

Ticking a step or saving the form writes to the claims store at once; a move the claim
process does not allow is not offered (the status list holds only allowed moves).
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

import pandas as pd
import streamlit as st

from lossanalytics.claims import ClaimError, edits, upsert_claim, worklist
from lossanalytics.claims.documents import PROCESS_STEPS, document_label, step_help, step_title
from lossanalytics.claims.facts import to_date
from lossanalytics.claims.statuses import NOT_FILED
from lossanalytics.i18n import carrier_name, route_name, t, with_currency
from lossanalytics.storage.db import Database
from lossanalytics.ui import claims_data, claims_view, data
from lossanalytics.ui.numbers import NO_VALUE, md_escape
from lossanalytics.ui.seller_tables import label, text_or, timeline_table

PARCEL_KEY = "claim_parcel"
CHOSEN_KEY = "claim_parcel_chosen"
PROBLEM_KEY = "claim_form_problem"
SAVED_KEY = "claim_form_saved"
FORM_REV_KEY = "claim_form_rev"


def choose_parcel(work: pd.DataFrame, lang: str) -> pd.Series:
    """The parcel picker (most urgent first, searchable); a remembered choice survives while it is
    in the list. Returns the chosen row with its reasons in words."""
    offered = claims_view.picker_rows(work, "claim_parcel_search", lang)
    labels = worklist.option_labels(offered, lang)
    numbers = list(labels)
    if st.session_state.get(PARCEL_KEY) not in labels:
        # The browser sends back the label it showed, and a parcel's label changes with its claim (filed:
        # "… file now" becomes "Filed, in progress"): stay on the parcel chosen last while it is offered.
        kept = st.session_state.get(CHOSEN_KEY)
        st.session_state[PARCEL_KEY] = kept if kept in labels else numbers[0]
    choice = st.selectbox(t("ui.claims.detail.pick", lang), numbers, key=PARCEL_KEY, format_func=labels.__getitem__)
    st.session_state[CHOSEN_KEY] = choice
    return worklist.add_reasons(offered[offered["tracking_number"] == choice], lang).iloc[0]


def _step_changed(db: Database, number: str, step: str, widget: str, done: list[str]) -> None:
    try:
        upsert_claim(db, number, steps_done=edits.toggle_step(done, step, bool(st.session_state[widget])))
    except ClaimError as exc:
        st.session_state[PROBLEM_KEY] = exc


def _save_form(db: Database, number: str, prefix: str, stored_dates: dict[str, date | None],
               estimate: float | None, today: date) -> None:
    state = st.session_state
    fields: dict[str, Any] = {
        "status": state[f"{prefix}status"],
        "amount_claimed": state[f"{prefix}claimed"],
        "amount_recovered": state[f"{prefix}recovered"],
        "currency": state[f"{prefix}currency"] or None,
        "notes": state[f"{prefix}notes"] or None,
    }
    if fields["status"] not in NOT_FILED and fields["amount_claimed"] is None and estimate:
        fields["amount_claimed"] = estimate  # filing without an amount claims the estimate, as in the table
    for name in ("reported_on", "filed_on", "resolved_on"):
        # Only a date the seller changed is passed on, so the store still stamps the day a step is reached.
        if state[f"{prefix}{name}"] != stored_dates.get(name):
            fields[name] = state[f"{prefix}{name}"]
    try:
        upsert_claim(db, number, today=today, **fields)
    except ClaimError as exc:
        state[PROBLEM_KEY] = exc
        return
    state[SAVED_KEY] = (number, fields["status"])
    state[FORM_REV_KEY] = state.get(FORM_REV_KEY, 0) + 1


def parcel_facts(row: pd.Series, lang: str) -> None:
    """Who, where, what, and where to claim, by when and for how much — with the basis in words."""
    st.markdown(t("ui.claims.detail.facts", lang, carrier=md_escape(carrier_name(row["carrier"], lang)),
                  service=md_escape(text_or(row["service"], "–")),
                  route=route_name(row["origin_country"], row["dest_country"], lang),
                  outcome=t(f"outcome.{row['outcome']}", lang), order_id=md_escape(text_or(row["order_id"], "–"))))
    st.caption(md_escape(str(row["reasons"])))
    deadline = to_date(row["claim_deadline"])
    amount = row["estimated_compensation"]
    facts = (
        ("ui.claims.detail.where", md_escape(text_or(row["claim_where"], "–")), ""),
        ("ui.claims.detail.deadline", deadline.isoformat() if deadline else "–",
         worklist.urgency_text(row.to_dict(), lang)),
        ("ui.claims.detail.estimate",
         "–" if pd.isna(amount) else with_currency(f"{amount:,.2f}",
                                                   md_escape(text_or(row["compensation_currency"], ""))), ""),
    )
    for column, (key, value, note) in zip(st.columns(3), facts):
        with column.container(border=True, height="stretch"):
            st.caption(t(key, lang))
            st.markdown(f"#### {value}")
            if note:
                st.caption(note)
    st.markdown(t("ui.claims.detail.basis", lang, basis=md_escape(str(row["compensation_basis"]))))
    st.markdown(t("ui.claims.detail.deadline_basis", lang, basis=md_escape(str(row["deadline_basis"]))))
    if text_or(row["also_claim"], ""):
        st.markdown(t("ui.claims.detail.also", lang, also=md_escape(str(row["also_claim"]))))


def steps(db: Database, row: pd.Series, lang: str) -> None:
    """The documents' steps from checking the tracking to being paid, each ticked off when done."""
    number = str(row["tracking_number"])
    done = list(row["steps_done"])
    st.markdown(f"**{t('ui.claims.detail.steps', lang, done=len(done), total=len(PROCESS_STEPS))}**")
    st.progress(len(done) / len(PROCESS_STEPS))
    for index, step in enumerate(PROCESS_STEPS, start=1):
        widget = f"claim_step_{step}_{_safe(number)}"
        st.checkbox(f"**{index}. {step_title(step, lang)}**", value=step in done, key=widget,
                    on_change=_step_changed, args=(db, number, step, widget, done))
        st.caption(step_help(step, lang))
        if step == "document":
            st.markdown("\n".join(f"- {document_label(key, lang)}" for key in row["documents"]))


def claim_form(db: Database, row: pd.Series, lang: str, today: date) -> None:
    """Status, dates, amounts and notes of the claim (a step reached is dated `today`); only moves the
    process allows are offered."""
    number = str(row["tracking_number"])
    # The keys change after each save here or in the table, so the form starts from what is stored
    # (ticking a step does not change them: a half-filled form survives it).
    stamp = f"{st.session_state.get(FORM_REV_KEY, 0)}_{st.session_state.get(claims_view.REV_KEY, 0)}"
    prefix = f"claim_form_{_safe(number)}_{stamp}_"
    saved = st.session_state.pop(SAVED_KEY, None)
    if saved:
        st.success(t("ui.claims.detail.saved", lang, tracking_number=md_escape(saved[0]),
                     status=t(f"claims.status.{saved[1]}", lang)), icon=":material/check_circle:")
    problem = st.session_state.pop(PROBLEM_KEY, None)
    if problem:
        st.error(t("ui.claims.problem.not_saved", lang, detail=md_escape(problem.message(lang))), icon=":material/error:")
    current = str(row["claim_status"])
    choices = edits.next_statuses(current)
    stored_dates = {name: to_date(row[name]) for name in ("reported_on", "filed_on", "resolved_on")}
    estimate = None if pd.isna(row["estimated_compensation"]) else float(row["estimated_compensation"])
    with st.form(f"claim_form_{_safe(number)}", border=True):
        st.markdown(f"**{t('ui.claims.detail.form', lang)}**")
        st.selectbox(t("ui.claims.col.claim_status", lang), choices, index=choices.index(current),
                     key=f"{prefix}status", format_func=lambda s: t(f"claims.status.{s}", lang),
                     help=t("ui.claims.detail.status_help", lang))
        dates = st.columns(3)
        for column, name in zip(dates, ("reported_on", "filed_on", "resolved_on")):
            column.date_input(t(f"ui.claims.col.{name}", lang), value=stored_dates[name],
                              key=f"{prefix}{name}", format="YYYY-MM-DD")
        amounts = st.columns(3)
        claimed = row["amount_claimed"]
        amounts[0].number_input(t("ui.claims.col.amount_claimed", lang), min_value=0.0,
                                value=None if pd.isna(claimed) else float(claimed), key=f"{prefix}claimed",
                                help=t("ui.claims.col.amount_claimed_help", lang))
        recovered = row["amount_recovered"]
        amounts[1].number_input(t("ui.claims.col.amount_recovered", lang), min_value=0.0,
                                value=None if pd.isna(recovered) else float(recovered), key=f"{prefix}recovered")
        amounts[2].text_input(t("ui.claims.col.claim_currency", lang), max_chars=3,
                              value=text_or(row["claim_currency"], text_or(row["compensation_currency"], "")),
                              key=f"{prefix}currency")
        st.text_area(t("ui.claims.col.notes", lang), value=text_or(row["notes"], ""), key=f"{prefix}notes",
                     height=80)
        st.form_submit_button(t("ui.claims.detail.save", lang), icon=":material/save:", on_click=_save_form,
                              args=(db, number, prefix, stored_dates, estimate, today), type="primary",
                              key=f"{prefix}save")


def timeline(db: Database, version: data.Version, number: str, lang: str) -> None:
    """The parcel's tracking scans, oldest first (the same timeline goes into its pack)."""
    st.markdown(f"**{t('ui.suspected.timeline', lang)}**")
    events = data.events(db, version, number)
    if events.empty:
        st.caption(t("ui.suspected.no_events", lang))
        return
    st.dataframe(timeline_table(events, lang), hide_index=True, width="stretch", column_config={
        label("event_time", lang): st.column_config.DatetimeColumn(format="YYYY-MM-DD HH:mm")},
    placeholder=NO_VALUE)


def pack_button(ctx: Any, row: pd.Series, rules_key: str) -> None:
    """Download the claim pack (ZIP) of this parcel: facts, timeline, checklist, letters EN + ZH."""
    number = str(row["tracking_number"])
    payload = claims_data.pack(ctx.db, ctx.version, number, ctx.lang, ctx.scope.as_of, rules_key,
                               ctx.scope.settings, row.to_dict(), ctx.today)
    st.download_button(
        t("ui.claims.detail.download", ctx.lang), payload, file_name=f"claim-pack-{_safe(number)}.zip",
        mime="application/zip", icon=":material/folder_zip:", key="pack_one", on_click="ignore", type="primary",
        help=t("ui.claims.detail.download_help", ctx.lang),
    )


def guided_claim(ctx: Any, work: pd.DataFrame, rules_key: str) -> None:
    """The whole guided view for the parcel the seller picks."""
    st.caption(t("ui.claims.detail.intro", ctx.lang))
    row = choose_parcel(work, ctx.lang)
    with st.container(border=True):
        st.subheader(t("ui.suspected.detail", ctx.lang, tracking_number=md_escape(str(row["tracking_number"]))))
        parcel_facts(row, ctx.lang)
        pack_button(ctx, row, rules_key)
    left, right = st.columns([1, 1])
    with left:
        steps(ctx.db, row, ctx.lang)
    with right:
        claim_form(ctx.db, row, ctx.lang, ctx.today)
    timeline(ctx.db, ctx.version, str(row["tracking_number"]), ctx.lang)


def _safe(number: str) -> str:
    """A tracking number as a widget key or file name part (it is data: never trusted as-is)."""
    return re.sub(r"[^A-Za-z0-9_-]", "_", number)
