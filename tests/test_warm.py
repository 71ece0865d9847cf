"""The warm caches, at launch and after an import: the keys they fill are the ones the pages then read."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from app_clock import DEMO_TODAY
from streamlit.testing.v1 import AppTest

from lossanalytics.analytics import detect
from lossanalytics.i18n import t
from lossanalytics.ui import data, import_view, warm
from lossanalytics.ui.uploads import RESULTS_KEY
from lossanalytics.ui.warm import visitor_arrived, warm_first_charts

APP = Path(__file__).resolve().parent.parent / "app.py"
CHART_PAGES = ("pages/overview.py", "pages/routes.py", "pages/carriers.py", "pages/trends.py")
# The core's computations behind the pages' cached functions (lossanalytics/ui/data.py, ui/claims_data.py).
COMPUTED = (("analytics.metrics", "rates"), ("analytics.metrics", "rates_many"), ("analytics.overview", "headline"),
            ("analytics.overview", "undated"), ("analytics.overview", "shipped_after"), ("analytics.trends", "monthly"), ("advice", "analyse"),
            ("claims.worklist", "deadline_estimates"))
TRACKING = ("Tracking Number,Carrier,Destination Country,Ship Date,Status\n"
            "ZX100000001CN,DHL,Germany,2025-06-20,Delivered\n"
            "ZX100000002CN,DHL,France,2025-06-21,In transit\n").encode()


def _computed_by_the_pages(monkeypatch: pytest.MonkeyPatch, pages: tuple[str, ...] = CHART_PAGES,
                           app: AppTest | None = None) -> list[tuple[str, Any]]:
    """Open each page once (in `app`'s session if given); each computation the cache did not answer,
    with its grouping."""
    calls: list[tuple[str, Any]] = []
    for module, name in COMPUTED:
        target = f"lossanalytics.{module}.{name}"
        original = getattr(__import__(f"lossanalytics.{module}", fromlist=[name]), name)

        def record(db: Any, *args: Any, _name: str = name, _original: Any = original, **kwargs: Any) -> Any:
            calls.append((_name, args[0] if _name in ("rates", "rates_many", "monthly") else None))
            return _original(db, *args, **kwargs)

        monkeypatch.setattr(target, record)
    for page in pages:
        if app is None:
            app = AppTest.from_file(str(APP), default_timeout=60)
        app.switch_page(page).run()
        assert not app.exception, [e.value for e in app.exception]
    return calls


ALL = [
    # headline computes through rates_many ("total"); the Overview's months and their maturity in one
    # pass of it ("month" and "total").
        ("headline", None), ("rates_many", ("total",)), ("undated", None), ("shipped_after", None),
        ("rates_many", ("month", "total")), ("rates_many", ("route", "dest_country", "mode", "lane")),
        ("rates_many", ("carrier", "lane")), ("monthly", "carrier"), ("monthly", "mode"),
]


@pytest.fixture
def fresh_server(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No page has run yet in this server process (db_path pins the pages' and the warm-up's today)."""
    monkeypatch.setattr("lossanalytics.ui.warm._VISITED", threading.Event())


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


@pytest.fixture
def prepared(monkeypatch: pytest.MonkeyPatch) -> None:
    """The demo database's 2,000 parcels are enough for the Import page to prepare the pages."""
    monkeypatch.setattr("lossanalytics.ui.warm.PREPARED_FROM", 2_000)


def _imported(tracking: bytes, outcome: str) -> AppTest:
    """The Import page after `tracking` was uploaded, whose import ended with `outcome`; the dashboard's
    caches are those it left."""
    app = AppTest.from_file(str(APP), default_timeout=60)
    app.switch_page("pages/import.py").run()
    app.file_uploader(key="uploads").upload("tracking.csv", tracking, "text/csv")
    app.run()
    assert not app.exception, [e.value for e in app.exception]
    assert [result.outcome for result in app.session_state[RESULTS_KEY].values()] == [outcome]
    return app


def test_after_an_import_the_chart_pages_and_the_advice_open_on_figures_already_computed(
    db_path: Path, prepared: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = _imported(TRACKING, "imported")
    assert _computed_by_the_pages(monkeypatch, (*CHART_PAGES, "pages/advice.py"), app) == []


def test_after_an_undo_the_pages_open_on_figures_already_computed(db_path: Path, prepared: None, monkeypatch: pytest.MonkeyPatch) -> None:
    app = _imported(TRACKING, "imported")
    (import_id,) = [result.import_id for result in app.session_state[RESULTS_KEY].values()]
    app.button(key=f"undo_{import_id}").click().run()
    app.button(key=f"undo_confirm_{import_id}").click().run()
    assert not app.exception and any("was undone" in message.value for message in app.success)
    assert _computed_by_the_pages(monkeypatch, (*CHART_PAGES, "pages/advice.py"), app) == []


def test_an_undo_lets_go_of_the_cached_lists_before_it_starts(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # At ten million parcels the lists hold hundreds of MB the undo's own work would come on top of.
    app = _imported(TRACKING, "imported")
    (import_id,) = [result.import_id for result in app.session_state[RESULTS_KEY].values()]
    AppTest.from_file(str(APP), default_timeout=60).switch_page("pages/suspected.py").run()
    db = data.database(str(db_path))
    version = data.version_of(db)
    scope = warm.default_scope(db, version, DEMO_TODAY)
    computed: list[int] = []
    original_suspected, original_undo = detect.suspected, import_view.undo_import
    monkeypatch.setattr("lossanalytics.analytics.detect.suspected",
                        lambda *args: computed.append(1) or original_suspected(*args))

    def undo_asking_for_the_list(*args: Any) -> int:
        data.suspected(db, version, scope, "en")  # computed again only if it was let go of
        return original_undo(*args)

    monkeypatch.setattr("lossanalytics.ui.import_view.undo_import", undo_asking_for_the_list)
    data.suspected(db, version, scope, "en")
    assert computed == []  # the Suspected-lost page's list was held
    app.button(key=f"undo_{import_id}").click().run()
    app.button(key=f"undo_confirm_{import_id}").click().run()
    assert not app.exception and computed == [1]


def test_after_an_action_noted_a_change_the_next_page_run_prepares_the_pages(
    db_path: Path, prepared: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A carrier renamed or a status assigned in a button's callback notes the change (warm.note_data_changed).
    app = AppTest.from_file(str(APP), default_timeout=60)
    app.session_state[warm.CHANGED_KEY] = True
    app.switch_page("pages/settings.py").run()
    assert not app.exception and warm.CHANGED_KEY not in app.session_state
    assert _computed_by_the_pages(monkeypatch, (*CHART_PAGES, "pages/advice.py"), app) == []


def test_below_a_million_parcels_the_pages_compute_their_own_figures(db_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    app = _imported(TRACKING, "imported")
    assert len(_computed_by_the_pages(monkeypatch, (*CHART_PAGES, "pages/advice.py"), app)) == 11


def test_an_import_that_brings_nothing_new_prepares_nothing(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    computed: list[str] = []
    monkeypatch.setattr("lossanalytics.ui.uploads.prepare_pages", lambda *args: iter(computed.append("prepared") or ()))
    _imported(b"Tracking Number,Carrier\n", "failed")
    assert computed == []


def test_a_failing_preparation_leaves_the_import_done_and_the_page_to_say_what_failed(
    db_path: Path, prepared: None, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(*args: Any) -> None:
        raise RuntimeError("the advice's query failed")

    monkeypatch.setattr("lossanalytics.advice.analyse", broken)
    _imported(TRACKING, "imported")
    assert "preparing the pages after an import failed" in caplog.text
    advice = AppTest.from_file(str(APP), default_timeout=60)
    advice.switch_page("pages/advice.py").run()
    assert not advice.exception
    assert [e.value for e in advice.error] == [t("ui.section_failed", "en")]


@pytest.mark.parametrize(("login", "computed"), [(False, 2), (True, 1)])
def test_an_import_lets_go_of_the_lists_of_the_data_as_it_was_unless_each_seller_has_a_database(
    db_path: Path, monkeypatch: pytest.MonkeyPatch, login: bool, computed: int
) -> None:
    monkeypatch.setattr("lossanalytics.ui.warm.login_configured", lambda: login)
    calls: list[int] = []
    original = detect.suspected
    monkeypatch.setattr("lossanalytics.analytics.detect.suspected", lambda *args: calls.append(1) or original(*args))
    AppTest.from_file(str(APP), default_timeout=60).switch_page("pages/suspected.py").run()
    db = data.database(str(db_path))
    before = data.version_of(db)
    _imported(TRACKING, "imported")
    listed = data.suspected(db, before, warm.default_scope(db, before, DEMO_TODAY), "en")
    assert len(calls) == computed and not listed.empty
