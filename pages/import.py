"""Import: upload order and tracking exports, see what was recognised, undo an import."""

import streamlit as st

from lossanalytics.ui.context import page_setup
from lossanalytics.ui.import_view import show_history, show_results
from lossanalytics.ui.render import demo_banner
from lossanalytics.ui.uploads import UPLOAD_TYPES, import_new_uploads

ctx = page_setup("ui.page.import")
if ctx.demo_ids:
    demo_banner(ctx.db, ctx.lang, link_to_import=False)
with st.expander(ctx.t("ui.import.help_title"), expanded=not ctx.options.parcels or bool(ctx.demo_ids)):
    st.markdown(ctx.t("ui.import.help"))
uploads = st.file_uploader(ctx.t("ui.import.upload"), type=list(UPLOAD_TYPES), accept_multiple_files=True,
                           key="uploads", help=ctx.t("ui.import.upload_help"))
results = import_new_uploads(ctx.db, uploads or [], ctx.lang)
if results:
    show_results(ctx.db, results, ctx.lang)
show_history(ctx.db, ctx.demo_ids, ctx.lang)
