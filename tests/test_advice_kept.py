"""The closed parcels' rows of the advice's pass kept in the database (lossanalytics.advice.kept_figures): read
back by a later process only for an unfiltered scope of its own data version, exchange rates and way of
counting order IDs, as of a day after the newest ship date; computed again otherwise, and the same
figures either way."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path
from typing import Any

from lossanalytics.advice.carrier_choice import risky_lanes
from lossanalytics.advice.figures import AdviceFigures, advice_figures
from lossanalytics.advice.preferences import AdviceSettings
from lossanalytics.analytics.filters import Filters
from lossanalytics.analytics.metrics import rates_many
from lossanalytics.analytics.scope import AnalysisScope
from lossanalytics.analytics.thresholds import DetectionSettings
from lossanalytics.claims.rule_types import Rules
from lossanalytics.claims.rules import default_rules
from lossanalytics.storage.db import Database
from tests.test_detect_lanes import OPEN, SCOPE, history, insert, parcel

# history()'s 60 delivered parcels and OPEN's 13: 8 suspected lost, 5 in transit.
COUNTS = {"parcels": 73, "judged": 73, "suspected": 8, "open": 13, "damaged": 0, "returned": 0, "insured": 10}
# Kept: the delivered parcels of the three lanes, the UPS ones insured or not (10 each).
KEPT_ROWS = 4
# As of 2026-11-10 four of OPEN's parcels have not shipped yet (tests/test_closed_rates.py).
BEFORE_NEWEST_SHIP = date(2026, 11, 10)


def valued(db: Database, rows: list[dict[str, Any]]) -> None:
    """`rows` inserted with a declared value in US dollars each (100 + 10 per character of the tracking
    number), the first ten UPS parcels insured."""
    insert(db, rows)
    db.execute("UPDATE merged_parcels SET declared_value = 100 + 10 * length(tracking_number), currency = 'USD'")
    db.execute("UPDATE merged_parcels SET insured_value = declared_value "
               "WHERE tracking_number IN (SELECT 'UPS-' || i FROM range(10) AS t(i))")


def figures(db: Database, scope: AnalysisScope = SCOPE, rules: Rules | None = None) -> AdviceFigures:
    cfg = AdviceSettings()
    lanes = rates_many(db, ("carrier", "lane"), scope)["lane"]
    return advice_figures(db, scope, lanes, risky_lanes(lanes, cfg.alpha), rules or default_rules(), cfg)


def summary(found: AdviceFigures) -> dict[str, Any]:
    """Every figure the pass and the aggregation give, frames as records."""
    return {**{name: getattr(found, name) for name in COUNTS}, "claimable": found.claimable,
            "affected": found.affected, "suspected_value": found.suspected_value,
            "missing": found.missing.to_dict("records"), "insurance": found.insurance.to_dict("records")}


def stored(db: Database) -> int:
    return int(db.scalar("SELECT count(*) FROM advice_kinds_store"))


def mark(db: Database) -> None:
    """Mark the kept rows, so that a test sees whether they answer: 100 more parcels each."""
    db.execute("UPDATE advice_kinds_store SET parcels = parcels + 100")


def test_a_later_process_reads_the_kept_rows_and_gets_the_same_figures(tmp_path: Path) -> None:
    path = tmp_path / "advice.duckdb"
    first = Database(path)
    valued(first, history() + OPEN)
    learned = summary(figures(first))
    assert {name: learned[name] for name in COUNTS} == COUNTS
    assert stored(first) == KEPT_ROWS
    first.close()

    reader = Database(path, read_only=True)
    judged = summary(figures(reader))
    reader.close()
    later = Database(path)
    assert summary(figures(later)) == learned == judged
    mark(later)
    assert figures(later).parcels == 73 + 100 * KEPT_ROWS
    later.close()


def test_the_insurance_is_weighed_on_every_parcel_whatever_is_kept(db: Database) -> None:
    # Ten more delivered YunExpress parcels make its lane big enough to rate (35 parcels, 3 suspected lost).
    more = [parcel(f"YUN-X{i}", "YunExpress", "air", "CN-DE", 50, 40, "delivered", "Delivered", delivered=40)
            for i in range(10)]
    valued(db, history() + OPEN + more)
    first = figures(db).insurance
    assert first.loc[:, ["carrier", "parcels", "worth"]].to_dict("records") == [
        {"carrier": "YunExpress", "parcels": 35, "worth": 35}]
    mark(db)
    # The lanes' weighing reads the parcels themselves, not the kept counts.
    assert figures(db).insurance.to_dict("records") == first.to_dict("records")


def test_a_new_import_forgets_them(tmp_path: Path) -> None:
    path = tmp_path / "advice.duckdb"
    first = Database(path)
    valued(first, history() + OPEN)
    figures(first)
    mark(first)
    insert(first, [parcel(f"DHL-{i}", "DHL", "express", "CN-GB", 30, 25, "delivered", "Delivered", delivered=25)
                   for i in range(3)])
    first.close()

    later = Database(path)
    assert figures(later).parcels == 76
    # The new version's rows alone: one more delivered lane, whose parcels have no declared value.
    assert stored(later) == KEPT_ROWS + 1
    assert later.scalar("SELECT count(DISTINCT version) FROM advice_kinds_store") == 1
    later.close()


def test_a_filtered_scope_or_an_earlier_day_neither_reads_nor_keeps_them(db: Database) -> None:
    valued(db, history() + OPEN)
    filtered = AnalysisScope(SCOPE.as_of, DetectionSettings(), Filters(carriers=("UPS",)))
    early = AnalysisScope(BEFORE_NEWEST_SHIP, DetectionSettings())
    before = (figures(db, filtered).parcels, figures(db, early).parcels)
    assert before == (22, 69)
    assert stored(db) == 0
    figures(db)
    mark(db)
    assert (figures(db, filtered).parcels, figures(db, early).parcels) == before


def test_other_exchange_rates_neither_read_nor_replace_them_unasked(db: Database) -> None:
    valued(db, history() + OPEN)
    figures(db)
    mark(db)
    rules = default_rules()
    other = dataclasses.replace(rules, usd_per_unit={**rules.usd_per_unit, "USD": 1.0, "XTS": 3.0})
    assert figures(db, rules=other).parcels == 73
    # Kept again under the other rates; the first rates' rows are computed afresh.
    assert stored(db) == KEPT_ROWS
    assert figures(db).parcels == 73


def test_nothing_is_kept_while_another_write_is_under_way(db: Database) -> None:
    valued(db, history() + OPEN)
    with db.transaction():
        assert figures(db).parcels == 73
    assert stored(db) == 0


def test_the_threshold_is_kept_and_read_back_for_the_same_values_only(db: Database) -> None:
    valued(db, history() + OPEN)
    # 73 values of 140 to 240 US dollars: numpy's "lower" 0.9 quantile is the 65th smallest, 190.
    assert figures(db).threshold_usd == 190.0
    assert db.scalar("SELECT count(*) FROM threshold_store") == 1
    db.execute("UPDATE threshold_store SET threshold_usd = 175")
    assert figures(db).threshold_usd == 175.0
    # UPS's 22 parcels: ten of 150, ten of 160, 180 and 200 US dollars; the 19th smallest is 160.
    filtered = AnalysisScope(SCOPE.as_of, DetectionSettings(), Filters(carriers=("UPS",)))
    assert figures(db, filtered).threshold_usd == 160.0
    # As of 2026-11-10, without A-STALLED, A-QUIET, A-EXCEPTION and D-EXPIRED: the 62nd of 69 values, 180.
    early = AnalysisScope(BEFORE_NEWEST_SHIP, DetectionSettings())
    assert figures(db, early).threshold_usd == 180.0
