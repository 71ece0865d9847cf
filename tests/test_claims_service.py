"""The claims worklist: detection joined with estimates and stored claims; edits; packs.

Uses the advice fixture (282 parcels, as of 2025-06-30; see tests/test_advice.py).
"""

from __future__ import annotations

import io
import zipfile
from datetime import date
from pathlib import Path

import pandas as pd
import pytest
from test_advice import AS_OF, write_fixture

from lossanalytics.analytics.filters import Filters
from lossanalytics.analytics.scope import AnalysisScope
from lossanalytics.analytics.thresholds import DetectionSettings
from lossanalytics.claims import default_rules, get_claims, upsert_claim
from lossanalytics.claims import edits as claim_edits
from lossanalytics.claims import worklist as cs
from lossanalytics.claims.estimate import INPUT_COLUMNS, OUTPUT_COLUMNS, WORD_COLUMNS
from lossanalytics.claims.pack import PACK_FILES
from lossanalytics.claims.statuses import STATUSES
from lossanalytics.importing import import_file
from lossanalytics.storage.db import Database

TODAY = date(2025, 7, 1)


@pytest.fixture
def loaded(db: Database, tmp_path: Path) -> Database:
    assert import_file(db, write_fixture(tmp_path)).rows_stored == 282
    return db


def worklist(db: Database, lang: str = "en", filters: Filters | None = None, warn_days: int = 14) -> pd.DataFrame:
    return cs.claims_worklist(db, AnalysisScope(AS_OF, DetectionSettings(), filters or Filters()), default_rules(), lang,
                              warn_days, today=AS_OF)


def test_worklist_holds_every_claimable_parcel_most_urgent_first(loaded: Database) -> None:
    work = worklist(loaded)
    assert len(work) == 18  # 14 lost, 2 suspected lost, 2 damaged; the returned parcel is not claimable
    assert work["outcome"].value_counts().to_dict() == {"lost": 14, "suspected_lost": 2, "damaged": 2}
    assert list(work["tracking_number"][:2]) == ["CN000", "CN001"]
    assert list(work["urgency"][:2]) == ["urgent", "urgent"] and list(work["days_left"][:2]) == [5, 10]
    assert list(work["tracking_number"][-2:]) == ["CP000", "CP001"]  # deadlines passed come after the open ones
    assert list(work["days_left"][-2:]) == [-60, -60]
    assert set(work["urgency"][2:-2]) == {"open"}
    days = work.loc[work["urgency"] == "open", "days_left"].tolist()
    assert days == sorted(days)
    first = work.iloc[0]
    assert first["claim_where"] == "Cainiao (the carrier)"
    assert first["claim_deadline"] == date(2025, 7, 5)
    assert first["estimated_compensation"] == pytest.approx(39.30)
    assert first["compensation_basis"].startswith("UPU registered item: 30\u00a0SDR per package × 1.31\u00a0USD/SDR = 39.30\u00a0USD")
    assert first["claim_status"] == "to_report" and first["steps_done"] == []
    assert first["reasons"] == "Lost (confirmed)"


def test_suspected_parcels_carry_their_reasons(loaded: Database) -> None:
    work = worklist(loaded).set_index("tracking_number")
    assert "still no carrier scan 29 days after shipping" in work.at["FX001", "reasons"]
    assert work.at["FX000", "outcome"] == "suspected_lost"
    assert work.at["FX000", "claim_where"] == "4PX (the carrier)"
    zh = worklist(loaded, "zh").set_index("tracking_number")
    assert zh.at["CN000", "claim_where"] == "承运人 菜鸟"


def test_filters_narrow_the_worklist(loaded: Database) -> None:
    work = worklist(loaded, filters=Filters(carriers=("UPS",)))
    assert sorted(work["tracking_number"]) == ["UP000", "UP001"]
    assert set(work["outcome"]) == {"damaged"}


def test_stored_claims_set_status_and_urgency(loaded: Database) -> None:
    upsert_claim(loaded, "CN000", status="filed", amount_claimed=39.3, currency="USD", today=TODAY)
    upsert_claim(loaded, "CP000", status="rejected", today=TODAY)
    upsert_claim(loaded, "CN001", steps_done=["track", "report"], today=TODAY)
    work = worklist(loaded).set_index("tracking_number")
    assert work.at["CN000", "urgency"] == "in_progress" and work.at["CN000", "filed_on"] == TODAY
    assert work.at["CP000", "urgency"] == "closed"
    assert work.at["CN001", "steps_done"] == ["track", "report"] and work.at["CN001", "urgency"] == "urgent"
    ordered = worklist(loaded)
    assert list(ordered["tracking_number"][:1]) == ["CN001"]
    assert list(ordered["tracking_number"][-2:]) == ["CN000", "CP000"]  # in progress, then closed


def test_deadline_rows_are_the_worklists_urgent_and_passed_rows(loaded: Database) -> None:
    upsert_claim(loaded, "CN000", status="filed", today=TODAY)  # filed: its deadline no longer presses
    scope = AnalysisScope(AS_OF, DetectionSettings(), Filters())
    found = cs.estimate_candidates(loaded, scope, default_rules(), with_reasons=False, today=AS_OF)
    due = cs.deadline_rows(found, get_claims(loaded), ("tracking_number", "days_left"))
    assert list(due.columns) == ["tracking_number", "days_left", "urgency"]
    assert sorted(zip(due["tracking_number"], due["urgency"], due["days_left"])) == [
        ("CN001", "urgent", 10), ("CP000", "passed", -60), ("CP001", "passed", -60)]
    work = worklist(loaded)
    pressing = work[work["urgency"].isin(["urgent", "passed"])]
    assert sorted(pressing["tracking_number"]) == sorted(due["tracking_number"])


def test_deadline_rows_come_in_the_worklists_order() -> None:
    """Claims due the same day: the riskiest first, then by tracking number, as the Claims page lists
    them, so that the advice names the same first claim as the Claims page."""
    estimates = pd.DataFrame({"tracking_number": ["A1", "B2", "C3", "D4", "E5"],
                              "days_left": pd.array([3, 3, 1, -5, 3], dtype="Int64"),
                              "risk": [60.0, 90.0, 50.0, 100.0, 90.0]})
    due = cs.deadline_rows(estimates, pd.DataFrame(columns=["tracking_number", "status"]),
                           ("tracking_number", "days_left"))
    assert list(zip(due["tracking_number"], due["urgency"])) == [
        ("C3", "urgent"), ("B2", "urgent"), ("E5", "urgent"), ("A1", "urgent"), ("D4", "passed")]


def test_deadline_estimates_are_the_estimates_numbers_of_the_columns_the_estimate_reads(loaded: Database) -> None:
    scope = AnalysisScope(AS_OF, DetectionSettings(), Filters())
    for lang in ("en", "zh"):
        whole = cs.estimate_candidates(loaded, scope, default_rules(), lang, with_reasons=False, today=AS_OF)
        lean = cs.deadline_estimates(loaded, scope, default_rules(), lang, today=AS_OF)
        assert list(lean.columns) == [*INPUT_COLUMNS, "risk", *(c for c in OUTPUT_COLUMNS if c not in WORD_COLUMNS)]
        pd.testing.assert_frame_equal(lean, whole.loc[:, list(lean.columns)])


def test_claims_survive_a_reimport_of_the_parcel(loaded: Database, tmp_path: Path) -> None:
    upsert_claim(loaded, "CN003", status="filed", today=TODAY)
    update = tmp_path / "update.csv"
    update.write_text("Tracking Number,Carrier,Status,Last Event Time\nCN003,Cainiao,Lost,2025-06-29\n")
    assert import_file(loaded, update).rows_updated == 1
    assert worklist(loaded).set_index("tracking_number").at["CN003", "claim_status"] == "filed"


def test_plan_edits_saves_forward_moves_and_explains_the_rest(loaded: Database) -> None:
    upsert_claim(loaded, "CN002", status="compensated", amount_claimed=39.3, amount_recovered=39.3, today=TODAY)
    upsert_claim(loaded, "CN003", status="filed", today=TODAY)
    work = worklist(loaded)
    position = {number: index for index, number in enumerate(work["tracking_number"])}
    edits = {
        position["CN000"]: {"claim_status": "filed"},
        position["CN001"]: {"notes": "case 12345", "claim_currency": "usd"},
        position["CN002"]: {"claim_status": "appealed"},  # compensated is final
        position["CN003"]: {"claim_status": "reported"},  # backwards
        position["CN004"]: {"claim_currency": "dollars"},
        999: {"claim_status": "filed"},  # a row that is not there
    }
    updates, problems = claim_edits.plan_edits(work, edits)
    assert updates == {
        "CN000": {"status": "filed", "amount_claimed": pytest.approx(39.3), "currency": "USD"},
        "CN001": {"notes": "case 12345", "currency": "usd"},
    }
    messages = {p.tracking_number: p.message("en") for p in problems}
    assert messages["CN002"] == ("CN002: the claim is already “Compensated”, which is final; it cannot become "
                                 "“Appealed”. The change was not saved.")
    assert messages["CN003"] == (
        "CN003: a claim cannot go back from “Filed” to “Reported”. Claims move forward (To report → Reported → "
        "Documents ready → Filed → Under investigation → Compensated | Rejected → Appealed); the change was not saved.")
    assert messages["CN004"].startswith("CN004: a currency is a three-letter code such as USD (got “dollars”)")
    assert {p.tracking_number: p.message("zh") for p in problems}["CN003"].startswith(
        "CN003：索赔不能从“已提交索赔”退回到“已报告”。")
    claim_edits.apply_edits(loaded, updates, today=TODAY)
    stored = get_claims(loaded).set_index("tracking_number")
    assert stored.at["CN000", "status"] == "filed" and stored.at["CN000", "filed_on"] == TODAY
    assert stored.at["CN000", "amount_claimed"] == pytest.approx(39.3)
    assert stored.at["CN001", "currency"] == "USD" and stored.at["CN001", "notes"] == "case 12345"
    assert stored.at["CN001", "status"] == "to_report"
    assert stored.at["CN002", "status"] == "compensated" and stored.at["CN003", "status"] == "filed"


def test_steps_and_allowed_moves() -> None:
    assert claim_edits.toggle_step(["report"], "track", True) == ["track", "report"]
    assert claim_edits.toggle_step(["track", "report"], "track", False) == ["report"]
    with pytest.raises(ValueError):
        claim_edits.toggle_step([], "dance", True)
    assert claim_edits.next_statuses("filed") == ["filed", "investigating", "compensated", "rejected"]
    assert claim_edits.next_statuses("compensated") == ["compensated"]
    assert claim_edits.next_statuses("rejected") == ["rejected", "appealed"]


def test_urgency_in_words() -> None:
    row = {"urgency": "urgent", "days_left": 3}
    assert cs.urgency_text(row, "en") == "3 days left — file now"
    assert cs.urgency_text({"urgency": "passed", "days_left": -12}, "zh") == "已过期 12 天"
    # One day is a day, in every place a deadline is counted.
    assert cs.urgency_text({"urgency": "urgent", "days_left": 1}, "en") == "1 day left — file now"
    assert cs.urgency_text({"urgency": "passed", "days_left": -1}, "en") == "Passed 1 day ago"
    assert cs.urgency_text({"urgency": "open", "days_left": 1500}, "en") == "1,500 days left"
    assert cs.urgency_text({"urgency": "closed", "days_left": pd.NA}, "en") == "Closed"
    assert cs.urgency("filed", -3) == "in_progress" and cs.urgency("to_report", pd.NA) == "undated"
    assert cs.urgency("reported", 14, 14) == "urgent" and cs.urgency("reported", 15, 14) == "open"



def test_the_worklist_gives_each_row_the_urgency_of_its_stored_claim_and_days_left(db: Database) -> None:
    # Every claim status with every kind of days left, against urgency() row by row.
    statuses = [s for s in STATUSES for _ in range(5)]
    days = pd.array([None, -1, 0, 14, 15] * len(STATUSES), dtype="Int64")
    numbers = [f"T{i}" for i in range(len(statuses))]
    estimates = pd.DataFrame({"tracking_number": numbers, "days_left": days, "risk": 50.0})
    claims = get_claims(db).reindex(range(len(numbers)))
    claims["tracking_number"], claims["status"] = numbers, statuses
    work = cs.attach_claims(estimates, claims, 14).set_index("tracking_number")
    expected = [cs.urgency(s, d, 14) for s, d in zip(statuses, days)]
    assert work.loc[numbers, "urgency"].tolist() == expected

def test_packs_hold_the_facts_timeline_checklist_and_letters(loaded: Database, tmp_path: Path) -> None:
    events = tmp_path / "events.csv"
    events.write_text("Tracking Number,Event Time,Status,Location,Description\n"
                      "CN000,2025-01-05 08:00,In Transit,Shenzhen,Accepted\n"
                      "CN000,2025-01-20 09:30,Lost,Los Angeles,=HYPERLINK(\"x\")\n")
    import_file(loaded, events)
    work = worklist(loaded)
    row = work[work["tracking_number"] == "CN000"].iloc[0].to_dict()
    with zipfile.ZipFile(io.BytesIO(cs.pack_of(loaded, row, "en", AS_OF))) as archive:
        assert archive.namelist() == list(PACK_FILES)
        timeline = archive.read("timeline.csv").decode("utf-8-sig").splitlines()
        facts = archive.read("facts.txt").decode("utf-8")
        checklist = archive.read("checklist.txt").decode("utf-8")
        letter_zh = archive.read("letter_zh.txt").decode("utf-8")
    assert timeline[0].startswith("\"Time\",\"Status\"") and len(timeline) == 3
    assert "'=HYPERLINK" in timeline[2]  # neutralised against formula injection
    assert "Tracking number: CN000" in facts and "Claim deadline: 2025-07-05 (5 days left)" in facts
    assert "Tracking status: Lost" in facts  # the parcel's tracking status, not the claim's
    assert "[ ] Proof of value: commercial or supplier invoice" in checklist
    assert "CN000" in letter_zh
    selection = work[work["tracking_number"].isin(["CN000", "FX000"])]
    with zipfile.ZipFile(io.BytesIO(cs.packs_of(loaded, selection, "zh", AS_OF))) as archive:
        names = archive.namelist()
    assert names == [f"CN000/{n}" for n in PACK_FILES] + [f"FX000/{n}" for n in PACK_FILES]


def test_picker_labels_name_parcel_carrier_and_urgency() -> None:
    work = pd.DataFrame({"tracking_number": ["A1", "B2"], "carrier": ["UPS", None],
                         "urgency": ["urgent", "undated"], "days_left": [3, pd.NA]})
    assert cs.option_labels(work, "en") == {"A1": "A1 · UPS · 3 days left — file now", "B2": "B2 · carrier unknown · No deadline on file"}
