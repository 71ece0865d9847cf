"""Normalise the staged rows once, then store them: parcel rows or scans, rejects, merged parcels."""

from __future__ import annotations

import pyarrow as pa

from lossanalytics.importing.fields import FIELDS, ORDER_KEY_PREFIX, Parse
from lossanalytics.importing.plan import PLAUSIBLE_RANGES, Plan
from lossanalytics.importing.readers import StagedFile
from lossanalytics.importing.sqltext import execute
from lossanalytics.storage.db import Session, compiled, identifier, identifiers, named_query, render
from lossanalytics.storage.parcel_columns import PARCEL_COLUMNS

STAGE_COLUMNS = (*PARCEL_COLUMNS, "event_time", "location")
SQL_TYPES = {Parse.DATE: "TIMESTAMP", Parse.NUMBER: "DOUBLE", Parse.WEIGHT: "DOUBLE"}
SUMMED = ("declared_value", "weight_kg", "insured_value")  # added up over a parcel's line items
EARLIEST, LATEST = "1990-01-01", "2100-01-01"
# Candidate rows merged into parcels by one statement (rebuild_merge.sql). Merging a million
# parcels at once held 3 GB more; a quarter of a million rows keeps it under half a gigabyte.
MERGE_ROWS = 250_000


def normalise(session: Session, staged: StagedFile, plan: Plan) -> None:
    """Create temp table stage_norm: one typed, canonical row per non-blank source row,
    with `reject_reason` (why it cannot be stored) and `problems` (bits of unread values).

    Three steps in one statement: parse every field; drop dates outside any plausible
    shipping era (typos, 1900-01-01 placeholders, Excel's zero date) and numbers outside
    PLAUSIBLE_RANGES (negative weights, absurd values); judge each row.
    """
    parsed = ["s.rid AS rid", "s.rid + $source_offset AS source_row"]
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
    sql = render(
        named_query("import_store", "normalise"),
        stage_columns=identifiers(STAGE_COLUMNS, STAGE_COLUMNS), problems=compiled(plan.problems),
        reject_reason=compiled(plan.reject_reason), plausible=[compiled(e) for e in plausible + helpers],
        parsed=[compiled(e) for e in parsed], joins=compiled(" ".join(plan.joins)), blank=compiled(blank),
    )
    execute(session, sql, {**plan.params, "source_offset": staged.header_row + 1})


def record_rejects(session: Session, import_id: int, plan: Plan) -> None:
    """Keep every rejected row and every value left empty, with row, column and reason."""
    for reason, header in plan.reject_headers.items():
        # The raw text where it explains the reason (a number Excel rounded), read back by rid.
        raw = plan.reject_values.get(reason, "NULL")
        execute(
            session, render(named_query("import_store", "rejected_rows"), raw=compiled(raw)),
            {**plan.params, "id": import_id, "header": header, "reason": reason},
        )
    if not plan.checks:
        return
    session.register("checks", pa.table({
        "flag": pa.array([1 << c.bit for c in plan.checks], pa.int32()),
        "bit": pa.array([c.bit for c in plan.checks], pa.int32()),
        "header": [c.header for c in plan.checks],
        "reason": [c.reason for c in plan.checks],
    }))
    raw = "CASE c.bit " + " ".join(f"WHEN {c.bit} THEN {c.raw}" for c in plan.checks) + " END"
    session.execute(render(named_query("import_store", "warned_values"), raw=compiled(raw)), {"id": import_id})
    session.unregister("checks")


def stage_incoming(session: Session, import_id: int, kind: str, line_items: bool) -> None:
    """Leave temp view `incoming`: the parcel rows this import brings (source_row and
    PARCEL_COLUMNS), read from memory. An event log's scans and their per-parcel summary
    rows are stored here already; other rows wait for sort_keys and store_rows.
    """
    params = {"import_id": import_id, "kind": kind}
    columns = identifiers(PARCEL_COLUMNS, PARCEL_COLUMNS)
    if kind == "events":
        session.run_script("import_events", params)
        session.run_script("import_event_summary", params)
        session.execute(
            render(named_query("import_store", "stored_rows_of_import"), columns=columns), {"import_id": import_id}
        )
        session.execute(named_query("import_store", "incoming_from_rows"))
        return
    if line_items:
        values = [
            render(named_query("import_store", "summed" if c in SUMMED else "first_known"),
                   column=identifier(c, PARCEL_COLUMNS))
            for c in PARCEL_COLUMNS[1:]
        ]
        session.execute(render(named_query("import_store", "line_items"), values=values))
        session.execute(named_query("import_store", "incoming_from_rows"))
    else:
        session.execute(render(named_query("import_store", "incoming_from_stage"), columns=columns))


def sort_keys(session: Session, import_id: int, kind: str) -> None:
    """Split the keys of the incoming rows into new and touched ones (temp table
    touched_keys, import_keys.sql), before the rows are stored."""
    session.run_script("import_keys", {"import_id": import_id, "kind": kind})


def store_rows(session: Session, import_id: int, kind: str) -> tuple[int, int]:
    """Store the incoming rows (a new key's row as its own parcel) and find the parcels
    they change (import_affected.sql).

    Returns (parcels touched, parcels already known before this import).
    """
    if kind != "events":
        merged = session.execute(named_query("import_store", "known_keys"))[0][0]
        is_parcel = named_query("import_store", "new_key_is_parcel" if merged else "every_row_is_parcel")
        session.execute(
            render(named_query("import_store", "store_rows"), columns=identifiers(PARCEL_COLUMNS, PARCEL_COLUMNS),
                   is_parcel=is_parcel),
            {"import_id": import_id, "kind": kind},
        )
    session.run_script("import_affected")
    touched, affected = session.execute(named_query("import_store", "touched_counts"))[0]
    if not affected:
        return touched, 0
    updated = session.execute(named_query("import_store", "updated_parcels"))[0][0]
    return touched, updated


def merge_batches(rows: int) -> int:
    """How many shares rebuild_merge.sql merges `rows` candidate rows in: at most MERGE_ROWS each."""
    return max(1, -(-rows // MERGE_ROWS))


def rebuild(session: Session) -> None:
    """Re-derive the parcels in affected_keys and affected_orders (import_affected.sql)."""
    if not session.execute(named_query("import_store", "affected_count"))[0][0]:
        return
    session.run_script("rebuild_parcels", {"order_prefix": ORDER_KEY_PREFIX})
    batches = merge_batches(session.execute(named_query("import_store", "candidate_count"))[0][0])
    for batch in range(batches):
        session.run_script("rebuild_merge", {"batch": batch, "batches": batches})


def drop_temp_tables(session: Session) -> None:
    """Drop what an import or a re-read leaves (drop_import_temps.sql)."""
    session.run_script("drop_import_temps")
