"""Column-mapping profiles: the seller's mapping for a header no built-in format knows.

A profile is saved under a name with the file's header and which column means which
canonical field. Every later import of a file with the same header (from the Import
page or the command line) uses it automatically, as a dialect of its own.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone

from lossanalytics.importing.dialects import Dialect, header_key
from lossanalytics.importing.errors import ImportProblem
from lossanalytics.importing.fields import FIELDS, KEY_FIELDS
from lossanalytics.storage.db import Database
from lossanalytics.storage.sql_text import named_query

PROFILE_PREFIX = "profile:"
# Above every built-in format: the seller said how to read exactly this header.
PROFILE_PRIORITY = 1000


@dataclass(frozen=True)
class Profile:
    """A saved mapping: header → canonical field, for exactly this header."""

    name: str
    headers: tuple[str, ...]
    mapping: dict[str, str]
    saved_at: datetime

    def dialect(self) -> Dialect:
        """The profile as a dialect that claims only files with this exact header."""
        aliases = {name: (header,) for header, name in self.mapping.items()}
        key = "tracking_number" if "tracking_number" in aliases else "order_id"
        required = (key, "event_time") if "event_time" in aliases else (key,)
        return Dialect(name=PROFILE_PREFIX + self.name, aliases=aliases, required=required, header=self.headers,
                       priority=PROFILE_PRIORITY)


def _ensure_table(db: Database) -> None:
    db.execute(named_query("profiles", "create"))


def validate_mapping(headers: Sequence[str], mapping: Mapping[str, str | None]) -> dict[str, str]:
    """The mapping without ignored columns; ImportProblem when it cannot import anything."""
    chosen = {header: name for header, name in mapping.items() if name}
    known = {header_key(h) for h in headers}
    unknown_headers = [h for h in chosen if header_key(h) not in known]
    unknown_fields = sorted(set(chosen.values()) - set(FIELDS))
    if unknown_headers or unknown_fields:
        raise ImportProblem("import.profile.invalid", detail=", ".join([*unknown_headers, *unknown_fields]))
    twice = sorted({name for name in chosen.values() if list(chosen.values()).count(name) > 1})
    if twice:
        raise ImportProblem("import.profile.field_twice", fields=", ".join(twice))
    if not set(KEY_FIELDS) & set(chosen.values()):
        raise ImportProblem("import.profile.no_key")
    return chosen


def save_profile(db: Database, name: str, headers: Sequence[str], mapping: Mapping[str, str | None]) -> Profile:
    """Save (or replace) the profile `name`: `mapping` is header → canonical field, or
    None / "" for a column to ignore. Raises ImportProblem for a mapping that cannot work."""
    name = " ".join(name.split())
    if not name:
        raise ImportProblem("import.profile.no_name")
    chosen = validate_mapping(headers, mapping)
    profile = Profile(name, tuple(headers), chosen, datetime.now(timezone.utc).replace(tzinfo=None))
    _ensure_table(db)
    db.execute(
        named_query("profiles", "save"),
        {"name": name, "headers": list(headers), "mapping": json.dumps(chosen, ensure_ascii=False),
         "at": profile.saved_at},
    )
    return profile


def list_profiles(db: Database) -> list[Profile]:
    """Every saved profile, newest first."""
    _ensure_table(db)
    rows = db.query(named_query("profiles", "list"))
    return [
        Profile(r["name"], tuple(r["headers"]), json.loads(r["mapping"]), r["saved_at"]) for r in rows.to_pylist()
    ]


def delete_profile(db: Database, name: str) -> bool:
    """Forget the profile `name`; True if there was one."""
    _ensure_table(db)
    return bool(db.execute(named_query("profiles", "delete"), {"name": name}))


def profile_dialects(db: Database) -> list[Dialect]:
    """The saved profiles as dialects, newest first (so the newest wins for a header saved twice)."""
    return [profile.dialect() for profile in list_profiles(db)]
