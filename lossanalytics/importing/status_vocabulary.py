"""What the product could not read, and the seller's own reading of it (issue 11, item 6).

After an import, the status values and event texts that matched no published code, no
carrier phrase and no earlier choice are listed with the parcels they concern. The
seller gives each a canonical status; the choice is kept in status_vocabulary, used by
every later import (the dashboard's and the CLI's: importing.lookups.seller_statuses)
and applied at once to the stored rows, whose parcels are derived again. Values that differ
only in their numbers ("Bay 17 staged", "Bay 4021 staged") are one line, and one choice
covers them all (status_evidence.shape_key), later files' new numbers too. Beside each the
seller may see the status the most alike known texts vote for (normalise.status_hints): a hint
from other carriers' wording, never a status given by itself.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

import pyarrow as pa

from lossanalytics.i18n import Problem
from lossanalytics.importing.lookups import seller_statuses
from lossanalytics.importing.writer import drop_temp_tables, rebuild
from lossanalytics.normalise.status_evidence import Evidence, decide_status, shape_key, vocabulary_key
from lossanalytics.normalise.status_hints import Hint, hints
from lossanalytics.normalise.statuses import STATUSES
from lossanalytics.storage.db import Database, Session
from lossanalytics.storage.sql_text import named_query, render

# The statuses a seller may give a value: "unknown" is what it has already.
ASSIGNABLE = tuple(status for status in STATUSES if status != "unknown")
MAX_VALUE_LENGTH = 500


class VocabularyProblem(Problem):
    """A status the product cannot save, explained in the seller's language."""


@dataclass(frozen=True)
class Unread:
    """A line of values nobody read: its field ("status" or "event_text"), the value that
    stands for its shape, the parcels of all its values, the known texts' vote on that
    value if they agree enough (a hint for the seller, not a status), and how many other
    values of the shape (differing only in numbers) the line covers."""

    field: str
    value: str
    parcels: int
    hint: Hint | None = None
    similar: int = 0


def unread_values(db: Database, limit: int = 500) -> list[Unread]:
    """The status values and event texts that matched nothing, one line per field and shape,
    most parcels first, each with the hint for the value that stands for it."""
    cells = named_query("unread_statuses", "cells")
    values = db.query(render(named_query("unread_statuses", "values"), cells=cells)).column("value").to_pylist()
    shapes = pa.table({"value": pa.array(values, pa.string()),
                       # A value without a shape is a line of its own (its exact key has no tab).
                       "shape": pa.array([shape_key(value) or vocabulary_key(value) for value in values],
                                         pa.string())})
    rows = db.query(render(named_query("unread_statuses", "by_shape"), cells=cells), {"limit": limit},
                    tables={"unread_shapes": shapes}).to_pylist()
    found = hints([row["value"] for row in rows])
    return [Unread(row["field"], row["value"], row["parcels"], hint, row["values_covered"] - 1)
            for row, hint in zip(rows, found)]


def assign_statuses(db: Database, choices: Mapping[str, str]) -> int:
    """Save the seller's status for each raw value and read the stored rows again, those of
    the value's shape too; returns how many parcels got a status from it."""
    for raw, status in choices.items():
        if status not in ASSIGNABLE:
            raise VocabularyProblem("vocabulary.error.status", status=status)
        if not raw.strip() or len(raw) > MAX_VALUE_LENGTH:
            raise VocabularyProblem("vocabulary.error.value", limit=MAX_VALUE_LENGTH)
    with db.transaction() as session:
        now = datetime.now()
        for raw, status in choices.items():
            session.execute(
                named_query("status_vocabulary", "assign"),
                {"key": vocabulary_key(raw), "raw": raw.strip(), "status": status, "now": now},
            )
        return _reread(session)


def _reread(session: Session) -> int:
    """Read again every stored row and scan that has no status, with the seller's choices."""
    assigned = seller_statuses(session)
    rows = session.execute(named_query("status_vocabulary", "unread_rows"))
    found = [(raw, text, _read_row(raw, text, assigned)) for raw, text in rows]
    found = [(raw, text, evidence) for raw, text, evidence in found if evidence.status != "unknown"]
    scans = session.execute(named_query("status_vocabulary", "unknown_scans"))
    read_scans = [(raw, text, decide_status(raw, None, text, assigned)) for raw, text in scans]
    read_scans = [(raw, text, evidence.status) for raw, text, evidence in read_scans if evidence.status != "unknown"]
    if not found and not read_scans:
        return 0
    session.register("reread_rows", pa.table({
        "status_raw": pa.array([r for r, _, _ in found], pa.string()),
        "last_event_text": pa.array([t for _, t, _ in found], pa.string()),
        "status": pa.array([e.status for _, _, e in found], pa.string()),
        "status_source": pa.array([e.source for _, _, e in found], pa.string()),
        "status_evidence": pa.array([e.evidence for _, _, e in found], pa.string()),
    }))
    session.register("reread_scans", pa.table({
        "status_raw": pa.array([r for r, _, _ in read_scans], pa.string()),
        "description": pa.array([t for _, t, _ in read_scans], pa.string()),
        "status": pa.array([s for _, _, s in read_scans], pa.string()),
    }))
    for name in ("reread_keys", "reread_rows", "reread_scans"):
        session.execute(named_query("status_vocabulary", name))
    session.run_script("reread_event_summary")
    session.run_script("import_affected")
    rebuild(session)
    changed = session.execute(named_query("status_vocabulary", "reread_count"))[0][0]
    session.execute(named_query("status_vocabulary", "drop_reread_keys"))
    drop_temp_tables(session)
    session.unregister("reread_rows")
    session.unregister("reread_scans")
    return changed


def _read_row(status_raw: str | None, text: str | None, assigned: Mapping[str, str]) -> Evidence:
    """A stored row read again: its status_raw is "status / sub-status" as imported."""
    main, _, sub = (status_raw or "").partition(" / ")
    return decide_status(main or None, sub or None, text, assigned)


def assigned_statuses(db: Database) -> list[tuple[str, str]]:
    """The seller's choices so far: (value as first written, status), newest first."""
    return [tuple(row) for row in db.execute(named_query("status_vocabulary", "assigned"))]
