"""The cached claims worklist: reused while the stored claims stay as they are, made anew after an edit."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pandas as pd
from app_clock import DEMO_TODAY

from lossanalytics.analytics.scope import AnalysisScope
from lossanalytics.analytics.thresholds import load_detection_settings
from lossanalytics.claims import get_claims, selection, upsert_claim
from lossanalytics.claims.worklist import attach_claims, estimate_candidates
from lossanalytics.storage.db import Database
from lossanalytics.ui import claims_data, data


def test_claims_key_changes_with_any_stored_field(db: Database) -> None:
    empty = claims_data.claims_key(get_claims(db))
    assert empty == ('{"columns":["tracking_number","status","reported_on","filed_on","resolved_on","amount_claimed",'
                     '"amount_recovered","currency","steps_done","notes","updated_at"],"data":[]}')
    upsert_claim(db, "LX1", today=date(2026, 1, 2), status="filed", amount_claimed=12.5, currency="USD",
                 steps_done=["track"])
    claims = get_claims(db)
    first = claims_data.claims_key(claims)
    assert first == claims_data.claims_key(claims.copy())
    assert first.startswith('{"columns":["tracking_number"') and '["LX1","filed",null,"2026-01-02T00:00:00.000000",' \
        'null,12.5,null,"USD",["track"],null,' in first
    for column, value in (("amount_claimed", 12.500001), ("steps_done", ["track", "report"]), ("notes", "x")):
        changed = claims.copy()
        changed.at[0, column] = value
        assert claims_data.claims_key(changed) != first, column


def test_worklist_is_reused_until_a_claim_changes(db_path: Path) -> None:
    db = Database(db_path)
    scope = AnalysisScope(DEMO_TODAY, load_detection_settings(db))
    rules, rules_key, _ = claims_data.rules_of(db)
    version = data.version_of(db)

    def work() -> pd.DataFrame:
        return claims_data.worklist(db, version, scope, rules, rules_key, "en", 14, DEMO_TODAY)

    first = work()
    assert work() is first  # a rerun gets the same frame back, not a copy
    number = first["tracking_number"].iloc[-1]
    upsert_claim(db, number, today=DEMO_TODAY, status="filed", amount_claimed=30.0, currency="USD")
    after = work()
    assert after is not first
    found = estimate_candidates(db, scope, rules, "en", with_reasons=False, today=DEMO_TODAY)
    pd.testing.assert_frame_equal(selection.in_order(after), attach_claims(found, get_claims(db), 14))
    row = after.loc[after["tracking_number"] == number].iloc[0]
    assert (row["claim_status"], row["amount_claimed"], row["urgency"]) == ("filed", 30.0, "in_progress")
    db.close()
