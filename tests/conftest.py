"""Shared fixtures: a fresh database per test, an empty database for the app, the test fixtures' path."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import streamlit as st

from lossanalytics.onboarding import DEMO_KEY
from lossanalytics.storage.db import Database

FIXTURES = Path(__file__).parent / "fixtures"


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
