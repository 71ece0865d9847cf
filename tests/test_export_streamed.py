"""CSV downloads written a few thousand rows at a time are the bytes the whole text made at once."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

import pandas as pd
import pytest
from app_clock import DEMO_TODAY

from lossanalytics import cli
from lossanalytics.analytics.detect import suspected
from lossanalytics.analytics.scope import AnalysisScope
from lossanalytics.analytics.thresholds import load_detection_settings
from lossanalytics.claims import estimate_claims, load_rules
from lossanalytics.cli.commands import SUSPECTED_CLAIM_COLUMNS
from lossanalytics.export import SUSPECTED_COLUMNS, export_frame, neutralise_frame, to_csv_bytes, write_csv
from lossanalytics.storage.db import Database
from lossanalytics.storage.parcel_columns import PARCEL_COLUMNS
from lossanalytics.ui import claims_data, data

CLI_TODAY = date(2025, 7, 3)


def one_piece(frame: pd.DataFrame, bom: bool = True, date_format: str = "%Y-%m-%d %H:%M") -> bytes:
    """The CSV as it was made before it was streamed: the whole text at once, then encoded."""
    text = neutralise_frame(frame).to_csv(index=False, date_format=date_format, quoting=csv.QUOTE_ALL)
    return text.encode("utf-8-sig" if bom else "utf-8")


def awkward_frame(rows: int) -> pd.DataFrame:
    """Formulas, line breaks, Chinese, gaps, floats and times, over several of pandas' write chunks."""
    return pd.DataFrame({
        "tracking_number": [f"=LX{i}" if i % 7 == 0 else f"LX{i}" for i in range(rows)],
        "carrier": ["云途" if i % 3 else None for i in range(rows)],
        "last_event_text": ["arrived\n-at hub" if i % 11 == 0 else "ok" for i in range(rows)],
        "declared_value": [i / 3 if i % 5 else float("nan") for i in range(rows)],
        "ship_date": pd.to_datetime([None if i % 13 == 0 else f"2026-11-{1 + i % 28:02d} 08:{i % 60:02d}"
                                     for i in range(rows)]),
        "risk": list(range(rows)),
    })


def test_streamed_csv_is_the_whole_text_across_write_chunks() -> None:
    # pandas writes 100,000 cells a chunk: 40,000 rows of 6 columns take three.
    frame = awkward_frame(40_000)
    assert to_csv_bytes(frame) == one_piece(frame)
    handle = io.BytesIO()
    write_csv(frame, handle, bom=False, date_format="%Y-%m-%dT%H:%M:%S")
    assert handle.getvalue() == one_piece(frame, bom=False, date_format="%Y-%m-%dT%H:%M:%S")
    assert to_csv_bytes(frame).decode("utf-8-sig").splitlines()[1:3] == [
        '"\'=LX0","","arrived', "'-at hub\",\"\",\"\",\"0\""]


def test_streaming_leaves_the_frame_as_it_was() -> None:
    frame = awkward_frame(10)
    before = frame.copy()
    to_csv_bytes(export_frame(frame, list(frame.columns), "en"))
    pd.testing.assert_frame_equal(frame, before)
    assert frame.loc[0, "tracking_number"] == "=LX0"


def _demo_suspected(path: Path, lang: str) -> tuple[pd.DataFrame, Database]:
    db = Database(path)
    return suspected(db, AnalysisScope(DEMO_TODAY, load_detection_settings(db)), lang), db


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_suspected_download_on_the_demo_data_is_as_before(db_path: Path, lang: str) -> None:
    frame, db = _demo_suspected(db_path, lang)
    rules, rules_key, _ = claims_data.rules_of(db)
    expected = one_piece(export_frame(estimate_claims(frame, DEMO_TODAY, rules, lang), SUSPECTED_COLUMNS, lang))
    first = data.export_bytes(frame, lang, "csv", DEMO_TODAY, rules_key, rules)
    assert len(frame) == 21 and first == expected
    # Built once: a second click gets the same bytes object, not a copy of it.
    assert data.export_bytes(frame, lang, "csv", DEMO_TODAY, rules_key, rules) is first
    db.close()


def test_cli_suspected_csv_on_the_demo_data_is_as_before(
    db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    monkeypatch.setattr(cli, "today", lambda: CLI_TODAY)
    frame, db = _demo_suspected(db_path, "en")
    claims = estimate_claims(frame, CLI_TODAY, load_rules(db), "en")
    db.close()
    columns = [*PARCEL_COLUMNS, "outcome", "reasons", "risk", *SUSPECTED_CLAIM_COLUMNS]
    out = tmp_path / "suspected.csv"
    as_of = ["--as-of", DEMO_TODAY.isoformat()]
    assert cli.main(["--db", str(db_path), "suspected", *as_of, "--out", str(out)]) == 0
    assert out.read_bytes() == one_piece(export_frame(claims.loc[:, columns], columns, "en"))
    capsysbinary.readouterr()
    assert cli.main(["--db", str(db_path), "suspected", *as_of, "--format", "csv"]) == 0
    stdout = capsysbinary.readouterr().out
    assert stdout == one_piece(claims.loc[:, columns], bom=False, date_format="%Y-%m-%dT%H:%M:%S")
    assert stdout.count(b"\n") == 22
