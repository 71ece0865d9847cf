"""Every page with exactly one parcel (issue 12: "with one parcel"): no exception, and no
nan, None, NaT or a lone "?" where a figure or a word should be."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

import pytest
from app_clock import pin_today
from streamlit.testing.v1 import AppTest
from test_app_pages import APP, rendered_text

from lossanalytics.importing import ImportResult
from lossanalytics.ui.sidebar import AS_OF_KEY
from lossanalytics.ui.state import PREFIX

PAGES = ("overview", "import", "carriers", "routes", "trends", "suspected", "claims", "advice", "settings")
HEADER = ("Tracking Number,Carrier,Service,Origin Country,Destination Country,Ship Date,Status,Last Event Time,"
          "Delivered Date,Order Value,Currency,Weight\n")
PARCELS = {
    "delivered": "ONE0001,UPS,UPS Ground,US,US,2026-09-01,Delivered,2026-09-04,2026-09-04,25.00,USD,1.2\n",
    "suspected": "ONE0001,YunExpress,Standard,CN,DE,2026-09-01,In Transit,2026-09-05 10:00,,40.50,EUR,0.4\n",
}
TODAY = date(2026, 11, 30)
# A "?" is a leak as a route's end, a whole table cell or a whole figure (the claims legend uses it as a symbol).
LEAK = re.compile(r"\bnan\b|\bNone\b|\bNaT\b|\?\s*→|→\s*\?|(?:^|: | \| )\?(?: \||$)")


def table_cells(at: AppTest) -> list[str]:
    """Each table's cells as the browser shows them: a missing value as the table's placeholder,
    or as "None" (Streamlit's own word) when it has none."""
    shown = []
    for frame in at.dataframe:
        values = frame.value.astype(object)
        filled = values.where(values.notna(), frame.proto.placeholder or "None")
        shown += [f"{column}: {' | '.join(map(str, filled[column]))}" for column in filled.columns]
    return shown


def shown_text(at: AppTest) -> str:
    """What the page shows in words and figures: its text, metric values and the cells of its tables."""
    return "\n".join([rendered_text(at), *(str(m.value) for m in at.metric), *table_cells(at)])


def leaks(at: AppTest) -> list[str]:
    """The lines of `shown_text` with nan, None, NaT or a lone "?" in them."""
    return [line[:300] for line in shown_text(at).splitlines() if LEAK.search(line)]


@pytest.fixture(params=list(PARCELS))
def one_parcel(request: pytest.FixtureRequest, import_into_app: Callable[[str, str], ImportResult],
               monkeypatch: pytest.MonkeyPatch) -> str:
    """A database holding one parcel: delivered, or in transit and silent since long before TODAY."""
    assert import_into_app("one.csv", HEADER + PARCELS[request.param]).outcome == "imported"
    pin_today(monkeypatch, TODAY)
    return request.param


def opened(lang: str, parcel: str | None = None) -> AppTest:
    """The app judging as of TODAY (a one-parcel export's newest event is that parcel's last scan)."""
    at = AppTest.from_file(str(APP), default_timeout=60)
    at.query_params["lang"] = lang
    if parcel:
        at.query_params["parcel"] = parcel
    at.session_state[PREFIX + AS_OF_KEY] = TODAY
    at.run()
    return at


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_every_page_with_one_parcel(one_parcel: str, lang: str) -> None:
    at = opened(lang)
    for page in PAGES:
        at.switch_page(f"pages/{page}.py").run()
        assert not at.exception, (one_parcel, page, [e.value for e in at.exception])
        assert not at.error, (one_parcel, page, [e.value for e in at.error])
        assert not leaks(at), (one_parcel, page, leaks(at))
        if page == "overview":
            # Shipments, delivered, in transit, lost, suspected lost.
            expected = ["1", "1", "0", "0", "0"] if one_parcel == "delivered" else ["1", "0", "0", "0", "1"]
            assert [m.value for m in at.metric][:5] == expected


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_searching_the_one_parcel(one_parcel: str, lang: str) -> None:
    at = opened(lang, parcel="one0001")
    assert not at.exception, [e.value for e in at.exception]
    assert not at.error, [e.value for e in at.error]
    assert "ONE0001" in shown_text(at)
    assert not leaks(at)
