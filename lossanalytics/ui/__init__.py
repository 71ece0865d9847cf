"""The Streamlit glue: the only package besides `app.py` and `pages/` that imports streamlit.

`context.page_setup` is what every page calls first; `data` holds the cached wrappers
around the core; `tables` and `render` turn core results into what a seller reads.
"""
