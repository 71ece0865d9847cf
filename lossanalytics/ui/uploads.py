"""Import the files a seller uploads, one at a time, with progress on screen."""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from pathlib import Path

import streamlit as st
from streamlit.runtime.uploaded_file_manager import UploadedFile

from lossanalytics.db import Database
from lossanalytics.i18n import t
from lossanalytics.importing import ImportResult, import_file

RESULTS_KEY = "import_results"
UPLOAD_TYPES = ("csv", "tsv", "txt", "tab", "xlsx", "xlsm", "xls", "ods")


def _import_upload(db: Database, upload: UploadedFile) -> ImportResult:
    """Write the upload to a temporary file and import it; the upload's name is only shown."""
    with tempfile.TemporaryDirectory(prefix="lossanalytics-upload-") as folder:
        suffix = Path(upload.name).suffix.lower()
        # Spreadsheet readers go by the extension; only a known one is kept from the name.
        path = Path(folder) / ("upload" + (suffix if suffix.lstrip(".") in UPLOAD_TYPES else ""))
        path.write_bytes(upload.getbuffer())
        return import_file(db, path, file_name=upload.name)


def import_new_uploads(db: Database, uploads: Sequence[UploadedFile], lang: str) -> list[ImportResult]:
    """Import the uploads not imported yet in this session, showing progress per file.

    Results are remembered per upload, so reruns (any widget click) never import twice.
    When data changed, the page reruns once so the sidebar and every figure include it.
    """
    done: dict[str, ImportResult] = st.session_state.setdefault(RESULTS_KEY, {})
    new = [u for u in uploads if u.file_id not in done]
    if new:
        with st.status(t("ui.import.working", lang, count=len(new)), expanded=True) as status:
            bar = st.progress(0.0)
            for index, upload in enumerate(new, start=1):
                st.write(t("ui.import.reading", lang, file=upload.name))
                done[upload.file_id] = _import_upload(db, upload)
                bar.progress(index / len(new), text=t("ui.import.progress", lang, done=index, total=len(new)))
            failed = any(done[u.file_id].outcome == "failed" for u in new)
            status.update(label=t("ui.import.finished", lang, count=len(new)),
                          state="error" if failed else "complete", expanded=False)
        if any(done[u.file_id].outcome == "imported" for u in new):
            st.rerun()
    return [done[u.file_id] for u in uploads if u.file_id in done]
