"""Start the dashboard with its libraries loading while the server comes up.

    python -m lossanalytics.ui.serve [options of `streamlit run`]

A plain `streamlit run app.py` imports pandas, SciPy, statsmodels, plotly and the app's
own modules only when the first visitor opens a page, so that visitor waits about a
second longer than anyone after. This starts the same server and imports them on a
background thread at once. A page that arrives before the thread is done waits for the
import in progress (Python's import lock) instead of repeating it, so nobody waits
longer than before. The same thread then fills the caches behind each chart page's first
chart (ui/warm.py; a page asking for one being computed waits for it, Streamlit's compute
lock), and the server starts in st.navigation mode, so the first visit is one run of
app.py, not a run of the page alone followed by a rerun (ui/navigation.py). The document
it sends for a chart page names Streamlit's chart module in its head, so the browser loads
the chart library from the first moment instead of when the first chart arrives
(ui/chart_preload.py).
"""

from __future__ import annotations

import importlib
import pkgutil
import sys
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from starlette.middleware import Middleware
from streamlit import runtime, string_util
from streamlit.runtime.pages_manager import PagesManager
from streamlit.web import cli
from streamlit.web.server.starlette import starlette_app

from lossanalytics.ui.chart_preload import PreloadChartModule

APP = Path(__file__).resolve().parents[2] / "app.py"
# The core never imports streamlit, so these load before the server's runtime exists.
CORE_PACKAGES = ("lossanalytics.analytics", "lossanalytics.charts", "lossanalytics.claims", "lossanalytics.advice")
# Modules with st.cache_data functions: imported only once the runtime exists, so their
# caches are checked against the server's cache storage instead of a stand-in one.
UI_PACKAGE = "lossanalytics.ui"
RUNTIME_WAIT_S = 30.0


def _import_package(name: str) -> None:
    package = importlib.import_module(name)
    for module in pkgutil.iter_modules(package.__path__):
        if f"{name}.{module.name}" != __name__:
            importlib.import_module(f"{name}.{module.name}")


def warm_imports() -> None:
    """Import what the pages need: the core at once, the Streamlit glue when the runtime is up."""
    for name in CORE_PACKAGES:
        _import_package(name)
    deadline = time.monotonic() + RUNTIME_WAIT_S
    while not runtime.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    if not runtime.exists():
        return
    _import_package(UI_PACKAGE)
    # The language switch's "中文" label makes Streamlit load and compile its emoji pattern
    # (0.15 s) on the first run; do it here instead.
    string_util.extract_leading_emoji("中文")
    # Only until a first page runs: then that page's own work comes first (ui/warm.py).
    importlib.import_module(f"{UI_PACKAGE}.warm").warm_first_charts()
    # The first figure loads plotly's default template (0.3 s), which every chart then uses.
    importlib.import_module("plotly.graph_objects").Figure()


def _with_chart_preload(streamlit_middleware: Callable[[], list[Middleware]]) -> Callable[[], list[Middleware]]:
    def middleware() -> list[Middleware]:
        # Called as the server builds its app, once the runtime exists: navigation may be imported.
        from lossanalytics.ui.navigation import chart_url_paths

        # Innermost, so the document is changed before Streamlit's gzip compresses it.
        return [*streamlit_middleware(), Middleware(PreloadChartModule, chart_pages=chart_url_paths())]

    return middleware


def main(argv: Sequence[str] | None = None) -> None:
    """Run `streamlit run app.py` with the given options while the imports warm up."""
    options = list(sys.argv[1:] if argv is None else argv)
    threading.Thread(target=warm_imports, name="warm-imports", daemon=True).start()
    # app.py routes every page with st.navigation: without this, a fresh server's first
    # run takes the `pages/` folder for an old-style multipage app, runs the deep-linked
    # page on its own, and that page reruns through app.py (ui/navigation.py).
    PagesManager.uses_pages_directory = False
    # The page document names the chart module, so the browser loads it from the first
    # moment (ui/chart_preload.py); Streamlit builds its server's middleware with this.
    starlette_app.create_streamlit_middleware = _with_chart_preload(starlette_app.create_streamlit_middleware)
    sys.argv = ["streamlit", "run", str(APP), *options]
    cli.main()


if __name__ == "__main__":
    main()
