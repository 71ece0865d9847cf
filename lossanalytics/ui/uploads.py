"""Import the files a seller uploads, one at a time, with progress on screen.

An upload's bytes are written to a temporary file called `upload<ext>`: the name the
seller's computer gave it (which could be `../../etc/passwd.csv`) is only ever shown,
never used as a path. Files over the size limit are refused before anything is read.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path

import streamlit as st
from streamlit.runtime.uploaded_file_manager import UploadedFile

from lossanalytics.i18n import t, tn
from lossanalytics.importing import ImportResult, import_file
from lossanalytics.importing.errors import ImportProblem
from lossanalytics.importing.readers import ACCEPTED_SUFFIXES
from lossanalytics.storage.db import Database
from lossanalytics.ui.numbers import md_escape
from lossanalytics.ui.warm import prepare_pages

RESULTS_KEY = "import_results"
LIMIT_ENV = "LOSSANALYTICS_MAX_UPLOAD_MB"
DEFAULT_LIMIT_MB = 200
MB = 1000 * 1000  # decimal, as the upload widget shows a file's size
TOO_LARGE = "ui.upload.too_large"
UPLOADER_KEY = "uploads"  # the widget's key, also the class its box is styled by (st-key-…)
ACTION_KEY = "upload_action"  # (action, file id) a button asked for, until the page does it

Upload = tuple[UploadedFile, ImportResult]


def max_upload_mb(environ: Mapping[str, str] = os.environ) -> int:
    """The largest file, in MB, the Import page imports: $LOSSANALYTICS_MAX_UPLOAD_MB (a positive
    whole number), else 200."""
    text = environ.get(LIMIT_ENV, "").strip()
    return int(text) if text.isdigit() and int(text) > 0 else DEFAULT_LIMIT_MB


def oversize_problem(file_name: str, size: int, limit_mb: int) -> ImportProblem | None:
    """Why a file of `size` bytes is refused, naming it and its size; None when it is small enough."""
    if size <= limit_mb * MB:
        return None
    return ImportProblem(TOO_LARGE, file=file_name, size=f"{size / MB:,.1f}", limit=limit_mb)


def upload_path(folder: Path, file_name: str) -> Path:
    """Where an upload called `file_name` is written inside `folder`: always `upload` plus,
    if it is a known one, the name's extension (spreadsheet readers go by it)."""
    suffix = Path(file_name).suffix.lower()
    return folder / ("upload" + (suffix if suffix in ACCEPTED_SUFFIXES else ""))


@contextmanager
def saved_upload(upload: UploadedFile) -> Iterator[Path]:
    """The upload's bytes in a temporary file, removed afterwards."""
    with tempfile.TemporaryDirectory(prefix="lossanalytics-upload-") as folder:
        path = upload_path(Path(folder), upload.name)
        path.write_bytes(upload.getbuffer())
        yield path


def page_limit_mb() -> int:
    """The one upload limit the page states, its upload box enforces and the import checks:
    $LOSSANALYTICS_MAX_UPLOAD_MB (else 200), never above the server's transport cap
    (server.maxUploadSize), which would refuse a larger file before the page sees it."""
    return min(max_upload_mb(), int(st.get_option("server.maxUploadSize")))


def accepted_formats(lang: str) -> str:
    """The file name endings the importer reads, as the help lists them (".csv, .tsv, …")."""
    return t("ui.import.formats_sep", lang).join(ACCEPTED_SUFFIXES)


def upload_widget(lang: str) -> list[UploadedFile]:
    """The file drop zone, with the size limit said underneath (the same figure the box shows)."""
    limit = page_limit_mb()
    uploads = st.file_uploader(t("ui.import.upload", lang), type=list(ACCEPTED_SUFFIXES), accept_multiple_files=True,
                               key=UPLOADER_KEY, help=t("ui.import.upload_help", lang), max_upload_size=limit)
    st.html(uploader_words(t("ui.upload.button", lang), t("ui.upload.box_note", lang)))
    st.caption(t("ui.upload.limit", lang, limit=limit))
    return list(uploads or [])


def uploader_words(button: str, note: str) -> str:
    """A style that shows `button` and `note` in the upload box: Streamlit writes its button
    ("Upload") and its note ("200MB per file • CSV, …") in English whatever the seller reads."""
    box = f".st-key-{UPLOADER_KEY} [data-testid='stFileUploaderDropzone']"
    return (f"<style>{box} button [data-testid='stMarkdownContainer'] p {{font-size: 0}}"
            f"{box} button [data-testid='stMarkdownContainer'] p::after {{content: {_css_text(button)}; font-size: 1rem}}"
            f"{box} [data-testid='stFileUploaderDropzoneInstructions'] span {{font-size: 0}}"
            f"{box} [data-testid='stFileUploaderDropzoneInstructions'] span::after "
            f"{{content: {_css_text(note)}; font-size: 0.875rem}}</style>")


def _css_text(text: str) -> str:
    """`text` as a CSS string: quotes and backslashes escaped, and no character that could end the style."""
    escaped = "".join(f"\\{ord(c):x} " if c in '"\\<>\n' else c for c in text)
    return f'"{escaped}"'


def ask(action: str, file_id: str) -> None:
    """Button callback: remember that `action` is wanted for an upload.

    A button's own True lasts one run only, and the app may rerun before the page draws
    the button (app.py takes over routing); the request waits in the session instead.
    """
    st.session_state[ACTION_KEY] = (action, file_id)


def asked(action: str, file_id: str) -> bool:
    """Whether a button asked for `action` on this upload (once: the request is used up)."""
    if st.session_state.get(ACTION_KEY) != (action, file_id):
        return False
    del st.session_state[ACTION_KEY]
    return True


def results() -> dict[str, ImportResult]:
    """What happened to each upload of this session, by its file id."""
    return st.session_state.setdefault(RESULTS_KEY, {})


def _import_upload(db: Database, upload: UploadedFile, sheet: str | None, replaces: int | None) -> ImportResult:
    problem = oversize_problem(upload.name, upload.size, page_limit_mb())
    if problem is not None:
        return ImportResult(upload.name, "failed", problem=problem)
    with saved_upload(upload) as path:
        return import_file(db, path, file_name=upload.name, sheet=sheet, replaces=replaces)


def import_uploads(db: Database, uploads: Sequence[UploadedFile], lang: str, sheet: str | None = None) -> None:
    """Import `uploads` (their sheet `sheet`, else the recognised one) showing progress per file.

    An upload imported before in this session is replaced: its earlier import is undone in
    the same transaction (the same bytes would otherwise count as a duplicate), and kept
    if the new import fails. When data came in, the pages' first figures for it are computed
    before the progress closes (ui/warm.py), so no page the seller opens next starts cold.
    """
    done = results()
    with st.status(tn("ui.import.working", lang, len(uploads), count=len(uploads)), expanded=True) as status:
        bar = st.progress(0.0)
        for index, upload in enumerate(uploads, start=1):
            st.write(t("ui.import.reading", lang, file=md_escape(upload.name)))
            previous = done.get(upload.file_id)
            replaces = previous.import_id if previous is not None and previous.outcome == "imported" else None
            done[upload.file_id] = _import_upload(db, upload, sheet, replaces)
            bar.progress(index / len(uploads), text=t("ui.import.progress", lang, done=index, total=len(uploads)))
        if any(done[u.file_id].outcome == "imported" for u in uploads):
            for share in prepare_pages(db, lang):
                bar.progress(share, text=t("ui.import.preparing", lang))
        failed = any(done[u.file_id].outcome == "failed" for u in uploads)
        status.update(label=tn("ui.import.finished", lang, len(uploads), count=len(uploads)),
                      state="error" if failed else "complete", expanded=False)


def import_new_uploads(db: Database, uploads: Sequence[UploadedFile], lang: str) -> list[Upload]:
    """Import the uploads not imported yet in this session; each upload with its result.

    Results are remembered per upload, so reruns (any widget click) never import twice.
    When data changed, the page reruns once so the sidebar and every figure include it.
    """
    done = results()
    new = [u for u in uploads if u.file_id not in done]
    if new:
        import_uploads(db, new, lang)
        if any(done[u.file_id].outcome == "imported" for u in new):
            st.rerun()
    return [(u, done[u.file_id]) for u in uploads if u.file_id in done]
