"""Start loading the browser's chart library as a chart page opens, not when its first chart arrives.

Streamlit's frontend loads Plotly (a 4.7 MB module, served uncompressed) only when the
first chart element reaches the browser; fetching, parsing and running it then delays
that chart by one to several seconds, while the browser sat idle during the page's
queries. `preload_charts` sends, first thing in the run, a script that imports the very
module Streamlit's frontend will import later (same URL, so the browser keeps one copy
and Streamlit's own import finds it loaded). The module's file name carries a content
hash that changes with each Streamlit release, so it is read from the installed
Streamlit's build manifest.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path, PurePosixPath

import streamlit as st

#: Streamlit's frontend build: its manifest names each lazily loaded module's file.
STATIC_ROOT = Path(st.__file__).resolve().parent / "static"
PLOTLY_ENTRY = "PlotlyChart"
# Hidden: the element only carries the script, so it must not add a gap above the title.
_PRELOAD = """<style>.st-key-chart_preload {{display: none}}</style>
<script type="module">
const main = document.querySelector('script[type="module"][src*="/{folder}/index."]');
if (main) import(new URL("./{file}", main.src).href).catch(() => {{}});
</script>"""


@cache
def plotly_module() -> PurePosixPath | None:
    """The Plotly chart module of the installed Streamlit, relative to its static root
    (e.g. static/js/PlotlyChart.D9Z0_fxz.js); None if the build names none."""
    manifest = json.loads((STATIC_ROOT / "manifest.json").read_text(encoding="utf-8"))
    for entry in manifest.values():
        if entry.get("name") == PLOTLY_ENTRY and entry.get("isDynamicEntry"):
            return PurePosixPath(entry["file"])
    return None


def preload_script(module: PurePosixPath) -> str:
    """The hidden HTML whose script imports `module`, resolved beside the frontend's own
    entry script (index.*.js, in the same folder) so the URL is the one Streamlit uses."""
    return _PRELOAD.format(folder=module.parent, file=module.name)


def preload_charts() -> None:
    """Have the browser load the chart library now, while this run computes the page."""
    module = plotly_module()
    if module is None:
        return
    with st.container(key="chart_preload"):
        st.html(preload_script(module), unsafe_allow_javascript=True)
