"""The closed parcels' rows of the rates kept in the database: read back by a later process only for
an unfiltered scope of its own data version and groupings, as of a day after the newest ship date;
computed again otherwise, and the same figures either way."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pandas as pd

from lossanalytics.analytics.detect import outcome_query
from lossanalytics.analytics.filters import Filters
from lossanalytics.analytics.metrics import rates_by_grouping, rates_many, rates_sql
from lossanalytics.analytics.scope import AnalysisScope
from lossanalytics.analytics.thresholds import DetectionSettings
from lossanalytics.storage.db import Database
from tests.test_detect_lanes import AS_OF, OPEN, SCOPE, history, insert, parcel

BYS = ("carrier", "lane")
# The newest ship date of history() + OPEN is A-STALLED's and A-QUIET's, 2026-11-14 00:00.
BEFORE_NEWEST_SHIP = date(2026, 11, 10)
# Per carrier: history()'s 20 delivered parcels and OPEN's parcels, suspected lost as its comments say
# (YunExpress: A-STALLED, A-OVERDUE, A-EXC-STUCK; China Post: B-CUSTOMS-LONG, B-SILENT; UPS: C-EDD-LATE;
# Yanwen: D-EXPIRED, D-NOT-FOUND), the others in transit.
EXPECTED = {
    # carrier: (shipments, delivered, suspected_lost, in_transit)
    "YunExpress": (25, 20, 3, 2),
    "China Post": (23, 20, 2, 1),
    "UPS": (22, 20, 1, 1),
    "Yanwen": (2, 0, 2, 0),
    "COSCO": (1, 0, 0, 1),
}
# Kept: the three delivered lanes' fine rows and the five carriers' coarse rows (their percentiles).
KEPT_ROWS = 8


def figures(frame: pd.DataFrame) -> dict[str, tuple[int, int, int, int]]:
    return {row["carrier"]: (row["shipments"], row["delivered"], row["suspected_lost"], row["in_transit"])
            for row in frame.to_dict("records")}


def one_statement(db: Database, scope: AnalysisScope) -> dict[str, pd.DataFrame]:
    """The rates as rates_sql computes them in one statement (Spark, lakes, filtered scopes)."""
    query = outcome_query(db, scope)
    return rates_by_grouping(db.query_df(rates_sql(query, BYS), query.params, query.tables), BYS)


def stored(db: Database) -> int:
    return int(db.scalar("SELECT count(*) FROM closed_rates_store"))


def mark(db: Database) -> None:
    """Mark the kept rows, so that a test sees whether they answer: 100 more delivered parcels each."""
    db.execute("UPDATE closed_rates_store SET shipments = shipments + 100 WHERE part = 'fine'")


def test_a_later_process_reads_the_kept_rows_and_gets_the_same_figures(tmp_path: Path) -> None:
    path = tmp_path / "rates.duckdb"
    first = Database(path)
    insert(first, history() + OPEN)
    learned = rates_many(first, BYS, SCOPE)
    assert figures(learned["carrier"]) == EXPECTED
    assert stored(first) == KEPT_ROWS
    expected = one_statement(first, SCOPE)
    first.close()

    later = Database(path)
    kept = rates_many(later, BYS, SCOPE)
    for by in BYS:
        pd.testing.assert_frame_equal(learned[by], expected[by], check_exact=True)
        pd.testing.assert_frame_equal(kept[by], expected[by], check_exact=True)
    mark(later)
    marked = figures(rates_many(later, BYS, SCOPE)["carrier"])
    assert marked == {"YunExpress": (125, 120, 3, 2), "China Post": (123, 120, 2, 1), "UPS": (122, 120, 1, 1),
                      "Yanwen": (2, 0, 2, 0), "COSCO": (1, 0, 0, 1)}
    later.close()


def test_kept_rows_answer_their_own_groupings_only(db: Database) -> None:
    insert(db, history() + OPEN)
    rates_many(db, BYS, SCOPE)
    mark(db)
    carriers = rates_many(db, ("carrier",), SCOPE)["carrier"]
    assert figures(carriers) == EXPECTED
    # Each grouping keeps its own rows: the carrier set alone has no coarse set, so its 3 fine rows.
    assert stored(db) == KEPT_ROWS + 3


def test_a_new_import_forgets_them(tmp_path: Path) -> None:
    path = tmp_path / "rates.duckdb"
    first = Database(path)
    insert(first, history() + OPEN)
    rates_many(first, BYS, SCOPE)
    mark(first)
    insert(first, [parcel(f"DHL-{i}", "DHL", "express", "CN-GB", 30, 25, "delivered", "Delivered", delivered=25)
                   for i in range(3)])
    first.close()

    later = Database(path)
    assert figures(rates_many(later, BYS, SCOPE)["carrier"]) == {**EXPECTED, "DHL": (3, 3, 0, 0)}
    # The new version's rows alone: one more delivered lane and one more carrier.
    assert stored(later) == KEPT_ROWS + 2
    assert later.scalar("SELECT count(DISTINCT version) FROM closed_rates_store") == 1
    later.close()


def test_a_filtered_scope_neither_reads_nor_keeps_them(db: Database) -> None:
    insert(db, history() + OPEN)
    filtered = AnalysisScope(AS_OF, DetectionSettings(), Filters(carriers=("UPS",)))
    assert figures(rates_many(db, BYS, filtered)["carrier"]) == {"UPS": EXPECTED["UPS"]}
    assert stored(db) == 0
    rates_many(db, BYS, SCOPE)
    mark(db)
    assert figures(rates_many(db, BYS, filtered)["carrier"]) == {"UPS": EXPECTED["UPS"]}


def test_an_as_of_day_before_the_newest_ship_date_neither_reads_nor_keeps_them(db: Database) -> None:
    insert(db, history() + OPEN)
    early = AnalysisScope(BEFORE_NEWEST_SHIP, DetectionSettings())
    # As of 2026-11-10 only the parcels shipped before 2026-11-11 count: of OPEN, A-OVERDUE
    # (2026-11-06), A-EXC-STUCK (2026-11-10), the three China Post ones (2026-10-23), C-EDD-OK
    # (2026-11-07), C-EDD-LATE (2026-11-04), D-NOT-FOUND (2026-11-01) and E-SEA-CUSTOMS (2026-10-13).
    expected_early = {"YunExpress": 22, "China Post": 23, "UPS": 22, "Yanwen": 1, "COSCO": 1}
    shipped = {carrier: row[0] for carrier, row in figures(rates_many(db, BYS, early)["carrier"]).items()}
    assert shipped == expected_early
    assert stored(db) == 0
    rates_many(db, BYS, SCOPE)
    mark(db)
    shipped = {carrier: row[0] for carrier, row in figures(rates_many(db, BYS, early)["carrier"]).items()}
    assert shipped == expected_early


def test_a_read_only_database_neither_reads_nor_keeps_them(tmp_path: Path) -> None:
    path = tmp_path / "rates.duckdb"
    first = Database(path)
    insert(first, history() + OPEN)
    first.close()

    reader = Database(path, read_only=True)
    assert figures(rates_many(reader, BYS, SCOPE)["carrier"]) == EXPECTED
    reader.close()
    writer = Database(path)
    assert stored(writer) == 0
    rates_many(writer, BYS, SCOPE)
    mark(writer)
    writer.close()
    reader = Database(path, read_only=True)
    assert figures(rates_many(reader, BYS, SCOPE)["carrier"]) == EXPECTED
    reader.close()


def test_nothing_is_kept_while_another_write_is_under_way(db: Database) -> None:
    insert(db, history() + OPEN)
    with db.transaction():
        assert figures(rates_many(db, BYS, SCOPE)["carrier"]) == EXPECTED
    assert stored(db) == 0
