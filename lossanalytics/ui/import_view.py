"""What the Import page shows: per-file results, rejected rows, and the history with undo."""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial

import pandas as pd
import streamlit as st
from streamlit.runtime.uploaded_file_manager import UploadedFile

from lossanalytics.export import export_frame, to_csv_bytes
from lossanalytics.i18n import t, tn
from lossanalytics.importing import ImportResult, undo_import
from lossanalytics.importing.errors import ImportProblem
from lossanalytics.importing.format_names import format_name
from lossanalytics.importing.profiles import PROFILE_PREFIX
from lossanalytics.storage.db import Database
from lossanalytics.ui import data
from lossanalytics.ui.mapping_view import dismissed, import_sheet, request_mapping
from lossanalytics.ui.numbers import NO_VALUE, md_escape
from lossanalytics.ui.render import leave_message
from lossanalytics.ui.seller_tables import label, mapping_table, rejects_table, results_table
from lossanalytics.ui.uploads import Upload, ask, asked
from lossanalytics.ui.warm import let_go_of_lists, note_data_changed

UNDONE_KEY = "undone_imports"
CONFIRM_UNDO_KEY = "confirm_undo"  # the import whose Undo was clicked once, waiting for the second click
REJECT_COLUMNS = ("source_row", "column_name", "value", "severity", "reason")
COUNT_COLUMNS = ("rows_read", "rows_stored", "rows_updated", "rows_rejected", "rows_warned", "rows_to_check")
HISTORY_ROWS = 25
#: The most problems the table shows, the first in the file: a file whose column was misread can
#: have a problem on every row, and a table of a million would go to the browser on each run. The
#: download holds them all.
REJECT_ROWS = 2000


def show_results(db: Database, uploads: Sequence[Upload], lang: str) -> None:
    """The outcome of each uploaded file, what we recognised in it, and its problem rows."""
    undone = st.session_state.get(UNDONE_KEY, set())
    st.subheader(t("ui.import.results", lang))
    st.dataframe(results_table([result for _, result in uploads], lang), hide_index=True, width="stretch",
                 column_config=results_column_config(lang), placeholder=NO_VALUE)
    version = data.version_of(db)
    for index, (upload, result) in enumerate(uploads):
        if result.outcome == "failed":
            if result.unrecognised:
                # Not an error the seller must fix elsewhere: the mapping screen below reads the file.
                st.warning(t("ui.mapping.unrecognised", lang, file=md_escape(result.file_name)),
                           icon=":material/table_edit:")
                if dismissed(upload.file_id):
                    st.button(t("ui.mapping.open", lang), key=f"map_open_{index}", icon=":material/table_edit:",
                              on_click=request_mapping, args=(upload.file_id,))
                continue
            message = result.problem.message(lang) if result.problem else result.file_name
            st.error(md_escape(message), icon=":material/error:")
        elif result.outcome == "duplicate":
            st.info(t("ui.import.duplicate", lang, file=md_escape(result.file_name), when=_when(result.previous_import_at)),
                    icon=":material/content_copy:")
        elif result.import_id in undone:
            st.info(t("ui.import.was_undone", lang, file=md_escape(result.file_name)), icon=":material/undo:")
        else:
            if result.gaps:
                st.warning(gaps_text(result, lang), icon=":material/report:")
            with st.expander(t("ui.import.details", lang, file=md_escape(result.file_name)),
                             expanded=len(uploads) == 1):
                st.markdown(t("ui.import.summary", lang, file=md_escape(result.file_name), read=result.rows_read,
                              stored=result.rows_stored, updated=result.rows_updated,
                              rejected=result.rows_rejected, warned=result.rows_warned,
                              checked=result.rows_to_check))
                if result.rows_merged:
                    st.markdown(tn("ui.import.rows_merged", lang, result.rows_merged,
                                   count=f"{result.rows_merged:,}"))
                st.markdown(t("ui.import.mapping", lang))
                mapping = mapping_table(result, lang)
                st.dataframe(mapping, hide_index=True, height=38 + 35 * len(mapping), placeholder=NO_VALUE)
                if result.unused_columns:
                    st.markdown(t("ui.import.unused_columns", lang, count=len(result.unused_columns),
                                  columns=", ".join(md_escape(c) for c in result.unused_columns)))
                else:
                    st.caption(t("ui.import.all_columns_used", lang))
                for header, key in result.column_notes:
                    st.info(t(key, lang, column=md_escape(header)), icon=":material/info:")
                if result.detected_format.startswith(PROFILE_PREFIX):
                    st.caption(t("ui.mapping.used_profile", lang,
                                 name=md_escape(result.detected_format.removeprefix(PROFILE_PREFIX))))
                _read_differently(db, upload, result, index, lang)
                if result.rows_rejected or result.rows_warned or result.rows_to_check:
                    show_rejects(db, version, result.import_id, lang, key=f"result{index}")


def gaps_text(result: ImportResult, lang: str) -> str:
    """What an imported file lacks that the figures need, and what that means for them."""
    parcels = result.rows_stored + result.rows_updated
    lines = [tn("ui.import.gaps", lang, parcels, file=md_escape(result.file_name), count=parcels)]
    lines += [f"- {t(f'ui.import.gap.{gap}', lang)}" for gap in result.gaps]
    return "\n".join(lines)


def results_column_config(lang: str) -> dict[str, object]:
    """Widths that show every recognised name and file name whole (the table scrolls sideways
    rather than cutting words), and counts with thousands separators."""
    config: dict[str, object] = {label(column, lang): st.column_config.NumberColumn(format="localized")
                                 for column in COUNT_COLUMNS}
    for column, width in (("file_name", 240), ("detected_format", 240), ("encoding", 170), ("result", 110),
                          ("kind", 110), ("sheet", 110)):
        config[label(column, lang)] = st.column_config.TextColumn(width=width)
    return config


def _read_differently(db: Database, upload: UploadedFile, result: ImportResult, index: int, lang: str) -> None:
    """Offer another sheet of a workbook, and mapping the columns by hand; both replace this import."""
    with st.container(horizontal=True, vertical_alignment="bottom"):
        if len(result.sheets) > 1:
            others = [sheet for sheet in result.sheets if sheet != result.sheet]
            sheet = st.selectbox(t("ui.mapping.other_sheet", lang, sheet=md_escape(result.sheet or "")), others,
                                 key=f"sheet_{index}")
            st.button(t("ui.mapping.import_sheet", lang), key=f"sheet_go_{index}", icon=":material/tab:",
                      help=t("ui.mapping.import_sheet_help", lang), on_click=ask, args=("sheet", upload.file_id))
            if asked("sheet", upload.file_id):
                import_sheet(db, upload, sheet, lang)
        st.button(t("ui.mapping.open", lang), key=f"map_open_{index}", icon=":material/table_edit:",
                  help=t("ui.mapping.open_help", lang), on_click=request_mapping, args=(upload.file_id, result.sheet))


def show_rejects(db: Database, version: data.Version, import_id: int, lang: str, key: str) -> None:
    """The rejected rows and set-aside values of one import, with a CSV download."""
    frame = data.rejects(db, version, import_id)
    if frame.empty:
        return
    st.markdown(t("ui.import.rejects", lang, count=len(frame)))
    # Only the rows on screen are put in words on each run; the file is made when the seller
    # clicks (a callable), as the Suspected page's downloads are.
    shown = rejects_table(frame.head(REJECT_ROWS), lang)
    if len(frame) > len(shown):
        st.caption(t("ui.import.rejects_capped", lang, limit=len(shown)))
    st.dataframe(export_frame(shown, REJECT_COLUMNS, lang), hide_index=True, width="stretch",
                 height=min(38 + 35 * len(shown), 320), placeholder=NO_VALUE)
    st.download_button(
        t("ui.import.rejects_download", lang), partial(rejects_csv, frame, lang),
        file_name=f"rejects-{import_id}.csv", mime="text/csv", icon=":material/download:",
        key=f"rejects_{key}_{import_id}", on_click="ignore",
    )


def rejects_csv(frame: pd.DataFrame, lang: str) -> bytes:
    """All of an import's rejected rows and set-aside values as the CSV the seller downloads."""
    return to_csv_bytes(export_frame(rejects_table(frame, lang), ("file_name", *REJECT_COLUMNS), lang))


def _when(moment: object) -> str:
    return f"{moment:%Y-%m-%d %H:%M}" if moment is not None else "–"


def _ask_undo(import_id: int | None) -> None:
    st.session_state[CONFIRM_UNDO_KEY] = import_id


def _undo(db: Database, import_id: int, file_name: str) -> None:
    st.session_state.pop(CONFIRM_UNDO_KEY, None)
    let_go_of_lists()
    try:
        removed = undo_import(db, import_id)
    except ImportProblem as problem:
        st.session_state["undo_problem"] = problem
        return
    st.session_state.setdefault(UNDONE_KEY, set()).add(import_id)
    note_data_changed()
    leave_message("ui.import.undone", file=md_escape(file_name), import_id=import_id, rows=removed)


def show_history(db: Database, demo_ids: Sequence[int], lang: str) -> None:
    """Every import, newest first, each with an Undo button and its problem rows."""
    st.subheader(t("ui.import.history", lang))
    problem = st.session_state.pop("undo_problem", None)
    if problem is not None:
        st.error(md_escape(problem.message(lang)), icon=":material/error:")
    version = data.version_of(db)
    history = data.import_history(db, version)
    if history.empty:
        st.caption(t("ui.import.no_history", lang))
        return
    if len(history) > HISTORY_ROWS:
        st.caption(t("ui.import.history_latest", lang, shown=HISTORY_ROWS, total=len(history)))
    for row in history.head(HISTORY_ROWS).itertuples():
        with st.container(border=True):
            text, button = st.columns([5, 1], vertical_alignment="center")
            name = md_escape(row.file_name)
            if row.import_id in demo_ids:
                name += f" ({t('ui.import.demo_tag', lang)})"
            text.markdown(t("ui.import.history_row", lang, import_id=row.import_id, file=name,
                            when=_when(row.imported_at), format=md_escape(format_name(row.detected_format, lang)),
                            kind=t(f"ui.import.kind.{row.kind}", lang),
                            read=row.rows_read, stored=row.rows_stored, updated=row.rows_updated,
                            rejected=row.rows_rejected))
            import_id = int(row.import_id)
            if st.session_state.get(CONFIRM_UNDO_KEY) == import_id:
                # Undo cannot itself be undone: the second click names what goes.
                parcels = int(row.rows_stored + row.rows_updated)
                with st.container(horizontal=True):
                    st.button(tn("ui.import.undo_confirm", lang, parcels, import_id=import_id, parcels=parcels),
                              key=f"undo_confirm_{import_id}", icon=":material/undo:", type="primary",
                              on_click=_undo, args=(db, import_id, row.file_name))
                    st.button(t("ui.confirm.cancel", lang), key=f"undo_cancel_{import_id}", on_click=_ask_undo,
                              args=(None,))
            else:
                button.button(t("ui.import.undo", lang), key=f"undo_{import_id}", icon=":material/undo:",
                              on_click=_ask_undo, args=(import_id,), width="stretch",
                              help=t("ui.import.undo_help", lang))
            if row.rows_rejected:
                with st.expander(t("ui.import.show_rejects", lang)):
                    show_rejects(db, version, int(row.import_id), lang, key="history")
