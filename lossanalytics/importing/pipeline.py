"""Import one export file as one transaction: read, recognise, normalise, store, merge."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from lossanalytics.db import Database, Session, load_sql
from lossanalytics.importing.errors import ImportProblem
from lossanalytics.importing.fields import FIELDS, TRACKING_FIELDS, Parse
from lossanalytics.importing.plan import Plan, build_plan
from lossanalytics.importing.readers import StagedFile, stage_file

# parcel_rows columns filled from the plan (weight arrives as "weight", stored in kg).
ROW_COLUMNS: tuple[str, ...] = (
    "tracking_number", "carrier", "carrier_raw", "service", "mode", "order_id", "marketplace",
    "origin_country", "dest_country", "ship_date", "estimated_delivery_date", "delivered_date",
    "last_event_time", "last_event_text", "status", "status_raw", "declared_value", "currency",
    "weight_kg", "insured_value",
)
COLUMN_TYPES = {
    Parse.DATE: "TIMESTAMP", Parse.NUMBER: "DOUBLE", Parse.WEIGHT: "DOUBLE",
}
WARNING_REASONS = {
    Parse.DATE: "reject.bad_date",
    Parse.NUMBER: "reject.bad_number",
    Parse.WEIGHT: "reject.bad_number",
    Parse.COUNTRY: "reject.unknown_country",
    Parse.CURRENCY: "reject.unknown_currency",
}


@dataclass
class ImportResult:
    """What happened to one file: counts, what was recognised, or why it failed."""

    file_name: str
    outcome: str                       # imported | duplicate | failed
    import_id: int | None = None
    detected_format: str = ""
    kind: str = ""
    sheet: str | None = None
    encoding: str | None = None
    rows_read: int = 0
    rows_stored: int = 0
    rows_updated: int = 0
    rows_rejected: int = 0
    rows_warned: int = 0
    mapping: dict[str, str] = field(default_factory=dict)   # canonical field → header in the file
    notes: dict[str, str] = field(default_factory=dict)
    problem: ImportProblem | None = None
    previous_import_at: datetime | None = None


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def import_paths(db: Database, paths: Iterable[Path]) -> list[ImportResult]:
    """Import several files, each in its own transaction, in the order given."""
    return [import_file(db, Path(path)) for path in paths]


def import_file(db: Database, path: Path, file_name: str | None = None) -> ImportResult:
    """Import one file; a file that was imported before changes nothing.

    `file_name` is what the seller called the file (an upload's name); it is only
    ever shown, never used as a path.
    """
    name = file_name or Path(path).name
    sha = file_sha256(path)
    previous = db.query(
        "SELECT imported_at FROM imports WHERE sha256 = $sha ORDER BY id LIMIT 1", {"sha": sha}
    )
    if previous.num_rows:
        return ImportResult(name, "duplicate", previous_import_at=previous.column(0)[0].as_py())
    try:
        with db.transaction() as session:
            return _import_in_transaction(session, Path(path), name, sha)
    except ImportProblem as problem:
        return ImportResult(name, "failed", problem=problem)


def _import_in_transaction(session: Session, path: Path, name: str, sha: str) -> ImportResult:
    staged = stage_file(session, path, name)
    plan = build_plan(session, staged)
    mapping = staged.recognition.mapping
    kind = "events" if "event_time" in mapping else "tracking" if TRACKING_FIELDS & set(mapping) else "orders"
    import_id = session.execute("SELECT nextval('import_id_seq')")[0][0]
    _normalise(session, staged, plan)
    rows_read = session.execute("SELECT count(*) FROM stage_norm")[0][0]
    key_field = "tracking_number"
    required = ["tracking_number"] + (["event_time"] if kind == "events" else [])
    _record_rejects(session, import_id, plan, required)
    session.execute(
        "CREATE OR REPLACE TEMP TABLE affected_keys AS "
        f"SELECT DISTINCT {key_field} AS tracking_number FROM stage_norm WHERE accepted"
    )
    updated = session.execute(
        "SELECT count(*) FROM affected_keys WHERE tracking_number IN (SELECT tracking_number FROM parcels)"
    )[0][0]
    affected = session.execute("SELECT count(*) FROM affected_keys")[0][0]
    if kind == "events":
        session.execute(load_sql("import_events"), {"import_id": import_id})
        session.execute(load_sql("import_event_summary"), {"import_id": import_id})
    else:
        columns = ", ".join(ROW_COLUMNS)
        session.execute(
            f"INSERT INTO parcel_rows (import_id, source_row, kind, {columns}) "
            f"SELECT $import_id, source_row, $kind, {columns} FROM stage_norm WHERE accepted",
            {"import_id": import_id, "kind": kind},
        )
    session.execute(load_sql("rebuild_parcels"))
    rejected = session.execute("SELECT count(*) FROM stage_norm WHERE NOT accepted")[0][0]
    warned = session.execute(
        "SELECT count(DISTINCT source_row) FROM rejects WHERE import_id = $id AND severity = 'warning'",
        {"id": import_id},
    )[0][0]
    detected = staged.recognition.dialect.name
    session.execute(
        "INSERT INTO imports VALUES ($id, $name, $sha, $format, $kind, $read, $stored, $updated, $rejected, $at)",
        {
            "id": import_id, "name": name, "sha": sha, "format": detected, "kind": kind, "read": rows_read,
            "stored": affected - updated, "updated": updated, "rejected": rejected,
            "at": datetime.now(timezone.utc).replace(tzinfo=None),
        },
    )
    for temp in ("stage_raw", "stage_norm", "affected_keys"):
        session.execute(f"DROP TABLE IF EXISTS {temp}")
    return ImportResult(
        file_name=name, outcome="imported", import_id=import_id, detected_format=detected, kind=kind,
        sheet=staged.sheet, encoding=staged.encoding, rows_read=rows_read, rows_stored=affected - updated,
        rows_updated=updated, rows_rejected=rejected, rows_warned=warned, mapping=plan.headers, notes=plan.notes,
    )


def _normalise(session: Session, staged: StagedFile, plan: Plan) -> None:
    """Create temp table stage_norm: one typed, canonical row per non-blank source row."""
    # rowids of a table made in this transaction are contiguous but offset; rebase to the file's rows.
    selects = [f"s.rowid - (SELECT min(rowid) FROM stage_raw) + {staged.header_row + 1} AS source_row"]
    for column in (*ROW_COLUMNS, "event_time", "location"):
        source_field = "weight" if column == "weight_kg" else column
        kind = FIELDS.get(source_field)
        sql_type = COLUMN_TYPES.get(kind, "VARCHAR") if kind else "VARCHAR"
        expression = plan.expressions.get(source_field)
        if column == "status_raw":
            expression = plan.raw.get("status")
        selects.append(f"CAST({expression or 'NULL'} AS {sql_type}) AS {column}")
    for name, raw in plan.raw.items():
        selects.append(f"{raw} AS raw_{name}")
    cells = " OR ".join(f"nullif(trim(CAST(s.c{i} AS VARCHAR)), '') IS NOT NULL" for i in range(len(staged.headers)))
    session.execute(
        "CREATE OR REPLACE TEMP TABLE stage_norm AS SELECT *, true AS accepted FROM ("
        f"SELECT {', '.join(selects)} FROM stage_raw AS s {' '.join(plan.joins)} WHERE {cells})",
        plan.params or None,
    )


def _record_rejects(session: Session, import_id: int, plan: Plan, required: list[str]) -> None:
    """Reject rows missing a required field; warn about values that could not be read."""
    for name in required:
        session.execute(
            "INSERT INTO rejects SELECT $id, source_row, $header, NULL, 'rejected', $reason "
            f"FROM stage_norm WHERE {name} IS NULL",
            {"id": import_id, "header": plan.headers.get(name, name), "reason": f"reject.missing_{name}"},
        )
        session.execute(f"UPDATE stage_norm SET accepted = false WHERE {name} IS NULL")
    for name in plan.raw:
        kind = FIELDS.get(name)
        column = "weight_kg" if name == "weight" else name
        if kind is Parse.STATUS:
            condition, reason = "status = 'unknown'", "reject.unknown_status"
        elif kind in WARNING_REASONS:
            condition, reason = f"{column} IS NULL", WARNING_REASONS[kind]
        else:
            continue
        session.execute(
            "INSERT INTO rejects SELECT $id, source_row, $header, raw_" + name + ", 'warning', $reason "
            f"FROM stage_norm WHERE accepted AND raw_{name} IS NOT NULL AND {condition}",
            {"id": import_id, "header": plan.headers.get(name, name), "reason": reason},
        )


def undo_import(db: Database, import_id: int) -> int:
    """Remove everything one import brought and re-derive the parcels it touched; returns rows removed."""
    with db.transaction() as session:
        found = session.execute("SELECT count(*) FROM imports WHERE id = $id", {"id": import_id})[0][0]
        if not found:
            raise ImportProblem("import.error.no_such_import", import_id=import_id)
        session.execute(
            "CREATE OR REPLACE TEMP TABLE affected_keys AS "
            "SELECT DISTINCT tracking_number FROM parcel_rows WHERE import_id = $id "
            "UNION SELECT DISTINCT tracking_number FROM tracking_events WHERE import_id = $id",
            {"id": import_id},
        )
        removed = session.execute("SELECT count(*) FROM parcel_rows WHERE import_id = $id", {"id": import_id})[0][0]
        for table in ("parcel_rows", "tracking_events", "rejects"):
            session.execute(f"DELETE FROM {table} WHERE import_id = $id", {"id": import_id})
        session.execute("DELETE FROM imports WHERE id = $id", {"id": import_id})
        session.execute(load_sql("rebuild_parcels"))
        session.execute("DROP TABLE affected_keys")
        return removed
