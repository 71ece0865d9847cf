"""Import: upload order and tracking exports, map unknown columns, see what was recognised, undo an import."""

import streamlit as st

from lossanalytics.ui.context import page_setup
from lossanalytics.ui.import_view import show_history, show_results
from lossanalytics.ui.lake_view import read_only_notice
from lossanalytics.ui.mapping_view import show_mapping, show_profiles
from lossanalytics.ui.render import demo_banner
from lossanalytics.ui.uploads import accepted_formats, import_new_uploads, upload_widget
from lossanalytics.ui.vocabulary_view import show_unread

ctx = page_setup("ui.page.import")
if ctx.lake:
    read_only_notice(ctx.lake, "ui.lake.action.import", ctx.lang)
    st.stop()
if ctx.demo_ids:
    demo_banner(ctx.db, ctx.lang, link_to_import=False)
with st.expander(ctx.t("ui.import.help_title"), expanded=not ctx.options.parcels or bool(ctx.demo_ids)):
    st.markdown(ctx.t("ui.import.help", formats=accepted_formats(ctx.lang)))
uploads = import_new_uploads(ctx.db, upload_widget(ctx.lang), ctx.lang)
if uploads:
    show_results(ctx.db, uploads, ctx.lang)
    show_mapping(ctx.db, uploads, ctx.lang)
show_unread(ctx.db, ctx.lang)
show_profiles(ctx.db, ctx.lang)
show_history(ctx.db, ctx.demo_ids, ctx.lang)
