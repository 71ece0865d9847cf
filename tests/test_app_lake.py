"""AppTests of every page on a data lake opened read-only (LOSSANALYTICS_LAKE): each page draws
without a traceback in both languages, the pages that write say the lake is read-only, and the
Overview and Carriers figures equal those of the database the lake was exported from."""

from __future__ import annotations

import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from app_clock import DEMO_TODAY, pin_today
from streamlit.testing.v1 import AppTest

from lossanalytics.analytics.asof import data_date
from lossanalytics.i18n import t
from lossanalytics.lake import export_lake
from lossanalytics.lake_aggregate import DuckDBEngine, aggregate
from lossanalytics.lake_read import lake_state
from lossanalytics.storage.db import Database
from lossanalytics.ui.navigation import PAGES
from lossanalytics.ui.numbers import md_escape
from lossanalytics.ui.workspace import lake_folder

APP = Path(__file__).resolve().parent.parent / "app.py"
READ_ONLY = {"pages/import.py": "ui.lake.action.import", "pages/settings.py": "ui.lake.action.settings",
             "pages/claims.py": "ui.lake.action.claims"}


@pytest.fixture(scope="module")
def exported(template_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, Path]]:
    """A copy of the demo database and its lake, aggregated as of the data's own day."""
    home = tmp_path_factory.mktemp("app-lake")
    shutil.copy(template_db, home / "db.duckdb")
    db = Database(home / "db.duckdb")
    export_lake(db, home / "lake")
    state = lake_state(home / "lake")
    engine = DuckDBEngine(state)
    aggregate(engine, state, data_date(db, DEMO_TODAY).default_as_of, DEMO_TODAY)
    engine.db.close()
    db.close()
    yield home / "db.duckdb", home / "lake"


@pytest.fixture
def lake(exported: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch, clean_caches: None) -> Path:
    """The dashboard pointed at the lake (and its database, for the parity test)."""
    monkeypatch.setenv("LOSSANALYTICS_LAKE", str(exported[1]))
    monkeypatch.setenv("LOSSANALYTICS_DB", str(exported[0]))
    pin_today(monkeypatch, DEMO_TODAY)
    return exported[1]


def start(lang: str) -> AppTest:
    at = AppTest.from_file(str(APP), default_timeout=60)
    at.query_params["lang"] = lang
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_every_page_draws_on_the_lake(lake: Path, lang: str) -> None:
    at = start(lang)
    notice = md_escape(t("ui.lake.source", lang, folder=str(lake)))
    for page in PAGES:
        at.switch_page(page.script).run()
        assert not at.exception, (page.script, [e.value for e in at.exception])
        assert not at.error, (page.script, [e.value for e in at.error])
        assert [title.value for title in at.title] == [t(page.title_key, lang)], page.script
        assert notice in [c.value for c in at.sidebar.caption]
        said = [i.value for i in at.info]
        expected = md_escape(t("ui.lake.read_only", lang, folder=str(lake), action=t(READ_ONLY[page.script], lang))) \
            if page.script in READ_ONLY else None
        assert (expected in said) == (expected is not None), (page.script, said)


def test_the_pages_say_the_figures_were_computed_ahead(lake: Path) -> None:
    at = start("en")
    state = lake_state(lake)
    assert state.aggregates is not None
    assert t("ui.lake.aggregated", "en", as_of=state.aggregates["as_of"], engine="Duckdb") in \
        [c.value for c in at.sidebar.caption]


def test_the_pages_that_write_offer_nothing_to_write_with(lake: Path) -> None:
    at = start("en")
    at.switch_page("pages/import.py").run()
    assert not at.get("file_uploader") and not at.main.button
    at.switch_page("pages/settings.py").run()
    assert not at.tabs and not at.main.button
    at.switch_page("pages/claims.py").run()
    assert not at.checkbox
    assert "remove_demo" not in [b.key for b in at.button]


def overview_and_carriers(at: AppTest) -> tuple[list[tuple[str, str]], list[list[object]]]:
    at.switch_page("pages/overview.py").run()
    assert not at.exception
    metrics = [(m.label, m.value) for m in at.metric]
    at.switch_page("pages/carriers.py").run()
    assert not at.exception
    tables = [frame.value.astype(str).values.tolist() for frame in at.dataframe]
    return metrics, tables


def test_overview_and_carriers_equal_the_database(lake: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from_lake = overview_and_carriers(start("en"))
    monkeypatch.delenv("LOSSANALYTICS_LAKE")
    from_db = overview_and_carriers(start("en"))
    assert from_lake == from_db
    assert len(from_lake[0]) == 6 and from_lake[1]


def test_the_lake_is_named_after_streamlit_run_or_in_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LOSSANALYTICS_LAKE", "/srv/other")
    monkeypatch.setattr(sys, "argv", ["app.py", "--lake", "/srv/lake"])
    assert lake_folder() == "/srv/lake"
    monkeypatch.setattr(sys, "argv", ["app.py", "--lake=/srv/lake2"])
    assert lake_folder() == "/srv/lake2"
    monkeypatch.setattr(sys, "argv", ["app.py"])
    assert lake_folder() == "/srv/other"
    monkeypatch.delenv("LOSSANALYTICS_LAKE")
    assert lake_folder() is None
