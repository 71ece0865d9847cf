"""A threshold saved as a fraction of a day, on a data lake (docs/lake.md): the lake's aggregate step,
the Spark engine's commands and the dashboard opened on the lake say which threshold they used as the
next whole day, as the database's pages and commands do (tests/test_thresholds_whole_days.py)."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from app_clock import pin_today
from spark_support import needs_spark
from streamlit.testing.v1 import AppTest
from test_reasons_calendar_days import HEADER, ROWS
from test_thresholds_whole_days import NOTES, SAVED

from lossanalytics.analytics.scope import AnalysisScope
from lossanalytics.analytics.thresholds import SETTINGS_KEY, detection_from
from lossanalytics.cli import main
from lossanalytics.lake_read import AGGREGATES_DIR, AGGREGATES_FILE
from lossanalytics.storage.db import Database
from lossanalytics.storage.settings_store import write_setting
from lossanalytics.ui.numbers import md_escape

APP = Path(__file__).resolve().parent.parent / "app.py"
AS_OF = date(2026, 12, 8)
#: The two thresholds SAVED holds as fractions, as the aggregate's JSON report lists them.
ROUNDED = [{"field": "stall_days", "mode": "express", "saved": 7.5, "used": 8},
           {"field": "overdue_days", "mode": "express", "saved": 9.5, "used": 10}]


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A lake exported from a database whose detection thresholds were saved with halves of days."""
    home = tmp_path_factory.mktemp("rounded-lake")
    source = home / "parcels.csv"
    source.write_text(HEADER + "\n".join(ROWS) + "\n")
    assert main(["--db", str(home / "db.duckdb"), "import", str(source)]) == 0
    db = Database(home / "db.duckdb")
    write_setting(db, SETTINGS_KEY, SAVED)
    db.close()
    assert main(["--db", str(home / "db.duckdb"), "export-lake", "--to", str(home / "lake")]) == 0
    return home / "lake"


@pytest.fixture
def lake(exported: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """A fresh copy of the exported lake (each test aggregates its own)."""
    folder = tmp_path / "lake"
    shutil.copytree(exported, folder)
    capsys.readouterr()
    return folder


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_aggregate_step_says_which_threshold_it_rounded(lake: Path, lang: str,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--lang", lang, "--lake", str(lake), "aggregate", "--as-of", AS_OF.isoformat(),
                 "--format", "json"]) == 0
    printed = capsys.readouterr()
    assert printed.err.splitlines() == NOTES[lang]
    assert json.loads(printed.out)["rounded"] == ROUNDED
    # The aggregates were judged by the whole days the notes name.
    record = json.loads((lake / AGGREGATES_DIR / AGGREGATES_FILE).read_text(encoding="utf-8"))
    assert record["scope_key"] == AnalysisScope(AS_OF, detection_from(SAVED).settings).key()


def test_whole_days_saved_need_no_note_from_the_aggregate_step(tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "parcels.csv"
    source.write_text(HEADER + "\n".join(ROWS) + "\n")
    assert main(["--db", str(tmp_path / "db.duckdb"), "import", str(source)]) == 0
    assert main(["--db", str(tmp_path / "db.duckdb"), "export-lake", "--to", str(tmp_path / "lake")]) == 0
    capsys.readouterr()
    assert main(["--lake", str(tmp_path / "lake"), "aggregate", "--as-of", AS_OF.isoformat(), "--format", "json"]) == 0
    printed = capsys.readouterr()
    assert (printed.err, json.loads(printed.out)["rounded"]) == ("", [])


@pytest.fixture
def lake_dashboard(lake: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, clean_caches: None) -> Path:
    assert main(["--lake", str(lake), "aggregate", "--as-of", AS_OF.isoformat()]) == 0
    monkeypatch.setenv("LOSSANALYTICS_LAKE", str(lake))
    monkeypatch.setenv("LOSSANALYTICS_DB", str(tmp_path / "unused.duckdb"))
    pin_today(monkeypatch, AS_OF)
    return lake


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_dashboard_on_the_lake_says_which_threshold_it_rounded(lake_dashboard: Path, lang: str) -> None:
    at = AppTest.from_file(str(APP), default_timeout=60)
    at.query_params["lang"] = lang
    at.run()
    for script in ("pages/overview.py", "pages/suspected.py"):
        at.switch_page(script).run()
        assert not at.exception, (script, [e.value for e in at.exception])
        warnings = [w.value for w in at.warning]
        assert [note for note in map(md_escape, NOTES[lang]) if note in warnings] == list(map(md_escape, NOTES[lang]))


@needs_spark
def test_the_spark_engine_says_which_threshold_it_rounded(lake: Path, spark: Any,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--lang", "zh", "--engine", "spark", "--lake", str(lake), "suspected", "--as-of", AS_OF.isoformat(),
                 "--format", "json"]) == 0
    assert capsys.readouterr().err.splitlines() == NOTES["zh"]
    assert main(["--engine", "spark", "--lake", str(lake), "aggregate", "--as-of", AS_OF.isoformat(),
                 "--format", "json"]) == 0
    printed = capsys.readouterr()
    assert printed.err.splitlines() == NOTES["en"]
    assert json.loads(printed.out)["rounded"] == ROUNDED
