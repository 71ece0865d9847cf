"""Shared fixtures: a fresh database per test, an empty database for the app (and CSV text imported into it),
a copy of the demo database for the AppTests, the media capture of their downloads, the test fixtures' path."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import streamlit as st
from app_clock import DEMO_TODAY, pin_today
from hypothesis import settings
from media_capture import ManagerCapture, MediaCapture
from streamlit.testing.v1 import app_test as app_test_module

from lossanalytics.importing import ImportResult, import_file
from lossanalytics.onboarding import DEMO_KEY, load_demo
from lossanalytics.storage.db import Database

FIXTURES = Path(__file__).parent / "fixtures"

# Property tests check what comes out, not how fast: Hypothesis' default 200 ms deadline per
# example failed on a shared machine under load, so no example is timed.
settings.register_profile("untimed", deadline=None)
settings.load_profile("untimed")


@pytest.fixture(autouse=True)
def english_command_line(monkeypatch: pytest.MonkeyPatch) -> None:
    """The CLI speaks the shell's language; tests expect English whatever this machine's locale is."""
    monkeypatch.setenv("LOSSANALYTICS_LANG", "en")


@pytest.fixture
def db(tmp_path: Path) -> Database:
    database = Database(tmp_path / "test.duckdb")
    yield database
    database.close()


@pytest.fixture
def fixtures() -> Path:
    return FIXTURES


@pytest.fixture
def clean_caches() -> None:
    """Streamlit's caches emptied before and after the test: no result outlives its database."""
    st.cache_data.clear()
    st.cache_resource.clear()
    yield
    st.cache_data.clear()
    st.cache_resource.clear()


@pytest.fixture
def empty_db_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, clean_caches: None) -> Path:
    """A database whose demo data were removed (so the app never loads them), named by LOSSANALYTICS_DB."""
    path = tmp_path / "empty.duckdb"
    db = Database(path)
    db.execute("INSERT INTO settings VALUES ($key, $value)", {"key": DEMO_KEY, "value": json.dumps([])})
    db.close()
    monkeypatch.setenv("LOSSANALYTICS_DB", str(path))
    return path


@pytest.fixture
def import_into_app(empty_db_path: Path) -> Callable[[str, str], ImportResult]:
    """`import_into_app(name, text)` writes `text` as the CSV file `name` beside the app's empty database
    (empty_db_path), imports it there as a seller would, closes the database again (the app opens it next)
    and returns the import's result."""

    def load(name: str, text: str) -> ImportResult:
        path = empty_db_path.parent / name
        path.write_text(text, encoding="utf-8")
        db = Database(empty_db_path)
        try:
            return import_file(db, path)
        finally:
            db.close()

    return load


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database holding the demo data (2,000 parcels shipped up to DEMO_TODAY), made once per test process."""
    folder = tmp_path_factory.mktemp("demo")
    db = Database(folder / "template.duckdb")
    load_demo(db, folder=folder / "files", today=DEMO_TODAY, n_parcels=2000)
    db.close()
    return folder / "template.duckdb"


@pytest.fixture
def db_path(template_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, clean_caches: None) -> Path:
    """A fresh copy of the demo database for one test, named by LOSSANALYTICS_DB, with clean Streamlit caches
    and the dashboard's today pinned to DEMO_TODAY."""
    path = tmp_path / "app.duckdb"
    shutil.copy(template_db, path)
    monkeypatch.setenv("LOSSANALYTICS_DB", str(path))
    pin_today(monkeypatch, DEMO_TODAY)
    return path


@pytest.fixture(autouse=True)
def capture_media(monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep each AppTest run's media store and manager, so that any test can read what a download button serves."""
    monkeypatch.setattr(app_test_module, "MemoryMediaFileStorage", MediaCapture)
    monkeypatch.setattr(app_test_module, "MediaFileManager", ManagerCapture)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Under `pytest -n 2 --dist loadgroup` (make test), keep the Spark tests on one worker and the
    browser tests on one worker: each worker would otherwise start its own JVM, Chromium and servers."""
    for item in items:
        if "spark" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.xdist_group("spark"))
        elif item.get_closest_marker("browser"):
            item.add_marker(pytest.mark.xdist_group("browser"))


@pytest.fixture(scope="session")
def spark() -> Iterator[Any]:
    """One Spark session (local mode) for every Spark test of the process: each start costs a JVM."""
    from lossanalytics.engines.spark import spark_session

    session = spark_session()
    yield session
    session.stop()
