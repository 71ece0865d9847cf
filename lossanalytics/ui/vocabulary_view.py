"""The Import page's "What we could not read": values no code or phrase read, and the
status the seller gives each (lossanalytics.importing.status_vocabulary)."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from lossanalytics.i18n import t
from lossanalytics.importing.status_vocabulary import ASSIGNABLE, VocabularyProblem, assign_statuses, unread_values
from lossanalytics.storage.db import Database
from lossanalytics.ui.numbers import NO_VALUE
from lossanalytics.ui.settings_view import done, edited_frame, fail, rev, show_error

SECTION = "vocabulary"


def show_unread(db: Database, lang: str) -> None:
    """The unread values with a status to choose for each, and a Save button; nothing when all was read."""
    unread = unread_values(db)
    if not unread:
        return
    st.subheader(t("ui.vocabulary.title", lang))
    st.caption(t("ui.vocabulary.intro", lang, count=len(unread)))
    show_error(SECTION, lang)
    labels = {status: t(f"status.{status}", lang) for status in ASSIGNABLE}
    frame = pd.DataFrame({
        "field": [t(f"ui.vocabulary.field.{u.field}", lang) for u in unread],
        "value": [u.value for u in unread],
        "parcels": [u.parcels for u in unread],
        "status": pd.Series([None] * len(unread), dtype="object"),
    })
    key = f"unread_{rev()}"
    st.data_editor(
        frame, key=key, hide_index=True, width="stretch", num_rows="fixed", disabled=["field", "value", "parcels"],
        column_config={
            "field": st.column_config.TextColumn(t("ui.vocabulary.col.field", lang)),
            "value": st.column_config.TextColumn(t("ui.vocabulary.col.value", lang), width="large"),
            "parcels": st.column_config.NumberColumn(t("ui.vocabulary.col.parcels", lang), format="%d"),
            "status": st.column_config.SelectboxColumn(
                t("ui.vocabulary.col.status", lang), options=list(labels.values()),
                help=t("ui.vocabulary.status_help", lang)),
        },
        placeholder=NO_VALUE,
    )
    st.button(t("ui.vocabulary.save", lang), type="primary", icon=":material/save:", key=f"unread_save_{rev()}",
              on_click=_save, args=(db, frame, key, {label: status for status, label in labels.items()}, lang))


def _save(db: Database, frame: pd.DataFrame, key: str, statuses: dict[str, str], lang: str) -> None:
    edited = edited_frame(frame, st.session_state.get(key))
    choices = {row.value: statuses[row.status] for row in edited.itertuples() if row.status in statuses}
    if not choices:
        fail(SECTION, t("ui.vocabulary.nothing_chosen", lang))
        return
    try:
        changed = assign_statuses(db, choices)
    except VocabularyProblem as problem:
        fail(SECTION, problem.message(lang))
        return
    done("ui.vocabulary.saved", values=len(choices), parcels=changed)
