"""Normalise the staged rows and store them: parcel rows or scans, rejects, merged parcels."""

from __future__ import annotations

import pyarrow as pa

from lossanalytics.importing.fields import FIELDS, ORDER_KEY_PREFIX, Parse
from lossanalytics.importing.plan import PLAUSIBLE_RANGES, Check, Plan
from lossanalytics.importing.readers import StagedFile
from lossanalytics.importing.run_sql import execute
from lossanalytics.normalise.statuses import TERMINAL_STATUSES
from lossanalytics.storage.db import Session
from lossanalytics.storage.parcel_columns import PARCEL_COLUMNS
from lossanalytics.storage.sql_text import Sql, compiled, identifier, identifiers, named_query, render

STAGE_COLUMNS = (*PARCEL_COLUMNS, "event_time", "location")
SQL_TYPES = {Parse.DATE: "TIMESTAMP", Parse.NUMBER: "DOUBLE", Parse.WEIGHT: "DOUBLE"}
SUMMED = ("declared_value", "weight_kg", "insured_value")  # added up over a parcel's line items
EARLIEST, LATEST = "1990-01-01", "2100-01-01"
# Candidate rows merged into parcels by one statement (rebuild_merge.sql). Merging a million
# parcels at once held 3 GB more; a quarter of a million rows keeps it under half a gigabyte.
MERGE_ROWS = 250_000


def normalise(session: Session, staged: StagedFile, plan: Plan) -> tuple[int, int]:
    """Create temp table stage_norm: one typed, canonical row per non-blank source row,
    with `reject_reason` (why it cannot be stored) and `problems` (bits of unread values),
    and temp table stage_flags of its rows with either (for record_rejects). Returns the
    rows read and rejected.

    For the imports whose rows are grouped before they are stored (event logs, line
    items); the others are stored straight from the staged cells (store_normalised).
    """
    sql, params = _normalised(staged, plan, plan.checks, judged=True)
    execute(session, render(named_query("import_store", "normalise"), normalised=sql), params)
    session.execute(named_query("import_store", "flags_of_stage_norm"))
    read, rejected = session.execute(named_query("import_store", "staged_counts"))[0]
    return read, rejected


def store_normalised(session: Session, staged: StagedFile, plan: Plan, import_id: int, kind: str) -> int:
    """Normalise the staged rows and store those that can be stored, in one statement:
    every row its own parcel (merged by rebuild when its key is not new). Returns the rows stored.

    Nothing is materialised in between: a million normalised rows held in a temp table
    cost as much again to write and to read back as to store them.
    """
    sql, params = _normalised(staged, plan, [], judged=True)
    insert = render(named_query("import_store", "store_normalised"),
                    columns=identifiers(PARCEL_COLUMNS, PARCEL_COLUMNS), normalised=sql)
    return int(execute(session, insert, {**params, "import_id": import_id, "kind": kind})[0][0])


def judge(session: Session, staged: StagedFile, plan: Plan, import_id: int, stored: int) -> tuple[int, int]:
    """Create temp table stage_flags (as normalise does) after store_normalised, judging
    only what may have failed: each row's reason only when fewer rows were stored than
    read, and only the checks that counts and lookup tables cannot clear (Check).
    Returns the rows read and rejected."""
    counted = [c for c in plan.checks if c.stored is not None]
    present = render(named_query("import_store", "present_counts"), blank=compiled(_all_blank(staged)),
                     counts=[compiled(f"count({c.raw})") for c in counted] or [compiled("0")])
    read, *texts = execute(session, present, plan.params)[0]
    values: tuple[int, ...] = ()
    if counted:
        columns = identifiers([str(c.stored) for c in counted], PARCEL_COLUMNS)
        stored_counts = render(named_query("import_store", "stored_counts"), columns=columns)
        values = session.execute(stored_counts, {"import_id": import_id})[0]
    rejected = stored < read  # every row read is stored, or rejected
    # With rows rejected, the counts of values include theirs: every counted check is judged.
    unread = {c.bit for c, text, value in zip(counted, texts, values) if rejected or value < text}
    doubtful = [c for c in plan.checks
                if c.bit in unread or (c.stored is None and _lookup_fails(session, c, import_id))]
    if rejected or doubtful:
        sql, params = _normalised(staged, plan, doubtful, judged=rejected)
        execute(session, render(named_query("import_store", "flagged_rows"), normalised=sql), params)
    else:
        session.execute(named_query("import_store", "no_flags"))
    return read, read - stored


def _lookup_fails(session: Session, check: Check, import_id: int) -> bool:
    """Whether `check` may fail on a row: a key of its lookup table, or without a lookup a row the
    import stored, fails it; or it says neither."""
    if check.failing is None:
        return True
    if check.lookup is None:
        sql = render(named_query("import_store", "failing_rows"), failing=compiled(check.failing))
        return bool(session.execute(sql, {"import_id": import_id})[0][0])
    sql = render(named_query("import_store", "failing_keys"), lookup=compiled(check.lookup),
                 failing=compiled(check.failing))
    return bool(session.execute(sql)[0][0])


def _all_blank(staged: StagedFile) -> str:
    """SQL over `stage_raw s`: every cell of the row is empty (a blank line is no row)."""
    return " AND ".join(f"s.c{i} IS NULL" for i in range(len(staged.headers)))


def _normalised(staged: StagedFile, plan: Plan, checks: list[Check], judged: bool) -> tuple[Sql, dict[str, object]]:
    """The query of the normalised rows (import_store.sql `normalised`) and its parameters:
    `problems` from `checks` only, `reject_reason` only when `judged` (else NULL).

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
    sql = render(
        named_query("import_store", "normalised"),
        stage_columns=identifiers(STAGE_COLUMNS, STAGE_COLUMNS), problems=compiled(plan.problems(checks)),
        reject_reason=compiled(plan.reject_reason if judged else "CAST(NULL AS VARCHAR)"),
        plausible=[compiled(e) for e in plausible + helpers], parsed=[compiled(e) for e in parsed],
        joins=compiled(" ".join(plan.joins)), blank=compiled(_all_blank(staged)),
    )
    return sql, {**plan.params, "source_offset": staged.header_row + 1}


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
    PARCEL_COLUMNS). An event log's scans and their per-parcel summary rows are stored
    here already, line items wait in memory for sort_keys and store_rows, and other rows
    were stored by store_normalised.
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
        session.execute(named_query("import_store", "incoming_import"), {"import_id": import_id})
        session.execute(render(named_query("import_store", "incoming_from_stored"), columns=columns))


def sort_keys(session: Session, import_id: int, kind: str) -> None:
    """Split the keys of the incoming rows into new and touched ones (temp table
    touched_keys, import_keys.sql), before the rows are stored."""
    session.run_script("import_keys", {"import_id": import_id, "kind": kind})


def store_rows(session: Session, import_id: int, kind: str) -> None:
    """Store the incoming rows held in memory (line items): a new key's row as its own parcel."""
    merged = session.execute(named_query("import_store", "known_keys"))[0][0]
    is_parcel = named_query("import_store", "new_key_is_parcel" if merged else "every_row_is_parcel")
    session.execute(
        render(named_query("import_store", "store_rows"), columns=identifiers(PARCEL_COLUMNS, PARCEL_COLUMNS),
               is_parcel=is_parcel),
        {"import_id": import_id, "kind": kind},
    )


def find_affected(session: Session, import_id: int) -> tuple[int, int]:
    """Find the parcels the stored rows change (import_affected.sql).

    Returns (parcels touched, parcels already known before this import).
    """
    session.run_script("import_affected")
    touched, affected = session.execute(named_query("import_store", "touched_counts"))[0]
    if not affected:
        return touched, 0
    updated = session.execute(named_query("import_store", "updated_parcels"), {"import_id": import_id})[0][0]
    return touched, updated


def merge_batches(rows: int) -> int:
    """How many shares rebuild_merge.sql merges `rows` candidate rows in: at most MERGE_ROWS each."""
    return max(1, -(-rows // MERGE_ROWS))


def rebuild(session: Session) -> bool:
    """Re-derive the parcels in affected_keys and affected_orders (import_affected.sql); whether any
    was (then temp tables candidate_rows and merged_new hold their rows and the merged parcels)."""
    if not session.execute(named_query("import_store", "affected_count"))[0][0]:
        return False
    session.run_script("rebuild_parcels", {"order_prefix": ORDER_KEY_PREFIX})
    batches = merge_batches(session.execute(named_query("import_store", "candidate_count"))[0][0])
    for batch in range(batches):
        session.run_script("rebuild_merge", {"batch": batch, "batches": batches})
    session.run_script("rebuild_store", {"closed": sorted(TERMINAL_STATUSES)})
    return True


def drop_temp_tables(session: Session) -> None:
    """Drop what an import or a re-read leaves (drop_import_temps.sql)."""
    session.run_script("drop_import_temps")
