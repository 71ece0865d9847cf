"""Shared fixtures: a fresh database per test and the path of the test fixtures."""

from __future__ import annotations

from pathlib import Path

import pytest

from lossanalytics.db import Database

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def db(tmp_path: Path) -> Database:
    database = Database(tmp_path / "test.duckdb")
    yield database
    database.close()


@pytest.fixture
def fixtures() -> Path:
    return FIXTURES
