"""The launcher's warm caches: the keys it fills are the ones the chart pages then read."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from streamlit.testing.v1 import AppTest

from lossanalytics.ui import context
from lossanalytics.ui.warm import visitor_arrived, warm_first_charts

APP = Path(__file__).resolve().parent.parent / "app.py"
CHART_PAGES = ("pages/overview.py", "pages/routes.py", "pages/carriers.py", "pages/trends.py")
# The core's computations behind the pages' cached functions (lossanalytics/ui/data.py).
COMPUTED = (("metrics", "rates"), ("metrics", "rates_many"), ("overview", "headline"), ("overview", "undated"),
            ("trends", "monthly"))


def _computed_by_the_pages(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, Any]]:
    """Open each chart page once; each computation the cache did not answer, with its grouping."""
    calls: list[tuple[str, Any]] = []
    for module, name in COMPUTED:
        target = f"lossanalytics.analytics.{module}.{name}"
        original = getattr(__import__(f"lossanalytics.analytics.{module}", fromlist=[name]), name)

        def record(db: Any, *args: Any, _name: str = name, _original: Any = original) -> Any:
            calls.append((_name, args[0] if _name in ("rates", "rates_many", "monthly") else None))
            return _original(db, *args)

        monkeypatch.setattr(target, record)
    for page in CHART_PAGES:
        app = AppTest.from_file(str(APP), default_timeout=60)
        app.switch_page(page).run()
        assert not app.exception, [e.value for e in app.exception]
    return calls


ALL = [
    # headline and rates compute through rates_many (groupings "total" and "month").
        ("headline", None), ("rates_many", ("total",)), ("undated", None), ("rates", "month"),
        ("rates_many", ("month",)), ("rates_many", ("route", "dest_country", "mode", "lane")),
        ("rates_many", ("carrier", "lane")), ("monthly", "carrier"), ("monthly", "mode"),
]


@pytest.fixture
def fresh_server(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No page has run yet in this server process; the warm-up takes the pages' pinned today."""
    monkeypatch.setattr("lossanalytics.ui.warm._VISITED", threading.Event())
    monkeypatch.setattr("lossanalytics.ui.warm.date", context.date)


def test_a_page_opened_after_the_warm_up_computes_only_what_was_not_warmed(
    fresh_server: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    warm_first_charts()
    assert _computed_by_the_pages(monkeypatch) == [("monthly", "mode")]


def test_without_the_warm_up_the_pages_compute_it_all(fresh_server: None, monkeypatch: pytest.MonkeyPatch) -> None:
    assert _computed_by_the_pages(monkeypatch) == ALL


def test_once_a_page_ran_the_warm_up_does_nothing(fresh_server: None, monkeypatch: pytest.MonkeyPatch) -> None:
    visitor_arrived()
    warm_first_charts()
    assert _computed_by_the_pages(monkeypatch) == ALL


def test_nothing_is_warmed_for_a_database_not_yet_made(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                       clean_caches: None) -> None:
    monkeypatch.setattr("lossanalytics.ui.warm._VISITED", threading.Event())
    monkeypatch.setenv("LOSSANALYTICS_DB", str(tmp_path / "none.duckdb"))
    warm_first_charts()
    assert not (tmp_path / "none.duckdb").exists()
