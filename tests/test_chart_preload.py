"""The chart library's early load: it must name the module the installed Streamlit's frontend imports.

Streamlit renames its frontend files with every release; these fail on an upgrade that
would otherwise leave the preload fetching a missing file, or a second copy of Plotly.
"""

from __future__ import annotations

import re
from pathlib import Path, PurePosixPath

import pytest
from streamlit.testing.v1 import AppTest

from lossanalytics.ui.chart_preload import STATIC_ROOT, PreloadChartModule, plotly_module, preload_head, preload_script
from lossanalytics.ui.navigation import PAGES, chart_url_paths

APP = Path(__file__).resolve().parent.parent / "app.py"


def _entry_script() -> PurePosixPath:
    html = (STATIC_ROOT / "index.html").read_text(encoding="utf-8")
    found = re.findall(r'<script type="module" crossorigin src="\./([^"]+)"', html)
    assert len(found) == 1, found
    return PurePosixPath(found[0])


def test_the_plotly_module_is_a_file_of_the_installed_streamlit() -> None:
    module = plotly_module()
    assert module is not None
    assert module.parent == PurePosixPath("static/js")
    assert re.fullmatch(r"PlotlyChart\.[\w-]+\.js", module.name), module.name
    assert (STATIC_ROOT / module).stat().st_size > 1_000_000


def test_the_frontend_entry_imports_that_module_from_its_own_folder() -> None:
    module = plotly_module()
    assert module is not None
    entry = _entry_script()
    assert entry.parent == module.parent
    assert entry.name.startswith("index.")
    source = (STATIC_ROOT / entry).read_text(encoding="utf-8")
    assert f"import(`./{module.name}`)" in source


def test_the_script_resolves_the_module_beside_the_entry_script() -> None:
    html = preload_script(PurePosixPath("static/js/PlotlyChart.Ab_9-c.js"))
    assert "document.querySelector('script[type=\"module\"][src*=\"/static/js/index.\"]')" in html
    assert 'import(new URL("./PlotlyChart.Ab_9-c.js", main.src).href)' in html
    assert html.startswith("<style>.st-key-chart_preload {display: none}</style>")


def _preloads(path: str) -> int:
    app = AppTest.from_file(str(APP), default_timeout=60)
    app.switch_page(path).run()
    assert not app.exception, app.exception
    return sum(1 for element in app.get("html") if "PlotlyChart." in element.proto.body)


def test_chart_pages_preload_the_library_and_other_pages_do_not(db_path: Path) -> None:
    assert [p.url_path for p in PAGES if p.charts] == ["overview", "carriers", "routes", "trends"]
    assert _preloads("pages/routes.py") == 1
    assert _preloads("pages/import.py") == 0


def _served(headers: list[tuple[bytes, bytes]], chunks: list[bytes], method: str = "GET",
            path: str = "/carriers") -> list[dict]:
    """What the middleware sends for a response of `headers` and body `chunks`."""
    async def app(scope, receive, send) -> None:
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        for index, chunk in enumerate(chunks):
            await send({"type": "http.response.body", "body": chunk, "more_body": index < len(chunks) - 1})

    sent: list[dict] = []

    async def send(message) -> None:
        sent.append(message)

    async def receive() -> dict:
        return {"type": "http.request"}

    middleware = PreloadChartModule(app, chart_pages=frozenset({"", "carriers"}))
    # Nothing here waits on I/O, so the coroutine runs to its end on the first step: no event
    # loop needed (a test process may already run one, e.g. Playwright's).
    with pytest.raises(StopIteration):
        middleware({"type": "http", "method": method, "path": path}, receive, send).send(None)
    return sent


def test_the_page_document_names_the_chart_module_in_its_head() -> None:
    module = plotly_module()
    assert module is not None
    link = preload_head(module)
    preload, script = link.decode().split("<script", 1)
    assert preload == f'<link rel="modulepreload" crossorigin href="./{module}">'
    # Run once the frontend's first message (the request for the page's run) is sent, by the
    # browser's own send, which is put back at that first message.
    assert f'setTimeout(() => import("./{module}").catch(() => {{}}), 0);' in script
    assert script.index("WebSocket.prototype.send = send;") < script.index("return send.apply(this, message);")
    html = [b"<!doctype html><html><head><title>", b"x</title></head></html>"]
    start, body = _served([(b"content-type", b"text/html; charset=utf-8"), (b"content-length", b"57")], html)
    assert body == {"type": "http.response.body", "body": b"<!doctype html><html><head>" + link
                    + b"<title>x</title></head></html>"}
    assert dict(start["headers"]) == {b"content-type": b"text/html; charset=utf-8",
                                      b"content-length": str(57 + len(link)).encode()}


def test_other_responses_and_methods_pass_untouched() -> None:
    script = [(b"content-type", b"text/javascript"), (b"content-length", b"6")]
    assert [m.get("body") for m in _served(script, [b"<head>"])] == [None, b"<head>"]
    head_only = [(b"content-type", b"text/html"), (b"content-length", b"6")]
    assert [m.get("body") for m in _served(head_only, [b"<head>"], method="HEAD")] == [None, b"<head>"]
    # A page without charts does not make the browser compile the chart library.
    assert [m.get("body") for m in _served(head_only, [b"<head>"], path="/import")] == [None, b"<head>"]
    assert _served(head_only, [b"<head>"], path="/")[1]["body"].startswith(b"<head><link")
    # A document without a head (an error page) keeps its bytes and its length.
    start, body = _served([(b"content-type", b"text/html"), (b"content-length", b"9")], [b"<p>no</p>"])
    assert (dict(start["headers"])[b"content-length"], body["body"]) == (b"9", b"<p>no</p>")


def test_the_chart_pages_are_the_overview_carriers_routes_and_trends() -> None:
    assert chart_url_paths() == {"", "home", "overview", "carriers", "routes", "trends"}
