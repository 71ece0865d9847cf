"""Which name each carrier outside the catalogue is shown under (issue 11, item 5).

Rows keep the carrier name they were imported with. The spellings of one carrier
(`Acme Freight Co.`, `ACME FREIGHT CO`: normalise.carrier_identity) are shown under the
most frequent spelling among the database's rows (the first imported on a tie), or
under the name the seller chose in Settings. The choices are kept in the settings
table by carrier identity, so they hold for every spelling, for files imported later
(also by the CLI), and across undos. The table carrier_names holds the result for the
view parcels and is rewritten after every import, undo and rename, inside their
transaction. Carriers the catalogue knows (normalise.carriers) keep its names.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass

import pyarrow as pa

from lossanalytics.i18n import Problem
from lossanalytics.normalise.carrier_identity import carrier_key
from lossanalytics.normalise.carrier_modes import KNOWN_CARRIERS, NO_CARRIER
from lossanalytics.storage.db import Database, Session
from lossanalytics.storage.settings_store import delete_setting, read_setting, write_setting
from lossanalytics.storage.sql_text import named_query

RENAMES_KEY = "carrier_names"
MAX_NAME_LENGTH = 80


class CarrierNameProblem(Problem):
    """A rename the product cannot make, explained in the seller's language."""


@dataclass(frozen=True)
class Carrier:
    """One carrier outside the catalogue: the name it is shown under, its spellings, its rows."""

    shown: str
    spellings: tuple[str, ...]
    rows: int
    renamed: bool   # shown under the seller's choice rather than its most common spelling


def _renames(session: Session) -> dict[str, str]:
    """The seller's choices: carrier identity → name to show."""
    saved = read_setting(session, RENAMES_KEY)
    return json.loads(saved) if saved else {}


def _groups(session: Session) -> dict[str, list[tuple[str, int, tuple[int, int]]]]:
    """Carrier identity → its stored spellings (name, rows, first seen), most rows first."""
    groups: dict[str, list[tuple[str, int, tuple[int, int]]]] = {}
    for name, rows, first_import, first_row in session.execute(named_query("carrier_spellings", "spellings")):
        if name in KNOWN_CARRIERS or name == NO_CARRIER:
            continue
        groups.setdefault(carrier_key(name) or name, []).append((name, rows, (first_import, first_row)))
    for spellings in groups.values():
        spellings.sort(key=lambda s: (-s[1], s[2]))
    return groups


def refresh_carrier_names(session: Session) -> None:
    """Rewrite carrier_names from the stored spellings and the seller's choices."""
    renames = _renames(session)
    shown: dict[str, str] = {}
    for key, spellings in _groups(session).items():
        name = renames.get(key, spellings[0][0])
        shown.update({spelling: name for spelling, _, _ in spellings if spelling != name})
    session.execute(named_query("carrier_spellings", "clear_names"))
    if shown:
        session.register("new_carrier_names", pa.table({
            "carrier": pa.array(list(shown), pa.string()), "shown": pa.array(list(shown.values()), pa.string()),
        }))
        session.execute(named_query("carrier_spellings", "store_names"))
        session.unregister("new_carrier_names")


def list_carriers(db: Database) -> list[Carrier]:
    """The carriers outside the catalogue, by the name they are shown under."""
    with db.transaction() as session:
        renames = _renames(session)
        merged: dict[str, Carrier] = {}
        for key, spellings in _groups(session).items():
            name = renames.get(key, spellings[0][0])
            before = merged.get(name, Carrier(name, (), 0, False))
            merged[name] = Carrier(
                name, tuple(sorted({*before.spellings, *(s for s, _, _ in spellings)})),
                before.rows + sum(rows for _, rows, _ in spellings), before.renamed or key in renames,
            )
    return sorted(merged.values(), key=lambda c: (-c.rows, c.shown.casefold()))


def rename_carriers(db: Database, changes: Mapping[str, str]) -> int:
    """Show the carriers now shown as each key of `changes` under its value, at once and
    for every later import; a value equal to another carrier's name merges the two.
    Returns the number of carriers renamed; raises CarrierNameProblem and changes
    nothing when a new name is empty or too long, or an old one is not a carrier
    outside the catalogue."""
    wanted = {old: " ".join(new.split()) for old, new in changes.items() if " ".join(new.split()) != old}
    for old, new in wanted.items():
        if not new:
            raise CarrierNameProblem("carrier_names.error.empty", carrier=old)
        if len(new) > MAX_NAME_LENGTH:
            raise CarrierNameProblem("carrier_names.error.too_long", carrier=old, limit=MAX_NAME_LENGTH)
    if not wanted:
        return 0
    with db.transaction() as session:
        renames = _renames(session)
        shown = {key: renames.get(key, spellings[0][0]) for key, spellings in _groups(session).items()}
        for old in wanted.keys() - set(shown.values()):
            known = old in KNOWN_CARRIERS
            raise CarrierNameProblem(f"carrier_names.error.{'catalogue' if known else 'no_such'}", carrier=old)
        renames.update({key: wanted[name] for key, name in shown.items() if name in wanted})
        write_setting(session, RENAMES_KEY, json.dumps(renames, ensure_ascii=False, sort_keys=True))
        refresh_carrier_names(session)
    return len(wanted)


def reset_carrier_names(db: Database) -> None:
    """Forget the seller's choices: every carrier is shown under its most common spelling again."""
    with db.transaction() as session:
        delete_setting(session, RENAMES_KEY)
        refresh_carrier_names(session)
