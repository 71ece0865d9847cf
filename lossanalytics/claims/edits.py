"""The seller's edits of claims in the worklist, checked before anything is written.

`plan_edits` checks a table of edited claim rows: a move the claim process does not allow
(compensated → to report) is explained in the reader's language and left out; the valid
edits are applied all together by `apply_edits`. `toggle_step` and `next_statuses` serve
the guided claim.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

import pandas as pd

from lossanalytics.claims import upsert_claims
from lossanalytics.claims.documents import PROCESS_STEPS
from lossanalytics.claims.facts import is_missing
from lossanalytics.claims.records import can_move
from lossanalytics.claims.statuses import AWAITING_ANSWER, NOT_FILED, RESOLVED, STATUSES
from lossanalytics.claims.worklist import CLAIM_FIELDS
from lossanalytics.i18n import t
from lossanalytics.storage.db import Database


@dataclass(frozen=True)
class EditProblem:
    """An edit that was not saved, and why (shown to the seller in their language)."""

    tracking_number: str
    key: str
    values: Mapping[str, Any]

    def message(self, lang: str) -> str:
        values = dict(self.values)
        for name in ("current", "new"):
            if name in values:
                values[name] = t(f"claims.status.{values[name]}", lang)
        if self.key == "ui.claims.problem.backwards":
            values["sequence"] = status_sequence(lang)
        return t(self.key, lang, tracking_number=self.tracking_number, **values)


def status_sequence(lang: str) -> str:
    """The claim process in words: "To report → … → Compensated | Rejected → Appealed"."""
    words = {status: t(f"claims.status.{status}", lang) for status in STATUSES}
    forward = " → ".join(words[s] for s in (*NOT_FILED, "filed", "investigating"))
    return f"{forward} → {words['compensated']} | {words['rejected']} → {words['appealed']}"


def plan_edits(
    rows: pd.DataFrame, edited_rows: Mapping[Any, Mapping[str, Any]]
) -> tuple[dict[str, dict[str, Any]], list[EditProblem]]:
    """Turn a data editor's `edited_rows` (position → {column: value}) into claim updates.

    `rows` are the worklist rows the editor showed, in the same order. Returns the
    updates (tracking number → store fields) that may be saved, and a problem for each
    row whose edit breaks the claim process or has an unreadable value. Moving a claim
    to "filed" without an amount claims the estimate, in its currency.
    """
    updates: dict[str, dict[str, Any]] = {}
    problems: list[EditProblem] = []
    for position, changes in edited_rows.items():
        index = int(position)
        if not 0 <= index < len(rows):
            continue
        row = rows.iloc[index]
        if is_missing(row.get("claim_status")):
            continue  # the parcel is no longer in the worklist (data changed since)
        number = str(row["tracking_number"])
        fields = {CLAIM_FIELDS[c]: _blank_to_none(v) for c, v in changes.items() if c in CLAIM_FIELDS}
        if not fields:
            continue
        problem = _check(number, row, fields)
        if problem is not None:
            problems.append(problem)
            continue
        if fields.get("status") in (*AWAITING_ANSWER, *RESOLVED) and is_missing(row.get("amount_claimed")) \
                and is_missing(fields.get("amount_claimed")) and not is_missing(row.get("estimated_compensation")):
            fields["amount_claimed"] = float(row["estimated_compensation"])
            if is_missing(fields.get("currency")) and is_missing(row.get("claim_currency")):
                fields["currency"] = row.get("compensation_currency")
        updates[number] = fields
    return updates, problems


def with_stored_claims(rows: pd.DataFrame, claims: pd.DataFrame) -> pd.DataFrame:
    """`rows` (worklist rows shown earlier) with the claim status and amounts as stored now.

    Edits are checked against what is stored, not against what the table showed, in case
    the claim changed in the meantime (another tab, another session).
    """
    stored = claims.set_index("tracking_number")
    out = rows.copy()
    for column, field in (("claim_status", "status"), ("amount_claimed", "amount_claimed"),
                          ("claim_currency", "currency")):
        if column in out:
            current = out["tracking_number"].map(stored[field]) if not stored.empty else None
            if current is not None:
                known = out["tracking_number"].isin(stored.index)
                out[column] = out[column].astype(object)
                out.loc[known, column] = current[known]
    return out


def _check(number: str, row: pd.Series, fields: Mapping[str, Any]) -> EditProblem | None:
    current = str(row["claim_status"])
    new = fields.get("status", current)
    if new not in STATUSES:
        return EditProblem(number, "ui.claims.problem.unknown_status", {"value": str(new)})
    if not can_move(current, new):
        key = "ui.claims.problem.final" if current == "compensated" else "ui.claims.problem.backwards"
        return EditProblem(number, key, {"current": current, "new": new})
    for name in ("amount_claimed", "amount_recovered"):
        value = fields.get(name)
        if value is None:
            continue
        try:
            amount = float(value)
        except (TypeError, ValueError):
            return EditProblem(number, "ui.claims.problem.amount", {"value": str(value)})
        if not math.isfinite(amount) or amount < 0:
            return EditProblem(number, "ui.claims.problem.amount", {"value": str(value)})
    code = fields.get("currency")
    if code is not None and not (len(str(code).strip()) == 3 and str(code).strip().isalpha()):
        return EditProblem(number, "ui.claims.problem.currency", {"value": str(code)})
    for name in ("reported_on", "filed_on", "resolved_on"):
        value = fields.get(name)
        if isinstance(value, str):
            try:
                date.fromisoformat(value.strip()[:10])
            except ValueError:
                return EditProblem(number, "ui.claims.problem.date", {"value": value})
    return None


def apply_edits(db: Database, updates: Mapping[str, Mapping[str, Any]], today: date) -> None:
    """Save checked updates (from :func:`plan_edits`) all together; dates stamped with `today`."""
    if updates:
        upsert_claims(db, {number: _store_values(fields) for number, fields in updates.items()}, today=today)


def _store_values(fields: Mapping[str, Any]) -> dict[str, Any]:
    clean = dict(fields)
    for name in ("reported_on", "filed_on", "resolved_on"):
        if isinstance(clean.get(name), str):
            clean[name] = clean[name].strip()[:10]
    return clean


def _blank_to_none(value: Any) -> Any:
    if isinstance(value, str) and not value.strip():
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    return value


def toggle_step(done: Sequence[str], step: str, checked: bool) -> list[str]:
    """The steps done after ticking (or unticking) `step`, in process order."""
    if step not in PROCESS_STEPS:
        raise ValueError(f"unknown process step {step!r}")
    chosen = (set(done) | {step}) if checked else (set(done) - {step})
    return [s for s in PROCESS_STEPS if s in chosen]


def next_statuses(current: str) -> list[str]:
    """The statuses a claim in `current` may move to (itself included), in process order."""
    return [status for status in STATUSES if can_move(current, status)]
