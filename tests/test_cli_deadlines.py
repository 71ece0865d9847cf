"""The command line on data three weeks old (tests/old_export.py): outcomes as of the newest scan,
claim deadlines and days left from the real today; the suspected-lost list carries them too."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest
from old_export import TODAY, old_export_db

from lossanalytics import cli
from lossanalytics.i18n import t


@pytest.fixture
def old_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setattr(cli, "today", lambda: TODAY)
    return str(old_export_db(tmp_path))


def run_json(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[list[dict], str]:
    capsys.readouterr()
    assert cli.main(argv) == 0
    out = capsys.readouterr()
    return json.loads(out.out), out.err


CLAIMS = [
    {"tracking_number": "LC003", "claim_deadline": None, "days_left": None, "urgency": "undated",
     "estimated_compensation": 15.0, "compensation_currency": "USD"},
    {"tracking_number": "1Z001", "claim_deadline": "2025-06-30", "days_left": -11, "urgency": "passed",
     "estimated_compensation": 40.0, "compensation_currency": "USD"},
]


@pytest.mark.parametrize("as_of", [[], ["--as-of", "2025-06-20"]])
def test_claims_count_days_left_from_today_not_from_the_as_of_date(
    old_db: str, as_of: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    rows, err = run_json(["--db", old_db, "claims", *as_of, "--format", "json"], capsys)
    assert [{k: row[k] for k in CLAIMS[0]} for row in rows] == CLAIMS
    assert all(row["outcome"] == "suspected_lost" and row["claim_status"] == "to_report" for row in rows)
    named = t("cli.as_of.newest_scan", "en", as_of="2025-06-20", days=21) + "\n"
    assert err == ("" if as_of else named)


def test_the_suspected_list_carries_deadline_days_left_and_estimate(
    old_db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    rows, _ = run_json(["--db", old_db, "suspected", "--format", "json"], capsys)
    wanted = ("tracking_number", "claim_deadline", "days_left", "estimated_compensation", "compensation_currency")
    assert [{k: row[k] for k in wanted} for row in rows] == [
        {k: claim[k] for k in wanted} for claim in reversed(CLAIMS)]
    assert [(row["status_source"], row["status_evidence"]) for row in rows] == [
        ("status", "In Transit"), ("event_text", "Left")]


def test_the_chinese_workbook_sheet_and_headers_are_in_chinese(
    old_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "suspected.xlsx"
    assert cli.main(["--db", old_db, "--lang", "zh", "suspected", "--out", str(out)]) == 0
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["疑似丢失"]
    header, first, _ = book["疑似丢失"].iter_rows(values_only=True)
    found = dict(zip(header, first))
    assert (found["运单号"], found["索赔截止日期"].date().isoformat(), found["剩余天数"], found["估算赔偿"],
            found["赔偿币种"], found["状态判断来源"], found["状态依据"]) == (
        "1Z001", "2025-06-30", -11, 40, "USD", "状态列", "In Transit")
    # Where to claim and how the deadline and the estimate were found travel with the list, in Chinese.
    assert found["索赔对象"] == t("claims.where.carrier", "zh", carrier="UPS")
    assert found["估算依据"].startswith("UPS") and "截止日期依据" not in found  # the deadline's basis: Claims page
