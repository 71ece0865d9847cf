"""The Settings page's carrier names: merge or rename the carriers the catalogue does not know.

One row per carrier as it is shown now, with the spellings found in the imports and its
row count; the seller edits "Show as" (the same name on two rows merges them) and saves.
The choice applies to the stored parcels at once and to every later import (carrier_names).
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from lossanalytics.i18n import t
from lossanalytics.importing.carrier_names import (
    CarrierNameProblem,
    list_carriers,
    rename_carriers,
    reset_carrier_names,
)
from lossanalytics.storage.db import Database
from lossanalytics.ui.numbers import NO_VALUE
from lossanalytics.ui.settings_view import done, edited_frame, fail, rev, show_error
from lossanalytics.ui.warm import note_data_changed

SECTION = "carriers"
COLUMNS = ("shown", "spellings", "rows", "show_as")


def carrier_names_form(db: Database, lang: str) -> None:
    """The carrier table with its Save and Reset buttons."""
    st.caption(t("ui.settings.carriers.intro", lang))
    show_error(SECTION, lang)
    carriers = list_carriers(db)
    if not carriers:
        st.info(t("ui.settings.carriers.none", lang), icon=":material/local_shipping:")
        return
    frame = pd.DataFrame({
        "shown": [c.shown for c in carriers],
        "spellings": [" · ".join(c.spellings) for c in carriers],
        "rows": [c.rows for c in carriers],
        "show_as": [c.shown for c in carriers],
    })
    key = f"carrier_names_{rev()}"
    st.data_editor(
        frame, key=key, hide_index=True, width="stretch", disabled=["shown", "spellings", "rows"],
        num_rows="fixed",
        column_config={
            "shown": st.column_config.TextColumn(t("ui.settings.carriers.col.shown", lang)),
            "spellings": st.column_config.TextColumn(t("ui.settings.carriers.col.spellings", lang),
                                                     help=t("ui.settings.carriers.spellings_help", lang)),
            "rows": st.column_config.NumberColumn(t("ui.settings.carriers.col.rows", lang), format="%d"),
            "show_as": st.column_config.TextColumn(t("ui.settings.carriers.col.show_as", lang),
                                                   help=t("ui.settings.carriers.show_as_help", lang)),
        },
        placeholder=NO_VALUE,
    )
    with st.container(horizontal=True):
        st.button(t("ui.settings.save", lang), type="primary", icon=":material/save:", key=f"carrier_save_{rev()}",
                  on_click=_save, args=(db, frame, key, lang))
        st.button(t("ui.settings.carriers.reset", lang), key="carrier_reset", icon=":material/restart_alt:",
                  on_click=_reset, args=(db,), help=t("ui.settings.carriers.reset_help", lang))


def _save(db: Database, frame: pd.DataFrame, key: str, lang: str) -> None:
    edited = edited_frame(frame, st.session_state.get(key))
    changes = {row.shown: str(row.show_as or "") for row in edited.itertuples() if row.show_as != row.shown}
    try:
        renamed = rename_carriers(db, changes)
    except CarrierNameProblem as problem:
        fail(SECTION, problem.message(lang))
        return
    if renamed:
        note_data_changed()
    done("ui.settings.carriers.saved", count=renamed)


def _reset(db: Database) -> None:
    reset_carrier_names(db)
    note_data_changed()
    done("ui.settings.carriers.reset_done")
