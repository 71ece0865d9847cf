"""The seller's claim work per parcel, in the `claims` table, and the claims settings.

The table is keyed by tracking number alone and nothing in the import path writes to
it, so re-importing or updating a parcel never loses a claim's status, dates or amounts.
All SQL of the claims package is here, executed only through :class:`Database`.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime
from typing import Any

import pandas as pd

from lossanalytics.claims.documents import PROCESS_STEPS
from lossanalytics.claims.statuses import FORWARD, RESOLVED, STATUSES
from lossanalytics.i18n import Problem, has, t
from lossanalytics.storage.db import Database, Session
from lossanalytics.storage.sql_text import Sql, identifiers, named_query, render

EDITABLE_FIELDS: tuple[str, ...] = (
    "status", "reported_on", "filed_on", "resolved_on", "amount_claimed", "amount_recovered",
    "currency", "steps_done", "notes",
)
CLAIM_COLUMNS: tuple[str, ...] = ("tracking_number", *EDITABLE_FIELDS, "updated_at")
#: Groupings :func:`recovery_report` accepts.
RECOVERY_KEYS: tuple[str, ...] = ("carrier", "month")

class ClaimError(Problem):
    """A claim update the seller must correct (unknown status, backward move, bad amount)."""

    def message(self, lang: str) -> str:
        """The problem in `lang`, field names in words."""
        shown = {k: _field_name(v, lang) if k == "field" else v for k, v in self.values.items()}
        return t(self.key, lang, **shown)


def _field_name(name: str, lang: str) -> str:
    key = f"claims.field.{name}"
    return t(key, lang) if has(key) else name


def can_move(current: str, new: str) -> bool:
    """Whether a claim may go from status `current` to `new`.

    Loose on purpose: any forward step (skipping is fine, a marketplace may pay before
    the seller files), rejected → appealed, and an appeal ends compensated or rejected.
    Staying put is allowed so other fields can be edited; compensated is final.
    """
    if new == current:
        return True
    if current in FORWARD:
        return new in RESOLVED or (new in FORWARD and FORWARD.index(new) > FORWARD.index(current))
    if current == "rejected":
        return new == "appealed"
    if current == "appealed":
        return new in RESOLVED
    return False


def get_claims(db: Database) -> pd.DataFrame:
    """Every claim (columns :data:`CLAIM_COLUMNS`); `steps_done` as lists of step keys."""
    return claims_from(db.query_df(claims_sql()))


def claims_sql() -> Sql:
    """The statement of :func:`get_claims`."""
    return render(named_query("claims", "select_all"), columns=identifiers(CLAIM_COLUMNS, CLAIM_COLUMNS))


def claims_from(frame: pd.DataFrame) -> pd.DataFrame:
    """The rows of :func:`claims_sql` (any engine) as :func:`get_claims` gives them."""
    frame["steps_done"] = [json.loads(v) if isinstance(v, str) and v else [] for v in frame["steps_done"]]
    return frame


def upsert_claim(db: Database, tracking_number: str, *, today: date | None = None, **fields: Any) -> dict[str, Any]:
    """Create or update the claim of one parcel and return the stored row.

    `fields` are any of :data:`EDITABLE_FIELDS`. A new claim starts as "to_report".
    Moving into reported, filed, compensated or rejected records `today` (default: the
    current date) as reported_on, filed_on or resolved_on unless the caller gives one.
    """
    with db.transaction() as session:
        return _upsert(session, tracking_number, fields, today or date.today())


def upsert_claims(db: Database, updates: Mapping[str, Mapping[str, Any]], *, today: date | None = None) -> None:
    """Apply several claim updates (tracking number → fields) all-or-nothing, as from an edited table."""
    with db.transaction() as session:
        for tracking_number, fields in updates.items():
            _upsert(session, tracking_number, dict(fields), today or date.today())


def recovery_report(db: Database, as_of: date, by: Sequence[str] = RECOVERY_KEYS) -> pd.DataFrame:
    """Claimed, recovered, rejected and open claims per group of `by` and per currency.

    A claim is counted in the month it was filed (else reported, resolved, last updated) and
    only if that is on or before `as_of`. Amounts are never added across currencies.
    `recovery_rate` is recovered / claimed over resolved claims; `oldest_open_days` is
    the age of the oldest open claim as of `as_of`.
    """
    if not by:
        raise ValueError(f"recovery_report needs at least one of {', '.join(RECOVERY_KEYS)}")
    report = render(named_query("claims", "recovery_report"), keys=identifiers(by, RECOVERY_KEYS))
    return db.query_df(report, {"as_of": as_of})


def _upsert(session: Session, tracking_number: str, fields: dict[str, Any], today: date) -> dict[str, Any]:
    number = (tracking_number or "").strip()
    if not number:
        raise ClaimError("claims.error.no_tracking")
    unknown = sorted(set(fields) - set(EDITABLE_FIELDS))
    if unknown:
        raise ClaimError("claims.error.unknown_field", fields=", ".join(unknown), editable=", ".join(EDITABLE_FIELDS))
    found = session.execute(
        render(named_query("claims", "select_one"), columns=identifiers(CLAIM_COLUMNS, CLAIM_COLUMNS)),
        {"tracking_number": number},
    )
    row: dict[str, Any] = (
        dict(zip(CLAIM_COLUMNS, found[0], strict=True))
        if found
        else {"tracking_number": number, **dict.fromkeys(EDITABLE_FIELDS), "status": "to_report"}
    )
    current = row["status"]
    row.update(_clean(fields))
    new = row["status"]
    if not can_move(current, new):
        raise ClaimError("claims.error.backward", number=number, current=current, new=new)
    if new != current:
        _stamp(row, new, fields, today)
    row["updated_at"] = datetime.now()
    session.execute(named_query("claims", "upsert"), row)
    row["steps_done"] = json.loads(row["steps_done"]) if row["steps_done"] else []
    return row


def _stamp(row: dict[str, Any], status: str, given: Mapping[str, Any], today: date) -> None:
    """Record the date of the step the claim just reached, unless the caller set it."""
    if status == "reported" and "reported_on" not in given and row["reported_on"] is None:
        row["reported_on"] = today
    elif status == "filed" and "filed_on" not in given and row["filed_on"] is None:
        row["filed_on"] = today
    elif status in RESOLVED and "resolved_on" not in given:
        # Overwritten on purpose: after an appeal, the claim resolves again.
        row["resolved_on"] = today


def _clean(fields: Mapping[str, Any]) -> dict[str, Any]:
    clean: dict[str, Any] = {}
    for name, value in fields.items():
        if name == "status":
            if value not in STATUSES:
                raise ClaimError("claims.error.status", value=repr(value), expected=", ".join(STATUSES))
            clean[name] = value
        elif name.endswith("_on"):
            clean[name] = _as_date(value, name)
        elif name.startswith("amount_"):
            clean[name] = _as_amount(value, name)
        elif name == "currency":
            clean[name] = _as_currency(value)
        elif name == "steps_done":
            clean[name] = _as_steps(value)
        else:
            clean[name] = None if value is None or pd.isna(value) else str(value)
    return clean


def _as_date(value: Any, name: str) -> date | None:
    if value is None or (not isinstance(value, str) and pd.isna(value)) or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError as exc:
        raise ClaimError("claims.error.date", field=name, value=repr(value)) from exc


def _as_amount(value: Any, name: str) -> float | None:
    if value is None or value == "" or (isinstance(value, float) and math.isnan(value)):
        return None
    try:
        amount = float(value)
    except (TypeError, ValueError) as exc:
        raise ClaimError("claims.error.number", field=name, value=repr(value)) from exc
    if not math.isfinite(amount) or amount < 0:
        raise ClaimError("claims.error.negative", field=name, value=repr(value))
    return amount


def _as_currency(value: Any) -> str | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    code = str(value).strip().upper()
    if len(code) != 3 or not code.isalpha():
        raise ClaimError("claims.error.currency", value=repr(value))
    return code


def _as_steps(value: Iterable[str] | None) -> str | None:
    steps = set(value or ())
    unknown = sorted(steps - set(PROCESS_STEPS))
    if unknown:
        raise ClaimError("claims.error.steps", steps=", ".join(unknown), expected=", ".join(PROCESS_STEPS))
    # Stored in process order so the same set of steps is always the same text.
    return json.dumps([step for step in PROCESS_STEPS if step in steps]) if steps else None
