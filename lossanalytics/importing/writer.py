"""Normalise the staged rows once, then store them: parcel rows or scans, rejects, merged parcels."""

from __future__ import annotations

import pyarrow as pa

from lossanalytics.importing.fields import FIELDS, ORDER_KEY_PREFIX, Parse
from lossanalytics.importing.plan import PLAUSIBLE_RANGES, Plan
from lossanalytics.importing.readers import StagedFile
from lossanalytics.importing.sqltext import execute, run_script
from lossanalytics.storage.db import Session
from lossanalytics.storage.parcel_columns import PARCEL_COLUMNS

STAGE_COLUMNS = (*PARCEL_COLUMNS, "event_time", "location")
# A row's fields as a parcel of its own (the view parcels reads them where is_parcel),
# by the rules of schema.sql that a merged parcel follows in rebuild_parcels.sql.
AS_PARCEL = {
    "parcel_status": "parcel_status(nullif(status, 'unknown'), delivered_date)",
    "parcel_delivered_date": "parcel_delivered_date(nullif(status, 'unknown'), delivered_date, last_event_time)",
}
SQL_TYPES = {Parse.DATE: "TIMESTAMP", Parse.NUMBER: "DOUBLE", Parse.WEIGHT: "DOUBLE"}
SUMMED = ("declared_value", "weight_kg", "insured_value")  # added up over a parcel's line items
EARLIEST, LATEST = "1990-01-01", "2100-01-01"
TEMP_TABLES = ("stage_csv", "stage_norm", "incoming_rows", "touched_keys", "affected_keys", "affected_orders",
               "rebuild_keys", "candidate_rows")
TEMP_VIEWS = ("incoming", "stage_raw")


def normalise(session: Session, staged: StagedFile, plan: Plan) -> None:
    """Create temp table stage_norm: one typed, canonical row per non-blank source row,
    with `reject_reason` (why it cannot be stored) and `problems` (bits of unread values).

    Three steps in one statement: parse every field; drop dates outside any plausible
    shipping era (typos, 1900-01-01 placeholders, Excel's zero date) and numbers outside
    PLAUSIBLE_RANGES (negative weights, absurd values); judge each row.
    """
    parsed = ["s.rid AS rid", f"s.rid + {staged.header_row + 1} AS source_row"]
    plausible = ["rid", "source_row"]
    for column in STAGE_COLUMNS:
        kind = FIELDS.get("weight" if column == "weight_kg" else column)
        expression = plan.expressions.get("weight" if column == "weight_kg" else column, "NULL")
        parsed.append(f"CAST({expression} AS {SQL_TYPES.get(kind, 'VARCHAR')}) AS {column}")
        if kind is Parse.DATE:
            plausible.append(
                f"CASE WHEN {column} BETWEEN TIMESTAMP '{EARLIEST}' AND TIMESTAMP '{LATEST}' THEN {column} END AS {column}")
        elif column in PLAUSIBLE_RANGES:
            within = f"{column} BETWEEN {PLAUSIBLE_RANGES[column][0]!r} AND {PLAUSIBLE_RANGES[column][1]!r}"
            plausible += [f"CASE WHEN {within} THEN {column} END AS {column}",
                          f"coalesce(NOT ({within}), false) AS implausible_{column}"]
        else:
            plausible.append(column)
    helpers = [f"raw_{check.bit}" for check in plan.checks] + list(plan.inner)
    parsed += [f"{check.raw} AS raw_{check.bit}" for check in plan.checks]
    parsed += [f"{sql} AS {name}" for name, sql in plan.inner.items()]
    blank = " AND ".join(f"s.c{i} IS NULL" for i in range(len(staged.headers)))
    execute(
        session,
        f"""
        CREATE OR REPLACE TEMP TABLE stage_norm AS
        SELECT rid, source_row, {', '.join(STAGE_COLUMNS)},
               CAST({plan.problems} AS INTEGER) AS problems, {plan.reject_reason} AS reject_reason
        FROM (
            SELECT {', '.join(plausible + helpers)}
            FROM (SELECT {', '.join(parsed)} FROM stage_raw AS s {' '.join(plan.joins)} WHERE NOT ({blank}))
        )
        """,
        plan.params,
    )


def record_rejects(session: Session, import_id: int, plan: Plan) -> None:
    """Keep every rejected row and every value left empty, with row, column and reason."""
    for reason, header in plan.reject_headers.items():
        # The raw text where it explains the reason (a number Excel rounded), read back by rid.
        raw = plan.reject_values.get(reason, "NULL")
        execute(
            session,
            f"INSERT INTO rejects SELECT $id, n.source_row, $header, {raw}, 'rejected', n.reject_reason "
            "FROM stage_norm AS n JOIN stage_raw AS s ON s.rid = n.rid WHERE n.reject_reason = $reason",
            {**plan.params, "id": import_id, "header": header, "reason": reason},
        )
    if not plan.checks:
        return
    # Few rows have problems: their raw texts are read back from stage_raw by rid.
    session.register("checks", pa.table({
        "flag": pa.array([1 << c.bit for c in plan.checks], pa.int32()),
        "bit": pa.array([c.bit for c in plan.checks], pa.int32()),
        "header": [c.header for c in plan.checks],
        "reason": [c.reason for c in plan.checks],
    }))
    raw = "CASE c.bit " + " ".join(f"WHEN {c.bit} THEN {c.raw}" for c in plan.checks) + " END"
    session.execute(
        f"INSERT INTO rejects SELECT $id, n.source_row, c.header, {raw}, 'warning', c.reason "
        "FROM (SELECT rid, source_row, problems FROM stage_norm WHERE problems <> 0 AND reject_reason IS NULL) AS n "
        "JOIN stage_raw AS s ON s.rid = n.rid JOIN checks AS c ON n.problems & c.flag <> 0 "
        "ORDER BY n.source_row, c.bit",
        {"id": import_id},
    )
    session.unregister("checks")


def stage_incoming(session: Session, import_id: int, kind: str, line_items: bool) -> None:
    """Leave temp view `incoming`: the parcel rows this import brings (source_row and
    PARCEL_COLUMNS), read from memory. An event log's scans and their per-parcel summary
    rows are stored here already; other rows wait for sort_keys and store_rows.
    """
    params = {"import_id": import_id, "kind": kind}
    columns = ", ".join(PARCEL_COLUMNS)
    if kind == "events":
        run_script(session, "import_events", params)
        run_script(session, "import_event_summary", params)
        session.execute(
            f"CREATE OR REPLACE TEMP TABLE incoming_rows AS SELECT source_row, {columns} FROM parcel_rows "
            "WHERE import_id = $import_id",
            {"import_id": import_id},
        )
        session.execute("CREATE OR REPLACE TEMP VIEW incoming AS SELECT * FROM incoming_rows")
        return
    if line_items:
        # One parcel row per key: the first row's facts, the items' values added up.
        values = ", ".join(
            f"sum({c}) AS {c}" if c in SUMMED else f"arg_min({c}, source_row) FILTER (WHERE {c} IS NOT NULL) AS {c}"
            for c in PARCEL_COLUMNS[1:]
        )
        session.execute(
            f"CREATE OR REPLACE TEMP TABLE incoming_rows AS SELECT min(source_row) AS source_row, tracking_number, "
            f"{values} FROM stage_norm WHERE reject_reason IS NULL GROUP BY tracking_number"
        )
        session.execute("CREATE OR REPLACE TEMP VIEW incoming AS SELECT * FROM incoming_rows")
    else:
        session.execute(
            f"CREATE OR REPLACE TEMP VIEW incoming AS "
            f"SELECT source_row, {columns} FROM stage_norm WHERE reject_reason IS NULL"
        )


def sort_keys(session: Session, import_id: int, kind: str) -> None:
    """Split the keys of the incoming rows into new and touched ones (temp table
    touched_keys, import_keys.sql), before the rows are stored."""
    run_script(session, "import_keys", {"import_id": import_id, "kind": kind})


def store_rows(session: Session, import_id: int, kind: str) -> tuple[int, int]:
    """Store the incoming rows (a new key's row as its own parcel) and find the parcels
    they change (import_affected.sql).

    Returns (parcels touched, parcels already known before this import).
    """
    if kind != "events":
        columns = ", ".join(PARCEL_COLUMNS)
        merged = session.execute("SELECT count(*) FROM touched_keys WHERE NOT is_new")[0][0]
        # A first import is all new keys: no test per row.
        known = "SELECT tracking_number FROM touched_keys WHERE NOT is_new"
        is_parcel = f"tracking_number NOT IN ({known})" if merged else "true"
        session.execute(
            f"INSERT INTO parcel_rows (import_id, source_row, kind, {columns}, is_parcel, {', '.join(AS_PARCEL)}) "
            f"SELECT $import_id, source_row, $kind, {columns}, {is_parcel}, {', '.join(AS_PARCEL.values())} "
            "FROM incoming",
            {"import_id": import_id, "kind": kind},
        )
    run_script(session, "import_affected", {})
    touched, affected = session.execute(
        "SELECT (SELECT count(*) FROM touched_keys), (SELECT count(*) FROM affected_keys)"
    )[0]
    if not affected:
        return touched, 0
    # A key new to this import cannot be known already: its only row is this one.
    updated = session.execute(
        """
        SELECT count(DISTINCT tracking_number) FROM stage_norm
        WHERE reject_reason IS NULL AND tracking_number IN (SELECT tracking_number FROM affected_keys)
          AND (tracking_number IN (SELECT tracking_number FROM parcels) OR order_id IN (SELECT order_id FROM parcels))
        """
    )[0][0]
    return touched, updated


def rebuild(session: Session) -> None:
    """Re-derive the parcels in affected_keys and affected_orders (import_affected.sql)."""
    if session.execute("SELECT count(*) FROM affected_keys")[0][0]:
        run_script(session, "rebuild_parcels", {"order_prefix": ORDER_KEY_PREFIX})


def drop_temp_tables(session: Session) -> None:
    for view in TEMP_VIEWS:
        session.execute(f"DROP VIEW IF EXISTS {view}")
    for table in TEMP_TABLES:
        session.execute(f"DROP TABLE IF EXISTS {table}")
