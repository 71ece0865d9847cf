"""The column-mapping screen and the list of saved column mappings (profiles).

A file nothing recognises (or one the seller wants to read differently) opens a screen
that suggests, per column, the field it holds and how sure we are. The seller confirms
or changes each choice, names the mapping and imports; the saved profile then reads
every later file with the same header by itself (importing/profiles.py).
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Mapping, Sequence
from pathlib import Path

import pandas as pd
import streamlit as st
from streamlit.runtime.uploaded_file_manager import UploadedFile

from lossanalytics.i18n import t
from lossanalytics.importing import (
    FIELDS,
    ColumnSuggestion,
    ImportResult,
    Suggestion,
    delete_profile,
    field_label,
    list_profiles,
    save_profile,
    suggest_mapping,
)
from lossanalytics.importing.errors import ImportProblem
from lossanalytics.importing.fields import KEY_FIELDS
from lossanalytics.storage.db import Database
from lossanalytics.ui.numbers import NO_VALUE, md_escape
from lossanalytics.ui.render import leave_message
from lossanalytics.ui.uploads import Upload, ask, asked, import_uploads, results, saved_upload

REQUESTS_KEY = "mapping_requests"      # file id → sheet, for files the seller chose to map
DISMISSED_KEY = "mapping_dismissed"    # file ids the seller put aside with "Not now"
SUGGESTIONS_KEY = "mapping_suggestions"
HIGH, MEDIUM = 0.75, 0.5
# A selectbox per column: beyond this many a screen is unusable (and slow); such files
# are better exported with fewer columns.
MAX_COLUMNS = 120
GRID = 3
IGNORE = ""
OPTIONS = (IGNORE, *FIELDS)


def confidence_text(field: str | None, confidence: float, lang: str) -> str:
    """'High (87%)': how sure a suggestion is, in words and per cent; '–' without a suggestion."""
    if field is None:
        return "–"
    level = "high" if confidence >= HIGH else "medium" if confidence >= MEDIUM else "low"
    return t("ui.mapping.confidence", lang, level=t(f"ui.mapping.level.{level}", lang), percent=round(confidence * 100))


def suggestion_frame(suggestion: Suggestion, lang: str) -> pd.DataFrame:
    """One row per column of the file: its number, header, sample values, suggested field, confidence."""
    return pd.DataFrame({
        t("ui.mapping.col.number", lang): [c.index + 1 for c in suggestion.columns],
        t("ui.mapping.col.header", lang): [c.header for c in suggestion.columns],
        t("ui.mapping.col.samples", lang): [" · ".join(c.samples) for c in suggestion.columns],
        t("ui.mapping.col.suggested", lang): [field_label(c.field, lang) for c in suggestion.columns],
        t("ui.mapping.col.confidence", lang): [confidence_text(c.field, c.confidence, lang) for c in suggestion.columns],
    })


def mappable_columns(suggestion: Suggestion) -> list[ColumnSuggestion]:
    """The columns a seller can map: named, the first of any repeated name, at most MAX_COLUMNS."""
    seen: set[str] = set()
    columns = []
    for column in suggestion.columns:
        if column.header.strip() and column.header not in seen:
            seen.add(column.header)
            columns.append(column)
    return columns[:MAX_COLUMNS]


def mapping_problem(mapping: Mapping[str, str | None], lang: str) -> str | None:
    """Why `mapping` (header → field or None) cannot import anything yet, in `lang`; None if it can."""
    chosen = [name for name in mapping.values() if name]
    twice = [name for name, count in Counter(chosen).items() if count > 1]
    if twice:
        return t("import.profile.field_twice", lang, fields=", ".join(field_label(n, lang) for n in twice))
    if not set(KEY_FIELDS) & set(chosen):
        return t("import.profile.no_key", lang)
    return None


def request_mapping(file_id: str, sheet: str | None = None) -> None:
    """Open the mapping screen for an upload (and one sheet of it)."""
    st.session_state.setdefault(REQUESTS_KEY, {})[file_id] = sheet
    st.session_state.setdefault(DISMISSED_KEY, set()).discard(file_id)


def dismissed(file_id: str) -> bool:
    """Whether the seller put this upload's mapping screen away ("Not now")."""
    return file_id in st.session_state.get(DISMISSED_KEY, set())


def _dismiss(file_id: str) -> None:
    st.session_state.setdefault(REQUESTS_KEY, {}).pop(file_id, None)
    st.session_state.setdefault(DISMISSED_KEY, set()).add(file_id)


def _target(uploads: Sequence[Upload]) -> tuple[UploadedFile, ImportResult, str | None] | None:
    """The first upload waiting for a mapping: asked for by the seller, or not recognised."""
    requests = st.session_state.get(REQUESTS_KEY, {})
    for upload, result in uploads:
        if dismissed(upload.file_id):
            continue
        if upload.file_id in requests:
            return upload, result, requests[upload.file_id]
        if result.unrecognised:
            return upload, result, None
    return None


def _suggestion(upload: UploadedFile, sheet: str | None) -> Suggestion:
    """The suggestion for one sheet of an upload, read once per session (reruns are frequent)."""
    cache = st.session_state.setdefault(SUGGESTIONS_KEY, {})
    if (upload.file_id, sheet) not in cache:
        with saved_upload(upload) as path:
            cache[upload.file_id, sheet] = suggest_mapping(path, upload.name, sheet)
    return cache[upload.file_id, sheet]


def _token(*parts: str | None) -> str:
    """A short widget-key part for an upload (and sheet): new widgets, with fresh defaults, per sheet."""
    return hashlib.sha1("\0".join(p or "" for p in parts).encode()).hexdigest()[:12]


def import_sheet(db: Database, upload: UploadedFile, sheet: str, lang: str) -> None:
    """Import another sheet of a workbook instead; a sheet nobody recognises opens the mapping screen."""
    import_uploads(db, [upload], lang, sheet=sheet)
    if results()[upload.file_id].unrecognised:
        request_mapping(upload.file_id, sheet)
    st.rerun()


def show_mapping(db: Database, uploads: Sequence[Upload], lang: str) -> None:
    """The mapping screen for the first upload waiting for one (nothing when none is)."""
    target = _target(uploads)
    if target is None:
        return
    upload, result, sheet = target
    sheet_key = f"map_sheet_{_token(upload.file_id)}"
    with st.container(border=True, key="mapping_screen"):
        st.subheader(t("ui.mapping.title", lang, file=md_escape(upload.name)))
        try:
            suggestion = _suggestion(upload, st.session_state.get(sheet_key, sheet))
        except ImportProblem as problem:
            st.error(md_escape(problem.message(lang)), icon=":material/error:")
            return
        st.markdown(t("ui.mapping.intro_unrecognised" if result.unrecognised else "ui.mapping.intro_chosen", lang))
        if len(suggestion.sheets) > 1:
            st.selectbox(t("ui.mapping.sheet", lang), suggestion.sheets, index=suggestion.sheets.index(suggestion.sheet),
                         key=sheet_key, help=t("ui.mapping.sheet_help", lang))
        if suggestion.recognised_as:
            st.caption(t("ui.mapping.recognised_as", lang, format=md_escape(suggestion.recognised_as)))
        st.dataframe(suggestion_frame(suggestion, lang), hide_index=True, width="stretch",
                     height=min(38 + 35 * len(suggestion.columns), 420), placeholder=NO_VALUE)
        _choose(db, upload, suggestion, lang)


def _choose(db: Database, upload: UploadedFile, suggestion: Suggestion, lang: str) -> None:
    """The per-column choices, the check that they can import, the name, and Save and import."""
    token = _token(upload.file_id, suggestion.sheet)
    columns = mappable_columns(suggestion)
    st.markdown(t("ui.mapping.choose", lang))
    if len(columns) < len(suggestion.columns):
        st.caption(t("ui.mapping.some_columns", lang, shown=len(columns), total=len(suggestion.columns)))
    grid = st.columns(GRID)
    mapping: dict[str, str | None] = {}
    for n, column in enumerate(columns):
        with grid[n % GRID]:
            choice = st.selectbox(md_escape(column.header), OPTIONS, index=OPTIONS.index(column.field or IGNORE),
                                  format_func=lambda name: field_label(name or None, lang),
                                  key=f"map_{token}_{column.index}")
        mapping[column.header] = choice or None
    problem = mapping_problem(mapping, lang)
    if problem:
        st.warning(problem, icon=":material/warning:")  # catalogue text only
    else:
        key_field = next(name for name in KEY_FIELDS if name in mapping.values())
        header = next(h for h, name in mapping.items() if name == key_field)
        st.success(t("ui.mapping.ready", lang, field=field_label(key_field, lang), column=md_escape(header)),
                   icon=":material/check_circle:")
    name = st.text_input(t("ui.mapping.name", lang), value=Path(upload.name).stem, max_chars=80,
                         key=f"map_name_{token}", help=t("ui.mapping.name_help", lang))
    if " ".join(name.split()) in {p.name for p in list_profiles(db)}:
        st.caption(t("ui.mapping.replaces", lang, name=md_escape(" ".join(name.split()))))
    with st.container(horizontal=True):
        st.button(t("ui.mapping.save", lang), type="primary", key=f"map_save_{token}", icon=":material/save:",
                  disabled=problem is not None or not name.strip(), on_click=ask, args=("save", upload.file_id))
        st.button(t("ui.mapping.skip", lang), key=f"map_skip_{token}", on_click=_dismiss, args=(upload.file_id,))
    if asked("save", upload.file_id) and problem is None:
        try:
            profile = save_profile(db, name, suggestion.headers, mapping)
        except ImportProblem as error:
            st.error(md_escape(error.message(lang)), icon=":material/error:")
            return
        st.session_state.setdefault(REQUESTS_KEY, {}).pop(upload.file_id, None)
        leave_message("ui.mapping.saved", name=md_escape(profile.name))
        import_uploads(db, [upload], lang, sheet=suggestion.sheet)
        st.rerun()


def _delete(db: Database) -> None:
    name = st.session_state.get("profile_to_delete")
    if name and delete_profile(db, name):
        leave_message("ui.mapping.deleted", name=md_escape(name))


def show_profiles(db: Database, lang: str) -> None:
    """The saved column mappings, what each reads, and a way to delete one."""
    profiles = list_profiles(db)
    with st.expander(t("ui.mapping.profiles", lang, count=len(profiles)), icon=":material/table_edit:"):
        if not profiles:
            st.caption(t("ui.mapping.no_profiles", lang))
            return
        st.dataframe(pd.DataFrame({
            t("ui.mapping.col.name", lang): [p.name for p in profiles],
            t("ui.mapping.col.saved_at", lang): [f"{p.saved_at:%Y-%m-%d %H:%M}" for p in profiles],
            t("ui.mapping.col.columns", lang): [
                " · ".join(f"{header} → {field_label(name, lang)}" for header, name in p.mapping.items())
                for p in profiles
            ],
        }), hide_index=True, width="stretch", placeholder=NO_VALUE)
        with st.container(horizontal=True, vertical_alignment="bottom"):
            st.selectbox(t("ui.mapping.delete_choice", lang), [p.name for p in profiles], key="profile_to_delete")
            st.button(t("ui.mapping.delete", lang), key="delete_profile", icon=":material/delete:",
                      on_click=_delete, args=(db,))
