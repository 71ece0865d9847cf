"""The Import page's "What we could not read": values no code or phrase read, one line for
those that differ only in numbers, the closest text we know beside each (a hint, never
pre-filled), and the status the seller gives each (lossanalytics.importing.status_vocabulary)."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from lossanalytics.i18n import t
from lossanalytics.importing.status_vocabulary import ASSIGNABLE, VocabularyProblem, assign_statuses, unread_values
from lossanalytics.normalise.status_hints import FLOOR, Hint
from lossanalytics.storage.db import Database
from lossanalytics.ui.numbers import NO_VALUE
from lossanalytics.ui.settings_view import done, edited_frame, fail, rev, show_error
from lossanalytics.ui.warm import note_data_changed

SECTION = "vocabulary"


def show_unread(db: Database, lang: str) -> None:
    """The unread values with a status to choose for each, and a Save button; nothing when all was read."""
    unread = unread_values(db)
    if not unread:
        return
    st.subheader(t("ui.vocabulary.title", lang))
    st.caption(t("ui.vocabulary.intro", lang, count=len(unread)))
    st.caption(t("ui.vocabulary.hint_caption", lang, floor=round(FLOOR * 100)))
    show_error(SECTION, lang)
    labels = {status: t(f"status.{status}", lang) for status in ASSIGNABLE}
    frame = pd.DataFrame({
        "field": [t(f"ui.vocabulary.field.{u.field}", lang) for u in unread],
        "value": [u.value for u in unread],
        "similar": [similar_text(u.similar, lang) for u in unread],
        "parcels": [u.parcels for u in unread],
        "hint": [hint_text(u.hint, lang) for u in unread],
        "status": pd.Series([None] * len(unread), dtype="object"),
    })
    key = f"unread_{rev()}"
    st.data_editor(
        frame, key=key, hide_index=True, width="stretch", num_rows="fixed", disabled=["field", "value", "similar", "parcels", "hint"],
        column_config={
            "field": st.column_config.TextColumn(t("ui.vocabulary.col.field", lang)),
            "value": st.column_config.TextColumn(t("ui.vocabulary.col.value", lang), width="medium"),
            "similar": st.column_config.TextColumn(t("ui.vocabulary.col.similar", lang),
                                                  help=t("ui.vocabulary.similar_help", lang)),
            "parcels": st.column_config.NumberColumn(t("ui.vocabulary.col.parcels", lang), format="%d"),
            "hint": st.column_config.TextColumn(t("ui.vocabulary.col.hint", lang), width="medium",
                                               help=t("ui.vocabulary.hint_help", lang)),
            "status": st.column_config.SelectboxColumn(
                t("ui.vocabulary.col.status", lang), options=list(labels.values()),
                help=t("ui.vocabulary.status_help", lang)),
        },
        placeholder=NO_VALUE,
    )
    st.button(t("ui.vocabulary.save", lang), type="primary", icon=":material/save:", key=f"unread_save_{rev()}",
              on_click=_save, args=(db, frame, key, {label: status for status, label in labels.items()}, lang))


def similar_text(similar: int, lang: str) -> str:
    """How many other texts of a line differ from the one shown only in numbers; "" for none."""
    return t("ui.vocabulary.similar", lang, count=similar) if similar else ""


def hint_text(hint: Hint | None, lang: str) -> str:
    """A hint as the seller reads it: the status, a known text of it as written, its carrier, how alike, and how
    many of the closest known texts agree; "" for none."""
    if hint is None:
        return ""
    return t("ui.vocabulary.hint", lang, text=hint.known.text, carrier=hint.known.carrier,
             status=t(f"status.{hint.known.status}", lang), alike=round(hint.alike * 100),
             agreeing=hint.agreeing, compared=hint.compared)


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
    if changed:
        note_data_changed()
    done("ui.vocabulary.saved", values=len(choices), parcels=changed)
