"""AppTests of claim deadlines on data three weeks old (tests/old_export.py): outcomes are judged
as of the newest scan, deadlines and days left count from the real today."""
# ruff: noqa: F811 - the fixture imported from test_app_pages is used by pytest

from __future__ import annotations

import io
import zipfile
from datetime import date
from pathlib import Path

import pytest
from app_clock import pin_today
from old_export import AS_OF, DEADLINE, TODAY, old_export_db
from test_app_pages import download_bytes, start

from lossanalytics.claims import upsert_claim
from lossanalytics.i18n import days_count, t
from lossanalytics.storage.db import Database


@pytest.fixture
def old_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, clean_caches: None) -> Path:
    path = old_export_db(tmp_path)
    monkeypatch.setenv("LOSSANALYTICS_DB", str(path))
    pin_today(monkeypatch, TODAY)
    return path


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_deadline_that_passed_after_the_newest_scan_shows_as_passed(old_db: Path, lang: str) -> None:
    at = start(lang, "pages/claims.py")
    assert at.date_input(key="f_as_of").value == AS_OF
    assert t("ui.claims.intro", lang, as_of=AS_OF, today=TODAY) in [c.value for c in at.caption]
    table = at.data_editor(key="claims_editor_0").value
    # A claim without a deadline before one whose deadline has passed (nothing can be done about that one).
    assert list(table["tracking_number"]) == ["LC003", "1Z001"]
    assert table.iloc[0]["urgency_text"] == "? " + t("ui.claims.urgency.undated", lang)
    row = table.iloc[1]
    assert (row["claim_deadline"], row["days_left"]) == (DEADLINE, -11)
    assert row["urgency_text"] == "✕ " + t("ui.claims.urgency.passed_days", lang, days=days_count(11, lang))
    figures = {m.label: m.value for m in at.metric}
    assert figures[t("ui.claims.metric.passed", lang)] == "1"
    assert figures[t("ui.claims.metric.urgent", lang)] == "0"
    # No "file within … days" banner for a window that has closed.
    assert not [w for w in at.warning if w.proto.icon == ":material/alarm:"]


def test_the_guided_claim_and_its_pack_count_from_today(old_db: Path) -> None:
    at = start("en", "pages/claims.py")
    at.selectbox(key="claim_parcel").set_value("1Z001").run()
    assert t("ui.claims.urgency.passed_days", "en", days=days_count(11, "en")) in [c.value for c in at.caption]
    with zipfile.ZipFile(io.BytesIO(download_bytes(at.download_button(key="pack_one")))) as archive:
        facts = archive.read("facts.txt").decode("utf-8")
        letter = archive.read("letter_en.txt").decode("utf-8")
        dates = {info.date_time[:3] for info in archive.infolist()}
    assert t("claims.pack.deadline_passed", "en", deadline="2025-06-30", days=days_count(11, "en")) in facts
    assert "2025-07-11" in letter
    assert dates == {(2025, 7, 11)}


def test_the_recovery_report_counts_claims_filed_after_the_newest_scan(old_db: Path) -> None:
    db = Database(old_db)
    upsert_claim(db, "1Z001", status="filed", amount_claimed=40.0, currency="USD", filed_on=date(2025, 7, 5))
    db.close()
    at = start("en", "pages/claims.py")
    assert t("ui.claims.recovery.intro", "en", as_of=TODAY) in [c.value for c in at.caption]
    by_carrier = next(d.value for d in at.dataframe if "recovery_rate" in d.value.columns and "month" not in
                      d.value.columns)
    assert by_carrier.loc[:, ["carrier", "claims", "open", "amount_open", "oldest_open_days"]].to_dict("records") == [
        {"carrier": "UPS", "claims": 1, "open": 1, "amount_open": 40.0, "oldest_open_days": 6}]
