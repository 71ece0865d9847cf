"""Import one export file as one transaction: read, recognise, normalise, store, merge."""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from lossanalytics.importing.carrier_names import refresh_carrier_names
from lossanalytics.importing.catalogue import DIALECTS
from lossanalytics.importing.dialects import Dialect
from lossanalytics.importing.errors import ImportProblem, error_detail
from lossanalytics.importing.fields import TRACKING_FIELDS
from lossanalytics.importing.gaps import data_gaps
from lossanalytics.importing.merged_dates import REASONS as MERGED_DATES_REASONS
from lossanalytics.importing.merged_dates import MergedDates, recheck_merged_dates, warn_merged_dates
from lossanalytics.importing.plan import build_plan
from lossanalytics.importing.profiles import profile_dialects
from lossanalytics.importing.readers import UNRECOGNISED, StagedFile, stage_file
from lossanalytics.importing.writer import (
    drop_temp_tables,
    find_affected,
    judge,
    normalise,
    rebuild,
    record_rejects,
    sort_keys,
    stage_incoming,
    store_normalised,
    store_rows,
)
from lossanalytics.storage.config import UNDO_MEMORY_LIMIT_BYTES, import_memory_limit
from lossanalytics.storage.db import Database, Session
from lossanalytics.storage.sql_text import identifiers, named_query, render

_LOG = logging.getLogger(__name__)
#: The warnings that keep every value as written, for the seller to check: a delivery or a latest scan
#: dated before shipping, in one row or once two files' rows are merged, keeps both dates (only that
#: transit time is left out of the figures). Every other warning is about a value that could not be
#: read and was left empty.
TO_CHECK_REASONS: tuple[str, ...] = (
    "reject.delivered_before_shipped", "reject.scanned_before_shipped", *MERGED_DATES_REASONS,
)


@dataclass
class ImportResult:
    """What happened to one file: counts, what was recognised, or why it failed."""

    file_name: str
    outcome: str                       # imported | duplicate | failed
    import_id: int | None = None
    detected_format: str = ""
    kind: str = ""
    sheet: str | None = None
    sheets: list[str] = field(default_factory=list)  # a workbook's sheets, to offer a choice
    encoding: str | None = None
    delimiter: str | None = None
    rows_read: int = 0
    rows_stored: int = 0               # parcels new to the database
    rows_updated: int = 0              # parcels already known (by key or order id), now updated
    rows_rejected: int = 0
    rows_warned: int = 0               # rows with a value left empty: it could not be read
    rows_to_check: int = 0             # rows whose values were all kept, but some look wrong (TO_CHECK_REASONS)
    # Rows of an order or tracking file that repeat a parcel the file already had, merged into it
    # (an event log's rows are scans, many to a parcel, and a line-item file's are its items: not counted).
    rows_merged: int = 0
    mapping: dict[str, str] = field(default_factory=dict)   # canonical field → header in the file
    notes: dict[str, str] = field(default_factory=dict)
    confidence: float | None = None    # 0–1: how surely the format was recognised (Recognition)
    unused_columns: list[str] = field(default_factory=list)  # headers of columns no field read
    # (header, message key) of unread columns the format explains (Dialect.column_notes), in file order
    column_notes: list[tuple[str, str]] = field(default_factory=list)
    from_header: dict[str, dict[str, str]] = field(default_factory=dict)  # Plan.from_header
    gaps: tuple[str, ...] = ()        # what the file lacks that the figures need (gaps.GAPS)
    # Parcels whose delivery, merged with another row's ship date, comes before it (merged_dates)
    merged_dates: tuple[MergedDates, ...] = ()
    problem: ImportProblem | None = None
    previous_import_at: datetime | None = None

    @property
    def unrecognised(self) -> bool:
        """Whether the file was read but no format knows its columns (a column mapping would help)."""
        return self.problem is not None and self.problem.key == UNRECOGNISED


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def import_paths(db: Database, paths: Iterable[Path]) -> list[ImportResult]:
    """Import several files, each in its own transaction, in the order given."""
    return [import_file(db, Path(path)) for path in paths]


def import_file(
    db: Database, path: Path, file_name: str | None = None, sheet: str | None = None, replaces: int | None = None
) -> ImportResult:
    """Import one file; a file that was imported before changes nothing.

    `file_name` is what the seller called the file (an upload's name); it is only
    ever shown, never used as a path. `sheet` imports that sheet of a workbook instead
    of the best recognised one. Saved column-mapping profiles are tried first.
    `replaces` is an earlier import of the same upload (another sheet, another column
    mapping): it is undone in the same transaction, so a failed import keeps it.
    """
    name = file_name or Path(path).name
    sha = file_sha256(path)
    previous = db.query(named_query("import_run", "previous_import"), {"sha": sha, "replaces": replaces})
    if previous.num_rows:
        return ImportResult(name, "duplicate", previous_import_at=previous.column(0)[0].as_py())
    dialects = (*profile_dialects(db), *DIALECTS)
    try:
        with db.transaction(memory_limit=import_memory_limit()) as session:
            if replaces is not None:
                _remove_import(session, replaces)
            return _import_in_transaction(session, Path(path), name, sha, dialects, sheet)
    except ImportProblem as problem:
        return ImportResult(name, "failed", problem=problem)
    except Exception as exc:  # noqa: BLE001 - a bug must still end in one message, the transaction undone
        _LOG.exception("importing %s failed unexpectedly", name)
        problem = ImportProblem("import.error.internal", file=name, detail=error_detail(exc, Path(path), name))
        return ImportResult(name, "failed", problem=problem)


def _kind(staged: StagedFile) -> str:
    dialect, mapping = staged.recognition.dialect, staged.recognition.mapping
    if dialect.kind:
        return dialect.kind
    if "event_time" in mapping:
        return "events"
    return "tracking" if TRACKING_FIELDS & set(mapping) else "orders"


def _import_in_transaction(
    session: Session, path: Path, name: str, sha: str, dialects: tuple[Dialect, ...], sheet: str | None
) -> ImportResult:
    staged = stage_file(session, path, name, dialects, sheet)
    kind = _kind(staged)
    plan = build_plan(session, staged, kind)
    import_id = session.execute(named_query("import_run", "next_import_id"))[0][0]
    line_items = staged.recognition.dialect.line_items
    if kind == "events" or line_items:  # rows grouped before they are stored
        read, rejected = normalise(session, staged, plan)
    else:
        read, rejected = judge(session, staged, plan, import_id, store_normalised(session, staged, plan, import_id, kind))
    record_rejects(session, import_id, plan)
    stage_incoming(session, import_id, kind, line_items)
    sort_keys(session, import_id, kind)
    if kind != "events" and line_items:
        store_rows(session, import_id, kind)
    affected, updated = find_affected(session, import_id)
    merged = warn_merged_dates(session, import_id, name, plan.headers) if rebuild(session) else ()
    refresh_carrier_names(session)
    warned, to_check = session.execute(named_query("import_run", "warned_rows"),
                                       {"id": import_id, "to_check": list(TO_CHECK_REASONS)})[0]
    detected = staged.recognition.dialect.name
    session.execute(
        named_query("import_run", "record_import"),
        {
            "id": import_id, "name": name, "sha": sha, "format": detected, "kind": kind, "read": read,
            "stored": affected - updated, "updated": updated, "rejected": rejected,
            "at": datetime.now(UTC).replace(tzinfo=None),
        },
    )
    unused = _unused_columns(session, staged)
    drop_temp_tables(session)
    return ImportResult(
        file_name=name, outcome="imported", import_id=import_id, detected_format=detected, kind=kind,
        sheet=staged.sheet, sheets=staged.sheets, encoding=staged.encoding, delimiter=staged.delimiter, rows_read=read,
        rows_stored=affected - updated, rows_updated=updated, rows_rejected=rejected, rows_warned=warned,
        rows_to_check=to_check,
        rows_merged=0 if kind == "events" or line_items else max(0, read - rejected - affected),
        mapping=plan.headers, notes=plan.notes, confidence=staged.recognition.confidence,
        unused_columns=unused, from_header=plan.from_header,
        column_notes=[(header, notes[header]) for header in unused
                      if header in (notes := staged.recognition.dialect.column_notes)],
        gaps=data_gaps((*staged.recognition.mapping, *staged.recognition.dialect.constants)),
        merged_dates=merged,
    )


def _unused_columns(session: Session, staged: StagedFile) -> list[str]:
    """Headers of the columns no field read, in file order; a column without a header
    is named by its number, and listed only when it holds a value."""
    used = {*staged.recognition.mapping.values(), *staged.recognition.fallbacks.values()}
    unused = [(index, header.strip()) for index, header in enumerate(staged.headers) if index not in used]
    blank = [index for index, header in unused if not header]
    filled: set[int] = set()
    if blank:
        columns = identifiers([f"c{i}" for i in blank], [f"c{i}" for i in range(len(staged.headers))])
        counts = session.execute(render(named_query("import_run", "filled_counts"), columns=columns))[0]
        filled = {index for index, count in zip(blank, counts) if count}
    return [header or f"#{index + 1}" for index, header in unused if header or index in filled]


def undo_import(db: Database, import_id: int) -> int:
    """Remove everything one import brought and re-derive the parcels it touched; returns rows removed.

    Unlike an import, an undo runs under a lower memory cap than the dashboard's
    (config.UNDO_MEMORY_LIMIT_BYTES): it is as fast under it, and the dashboard's own cap let the
    process that ran it grow past 2 GB at ten million parcels.
    """
    with db.transaction(memory_limit=db.memory_limit_at_most(UNDO_MEMORY_LIMIT_BYTES)) as session:
        removed = _remove_import(session, import_id)
    if removed is None:
        raise ImportProblem("import.error.no_such_import", import_id=import_id)
    return removed


def _remove_import(session: Session, import_id: int) -> int | None:
    """Undo one import inside `session`; the rows removed, or None when there is no such import."""
    if not session.execute(named_query("import_run", "import_exists"), {"id": import_id})[0][0]:
        return None
    session.execute(named_query("import_run", "touched_by_import"), {"id": import_id})
    # No new keys: every key is rebuilt from the rows that remain.
    session.run_script("import_affected")
    removed = session.execute(named_query("import_run", "rows_of_import"), {"id": import_id})[0][0]
    session.run_script("undo_import", {"id": import_id})
    if rebuild(session):
        recheck_merged_dates(session)
    refresh_carrier_names(session)
    drop_temp_tables(session)
    return removed
