"""Logistics Loss Analytics — the entry point. It only routes: every page lives in `pages/`.

Run with `make run` (python -m lossanalytics.ui.serve, which loads the libraries while the
server starts) or a plain `streamlit run app.py`. Each page has a deep link (ui/navigation.py lists them):
/overview (also /), /import, /carriers, /routes, /trends, /suspected, /claims, /advice,
/settings; `?lang=zh` opens it in Chinese.
"""

from pathlib import Path

import streamlit as st

from lossanalytics.ui.language import current_language
from lossanalytics.ui.navigation import hand_over_to_app, route

# A file of our own: a ":material/…:" icon would make every browser fetch it from fonts.gstatic.com.
FAVICON = Path(__file__).resolve().parent / "static" / "favicon.png"

hand_over_to_app()
st.set_page_config(layout="wide", page_icon=str(FAVICON))
route(current_language()).run()
