"""Which language the interface speaks, kept in session state and in the URL (`?lang=zh`)."""

from __future__ import annotations

import streamlit as st

from lossanalytics.i18n import DEFAULT_LANGUAGE, LANGUAGES, t
from lossanalytics.ui.state import kept, remembered

LANG_KEY = "lang"
LANGUAGE_NAMES = {"en": "English", "zh": "中文"}


def current_language() -> str:
    """The chosen language; a new session takes it from the URL's `lang`, else English."""
    asked = st.query_params.get(LANG_KEY)
    lang = kept(LANG_KEY, asked if asked in LANGUAGES else DEFAULT_LANGUAGE)
    return lang if lang in LANGUAGES else DEFAULT_LANGUAGE


def select_all(lang: str) -> bool | int:
    """`select_all` for st.multiselect: Streamlit writes its "Select all" and "Select N matches"
    entries in English only, so they are offered in English (Streamlit's default: up to 1,000
    options) and left out in any other language."""
    return 1000 if lang == DEFAULT_LANGUAGE else False


def language_switch() -> str:
    """The sidebar switch; the choice is written to the URL too, so a copied link keeps it."""
    lang = current_language()
    st.sidebar.segmented_control(
        t("ui.sidebar.language", lang), LANGUAGES, format_func=LANGUAGE_NAMES.get, required=True,
        **remembered(LANG_KEY, lang),
    )
    if st.query_params.get(LANG_KEY) != lang:
        st.query_params[LANG_KEY] = lang
    return lang
