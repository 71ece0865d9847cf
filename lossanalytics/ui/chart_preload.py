"""Start loading the browser's chart library as a chart page opens, not when its first chart arrives.

Streamlit's frontend loads Plotly (a 4.7 MB module, served uncompressed) only when the
first chart element reaches the browser; fetching, parsing and running it then delays
that chart by one to several seconds, while the browser sat idle during the page's
queries. `preload_charts` sends, first thing in the run, a script that imports the very
module Streamlit's frontend will import later (same URL, so the browser keeps one copy
and Streamlit's own import finds it loaded). The module's file name carries a content
hash that changes with each Streamlit release, so it is read from the installed
Streamlit's build manifest.

The launcher (ui/serve.py) starts it earlier still: `PreloadChartModule` writes a
`<link rel="modulepreload">` into the head of the document the server sends for a chart
page's link, so the browser fetches and compiles the module from the first moment, beside
Streamlit's own frontend. Running the module holds the page's main thread for most of a
second on a small machine; run at once, it held back the frontend's connection to the
server by as much. So a script in the head runs it just after the frontend has sent its
first message (the request for the page's run): while the server computes the page. Four
visits to each chart page, fresh servers, each variant in turn (4 Dec 2026): first chart
2.63–2.86 s this way, 2.79–3.31 s running it at once, 2.97–3.50 s once the title shows.
The in-page script stays for a plain `streamlit run app.py`, which serves the document
unchanged.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, MutableMapping
from functools import cache
from pathlib import Path, PurePosixPath
from typing import Any

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


Message = MutableMapping[str, Any]
Send = Callable[[Message], Awaitable[None]]
Asgi = Callable[[Message, Callable[[], Awaitable[Message]], Send], Awaitable[None]]


# The frontend's first message over its websocket asks for the page's run; the module is run
# right after it (the next task), and `send` is the browser's own again from that message on.
_RUN_AFTER_FIRST_SEND = """const send = WebSocket.prototype.send;
WebSocket.prototype.send = function (...message) {
  WebSocket.prototype.send = send;
  setTimeout(() => import("MODULE").catch(() => {}), 0);
  return send.apply(this, message);
};"""


def preload_head(module: PurePosixPath) -> bytes:
    """The head elements that have the browser fetch and compile `module` at once and run it while
    the server computes the page: a module preload (`crossorigin` as on Streamlit's own module
    links, so the frontend's later import reuses the same fetch) and a script importing it once
    the frontend has asked for the page's run."""
    script = _RUN_AFTER_FIRST_SEND.replace("MODULE", f"./{module}")
    return f'<link rel="modulepreload" crossorigin href="./{module}"><script type="module">{script}</script>'.encode()


class PreloadChartModule:
    """ASGI middleware: the HTML document sent for a chart page's link names the chart module in
    its head.

    `chart_pages` are the last path segments of the pages that open with charts ("" for the
    root, which opens the Overview); other pages do not pay for compiling a module they do not
    use while they draw. Only HTML responses to GET are held back (a few kilobytes: Streamlit's
    index page, which every page's link serves); everything else, the websocket included,
    passes untouched."""

    def __init__(self, app: Asgi, chart_pages: frozenset[str]) -> None:
        self.app = app
        self.chart_pages = chart_pages
        module = plotly_module()
        self.link = None if module is None else preload_head(module)

    async def __call__(self, scope: Message, receive: Callable[[], Awaitable[Message]], send: Send) -> None:
        if (self.link is None or scope["type"] != "http" or scope.get("method") != "GET"
                or scope.get("path", "").rstrip("/").rsplit("/", 1)[-1] not in self.chart_pages):
            await self.app(scope, receive, send)
            return
        await self.app(scope, receive, _HeadInjection(send, self.link))


class _HeadInjection:
    """The `send` of one response: an HTML response's start is held until its whole body is
    in, then both go out with the link after `<head>` and the length counted again."""

    def __init__(self, send: Send, link: bytes) -> None:
        self.send = send
        self.link = link
        self.start: Message | None = None
        self.body: list[bytes] = []

    async def __call__(self, message: Message) -> None:
        if message["type"] == "http.response.start" and _is_html(message):
            self.start = message
            return
        if self.start is None or message["type"] != "http.response.body":
            await self._flush_held()
            await self.send(message)
            return
        self.body.append(message.get("body", b""))
        if message.get("more_body", False):
            return
        html = b"".join(self.body)
        injected = html.replace(b"<head>", b"<head>" + self.link, 1)
        headers = list(self.start.get("headers", []))
        if injected != html:
            headers = [(name, value) for name, value in headers if name.lower() != b"content-length"]
            headers.append((b"content-length", str(len(injected)).encode()))
        await self.send({**self.start, "headers": headers})
        self.start = None
        await self.send({"type": "http.response.body", "body": injected})

    async def _flush_held(self) -> None:
        # An HTML response that ends some other way (a file sent by path) goes out as it was.
        if self.start is not None:
            await self.send(self.start)
            for chunk in self.body:
                await self.send({"type": "http.response.body", "body": chunk, "more_body": True})
            self.start = None


def _is_html(start: Message) -> bool:
    return any(name.lower() == b"content-type" and value.startswith(b"text/html")
               for name, value in start.get("headers", []))
