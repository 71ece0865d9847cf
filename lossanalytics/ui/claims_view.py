"""The claims workbench's worklist: headline figures, the editable claims table, and saving edits.

Edits in the table are saved at the start of the next run, before the worklist is read
again (`save_pending_edits`): each edited row is checked (`edits.plan_edits`),
the valid ones are stored together and the others explained. The editor then gets a new
key, so it shows the stored values, re-sorted, rather than the edits on top of old rows.

The worklist these functions take (`claims_data.worklist`) is unordered, each row's place
in column `selection.PLACE`: whatever shows rows in order takes them through `selection`.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

import pandas as pd
import streamlit as st

from lossanalytics.advice import AdviceSettings
from lossanalytics.claims import ClaimError, edits, get_claims, selection, worklist
from lossanalytics.claims.labels import per_pair
from lossanalytics.claims.statuses import STATUSES
from lossanalytics.i18n import carrier_name, days_count, route_name, t, tn
from lossanalytics.storage.db import Database
from lossanalytics.ui import claims_data
from lossanalytics.ui.language import select_all
from lossanalytics.ui.numbers import NO_VALUE, md_escape

REV_KEY = "claims_editor_rev"
ROWS_KEY = "claims_editor_rows"
PROBLEMS_KEY = "claims_editor_problems"
SAVED_KEY = "claims_editor_saved"
#: The row facts `plan_edits` needs from the previous run.
ROW_FACTS = ("tracking_number", "claim_status", "amount_claimed", "claim_currency", "estimated_compensation",
             "compensation_currency")
# The claim status comes early: it is what a seller changes most.
SHOWN = ("tracking_number", "urgency_text", "claim_status", "claim_deadline", "days_left", "estimated_compensation",
         "compensation_currency", "claim_where", "outcome_text", "carrier", "route", "reported_on", "filed_on",
         "resolved_on", "amount_claimed", "amount_recovered", "claim_currency", "notes", "compensation_basis",
         "deadline_basis", "documents_text", "reasons", "order_id")
#: The most rows the claims table shows (the most urgent ones that match the view and search).
TABLE_ROWS = 2000
#: The most parcels a picker offers (the most urgent ones that match its search), besides those chosen.
PICK_ROWS = 1000
# Plain symbols, not emoji: the grid draws text with the page's fonts, which may have no emoji.
URGENCY_ICONS = {"urgent": "▲", "passed": "✕", "open": "○", "undated": "?", "in_progress": "→", "closed": "✓"}


def editor_key() -> str:
    """The current key of the claims editor (it changes after each save)."""
    return f"claims_editor_{st.session_state.setdefault(REV_KEY, 0)}"


def save_pending_edits(db: Database, lang: str, today: date) -> None:
    """Store the edits made in the claims table since the last run (dates stamped `today`);
    remember what happened."""
    key = editor_key()
    state = st.session_state.get(key)
    shown = st.session_state.get(ROWS_KEY)
    edited = (state or {}).get("edited_rows") if isinstance(state, dict) else None
    if not edited or shown is None:
        return
    updates, problems = edits.plan_edits(edits.with_stored_claims(shown, get_claims(db)), edited)
    messages = [p.message(lang) for p in problems]
    try:
        edits.apply_edits(db, updates, today=today)
    except ClaimError as exc:
        messages.append(t("ui.claims.problem.not_saved", lang, detail=exc.message(lang)))
        updates = {}
    st.session_state[REV_KEY] = st.session_state[REV_KEY] + 1
    st.session_state[PROBLEMS_KEY] = messages
    st.session_state[SAVED_KEY] = len(updates)


def show_save_messages(lang: str) -> None:
    """What the last save did: how many claims were stored, and each edit that was refused."""
    saved = st.session_state.pop(SAVED_KEY, None)
    problems = st.session_state.pop(PROBLEMS_KEY, [])
    if saved:
        st.success(tn("ui.claims.saved", lang, saved, n=saved), icon=":material/check_circle:")
    for message in problems:
        st.warning(md_escape(message), icon=":material/block:")


def summary(work: pd.DataFrame, cfg: AdviceSettings, lang: str) -> None:
    """Headline figures: parcels to claim, deadlines about to pass, passed, in progress, recovered."""
    counts = work["urgency"].value_counts()
    figures = st.columns(5)
    for column, key, value, help_key in (
        (figures[0], "ui.claims.metric.parcels", len(work), "ui.claims.metric.parcels_help"),
        (figures[1], "ui.claims.metric.urgent", int(counts.get("urgent", 0)), "ui.claims.metric.urgent_help"),
        (figures[2], "ui.claims.metric.passed", int(counts.get("passed", 0)), "ui.claims.metric.passed_help"),
        (figures[3], "ui.claims.metric.in_progress", int(counts.get("in_progress", 0)),
         "ui.claims.metric.in_progress_help"),
        (figures[4], "ui.claims.metric.closed", int(counts.get("closed", 0)), "ui.claims.metric.closed_help"),
    ):
        column.metric(t(key, lang), f"{value:,}", help=t(help_key, lang, days=cfg.deadline_warning_days),
                      border=True)
    urgent = int(counts.get("urgent", 0))
    if urgent:
        first = selection.first_rows(work, (work["urgency"] == "urgent").to_numpy(dtype=bool), 1).iloc[0]
        st.warning(tn("ui.claims.urgent_banner", lang, urgent, n=urgent, days=cfg.deadline_warning_days,
                     tracking_number=md_escape(str(first["tracking_number"])),
                     deadline=pd.Timestamp(first["claim_deadline"]).date(), left=days_count(int(first["days_left"]), lang)),
                   icon=":material/alarm:")


def table_frame(work: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The worklist rows as the editor shows them: canonical column names, words where codes were.

    Each text is made once per distinct value (a worklist of 25,000 parcels repeats a few
    dozen urgencies, outcomes and routes), not once per row.
    """
    work = worklist.add_reasons(work, lang)
    icons = work["urgency"].map(URGENCY_ICONS).to_numpy(dtype=object)
    outcomes = {o: t(f"outcome.{o}", lang) for o in work["outcome"].unique()}
    out = pd.DataFrame({
        "urgency_text": icons + " " + worklist.urgency_texts(work, lang),
        "tracking_number": work["tracking_number"],
        "outcome_text": work["outcome"].map(outcomes),
        "carrier": [carrier_name(c, lang) for c in work["carrier"]],
        "route": per_pair(work["origin_country"], work["dest_country"], lambda o, d: route_name(o, d, lang)),
        "claim_where": work["claim_where"],
        "claim_deadline": worklist.as_dates(work["claim_deadline"]),
        "days_left": work["days_left"],
        "estimated_compensation": work["estimated_compensation"],
        "compensation_currency": work["compensation_currency"],
        "claim_status": work["claim_status"],
        "reported_on": worklist.as_dates(work["reported_on"]),
        "filed_on": worklist.as_dates(work["filed_on"]),
        "resolved_on": worklist.as_dates(work["resolved_on"]),
        "amount_claimed": work["amount_claimed"].astype(float),
        "amount_recovered": work["amount_recovered"].astype(float),
        "claim_currency": work["claim_currency"].astype(object),
        "notes": work["notes"].astype(object),
        "compensation_basis": work["compensation_basis"],
        "deadline_basis": work["deadline_basis"],
        "documents_text": worklist.documents_texts(work, lang),
        "reasons": work["reasons"],
        "order_id": work["order_id"],
    }, index=work.index)
    for column in ("reported_on", "filed_on", "resolved_on", "claim_deadline"):
        out[column] = pd.Series(out[column], dtype=object)
    return out.loc[:, list(SHOWN)]


def _label(column: str, lang: str) -> str:
    return t(f"ui.claims.col.{column}", lang)


def column_config(lang: str) -> dict[str, Any]:
    """Labels in `lang`, editors for the claim fields, read-only everything else."""
    config: dict[str, Any] = {c: st.column_config.TextColumn(_label(c, lang), disabled=True) for c in SHOWN}
    config.update({
        "tracking_number": st.column_config.TextColumn(_label("tracking_number", lang), disabled=True, pinned=True,
                                                       width="medium"),
        "urgency_text": st.column_config.TextColumn(_label("urgency_text", lang), disabled=True, width="medium"),
        "claim_deadline": st.column_config.DateColumn(_label("claim_deadline", lang), disabled=True,
                                                      format="YYYY-MM-DD"),
        "days_left": st.column_config.NumberColumn(_label("days_left", lang), disabled=True, format="%d"),
        "estimated_compensation": st.column_config.NumberColumn(_label("estimated_compensation", lang),
                                                                disabled=True, format="%.2f"),
        "claim_status": st.column_config.SelectboxColumn(
            _label("claim_status", lang), options=list(STATUSES), required=True, width="medium",
            format_func=lambda s: t(f"claims.status.{s}", lang), help=t("ui.claims.col.claim_status_help", lang),
        ),
        "amount_claimed": st.column_config.NumberColumn(_label("amount_claimed", lang), min_value=0, format="%.2f",
                                                        help=t("ui.claims.col.amount_claimed_help", lang)),
        "amount_recovered": st.column_config.NumberColumn(_label("amount_recovered", lang), min_value=0,
                                                          format="%.2f"),
        "claim_currency": st.column_config.TextColumn(_label("claim_currency", lang), max_chars=3,
                                                      validate=r"^[A-Za-z]{3}$"),
        "notes": st.column_config.TextColumn(_label("notes", lang), width="medium"),
        "compensation_basis": st.column_config.TextColumn(_label("compensation_basis", lang), disabled=True,
                                                          width="large"),
        "deadline_basis": st.column_config.TextColumn(_label("deadline_basis", lang), disabled=True, width="large"),
        "documents_text": st.column_config.TextColumn(_label("documents_text", lang), disabled=True, width="large"),
        "reasons": st.column_config.TextColumn(_label("reasons", lang), disabled=True, width="large"),
    })
    for column in ("reported_on", "filed_on", "resolved_on"):
        config[column] = st.column_config.DateColumn(_label(column, lang), format="YYYY-MM-DD")
    return config


def claims_table(work: pd.DataFrame, lang: str, read_only: bool = False) -> None:
    """The editable claims table (`read_only`: every cell locked), with a filter by urgency;
    remembers the rows it showed."""
    groups = ("todo", "in_progress", "closed", "all")
    view = st.segmented_control(t("ui.claims.view", lang), groups, default="all", key="claims_view",
                                format_func=lambda g: t(f"ui.claims.view.{g}", lang), required=True)
    search = st.text_input(t("ui.claims.search", lang), key="claims_search",
                           placeholder=t("ui.claims.search_placeholder", lang))
    keep = selection.matching(work, search, view or "all")
    matching = int(keep.sum())
    # Most urgent first, so the rows that matter are kept; the rest are a search away. A table
    # of every claim of a big seller would send tens of megabytes to the browser on each run.
    shown = selection.first_rows(work, keep, TABLE_ROWS)
    st.caption(t("ui.claims.table_help", lang, shown=len(shown), total=len(work)))
    if matching > len(shown):
        st.caption(t("ui.claims.table_capped", lang, limit=TABLE_ROWS, matching=matching))
    if shown.empty:
        st.info(t("ui.claims.no_rows", lang), icon=":material/filter_alt_off:")
        st.session_state[ROWS_KEY] = None
        return
    st.session_state[ROWS_KEY] = shown.loc[:, list(ROW_FACTS)].copy()
    st.data_editor(table_frame(shown, lang), key=editor_key(), hide_index=True, width="stretch", disabled=read_only,
                   height=min(35 * (len(shown) + 1) + 3, 560), num_rows="fixed", column_config=column_config(lang),
                   placeholder=NO_VALUE)
    st.caption(t("ui.claims.legend", lang))


def picker_rows(work: pd.DataFrame, key: str, lang: str, chosen: Sequence[str] = ()) -> pd.DataFrame:
    """A search box above a parcel picker, and the rows the picker offers: the `PICK_ROWS` most
    urgent that match the search (all of them when it finds none), then those `chosen` already."""
    search = st.text_input(t("ui.claims.search", lang), key=key, placeholder=t("ui.claims.search_placeholder", lang))
    keep = selection.matching(work, search)
    if search.strip() and not keep.any():
        st.caption(t("ui.claims.pick_none", lang))
        keep = selection.matching(work)
    matching = int(keep.sum())
    if matching > PICK_ROWS:
        st.caption(t("ui.claims.pick_capped", lang, limit=PICK_ROWS, matching=matching))
    return selection.with_rows(selection.first_rows(work, keep, PICK_ROWS), work, chosen)


SELECTION_KEY = "pack_selection"


def _select(numbers: list[str]) -> None:
    st.session_state[SELECTION_KEY] = numbers


def _select_urgent(work: pd.DataFrame, urgencies: tuple[str, ...]) -> None:
    rows = selection.order_of(work, work["urgency"].isin(urgencies).to_numpy(dtype=bool))
    st.session_state[SELECTION_KEY] = work["tracking_number"].iloc[rows].tolist()


def pack_selection(ctx: Any, work: pd.DataFrame, rules_key: str) -> None:
    """Pick several parcels and download one ZIP holding a claim pack folder for each."""
    lang = ctx.lang
    st.caption(t("ui.claims.packs.intro", lang))
    remembered = st.session_state.get(SELECTION_KEY, [])
    known = set(work.loc[work["tracking_number"].isin(remembered), "tracking_number"]) if remembered else set()
    chosen = [n for n in remembered if n in known]
    st.session_state[SELECTION_KEY] = chosen
    counts = work["urgency"].value_counts()
    urgent = int(counts.get("urgent", 0))
    todo = urgent + int(counts.get("open", 0))
    with st.container(horizontal=True):
        st.button(t("ui.claims.packs.urgent", lang, n=urgent), key="pack_pick_urgent", on_click=_select_urgent,
                  args=(work, ("urgent",)), disabled=not urgent, icon=":material/alarm:")
        st.button(t("ui.claims.packs.todo", lang, n=todo), key="pack_pick_todo", on_click=_select_urgent,
                  args=(work, ("urgent", "open")), disabled=not todo, icon=":material/checklist:")
        st.button(t("ui.claims.packs.clear", lang), key="pack_pick_clear", on_click=_select, args=([],),
                  disabled=not chosen, icon=":material/clear:")
    offered = picker_rows(work, "pack_search", lang, chosen)
    labels = worklist.option_labels(offered, lang)
    picked = st.multiselect(
        t("ui.claims.packs.pick", lang), list(labels), key=SELECTION_KEY,
        format_func=labels.__getitem__,
        placeholder=t("ui.claims.packs.placeholder", lang), select_all=select_all(lang),
    )
    if not picked:
        st.info(t("ui.claims.packs.none", lang), icon=":material/folder_zip:")
        return
    selected = selection.first_rows(work, work["tracking_number"].isin(picked).to_numpy(dtype=bool))
    payload = claims_data.packs(ctx.db, ctx.version, tuple(sorted(picked)), lang, ctx.scope.as_of, rules_key,
                                ctx.scope.settings, selected, ctx.today)
    st.download_button(
        tn("ui.claims.packs.download", lang, len(picked), n=len(picked)), payload,
        file_name=f"claim-packs-{ctx.today.isoformat()}.zip", mime="application/zip", icon=":material/folder_zip:",
        key="pack_many", on_click="ignore", type="primary",
    )


def rules_problem(problem: str | None, lang: str, link: bool = True) -> None:
    """Say that the stored claim rules could not be read and the defaults are used, with a way to fix it."""
    if problem:
        st.error(t("ui.claims.rules_broken", lang, detail=md_escape(problem)), icon=":material/error:")
        if link:
            st.page_link("pages/settings.py", label=t("ui.settings.title", lang), icon=":material/settings:")
