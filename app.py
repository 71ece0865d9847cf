"""Logistics Loss Analytics — the entry point. It only routes: every page lives in `pages/`.

Run with `streamlit run app.py`. Each page has a deep link: /overview (also /),
/import, /carriers, /routes, /suspected; `?lang=zh` opens it in Chinese.
"""

import streamlit as st

from lossanalytics.ui.language import current_language
from lossanalytics.ui.navigation import app_pages, hand_over_to_app

hand_over_to_app()
st.set_page_config(layout="wide", page_icon=":material/local_shipping:")
st.navigation(app_pages(current_language())).run()
