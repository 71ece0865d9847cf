"""The `settings` table: one JSON value per key, the one place every kept setting is read and written.

Detection thresholds, advice and claims settings, the demo's import ids and the
seller's carrier names all live here under their own key. Reads and writes take a
:class:`Database` or, inside an import or another transaction, its :class:`Session`.
"""

from __future__ import annotations

from lossanalytics.storage.db import Database, Session
from lossanalytics.storage.sql_text import named_query

Store = Database | Session


def read_setting(store: Store, key: str) -> str | None:
    """The text kept under `key` (JSON, decoded and checked by its owner), or None."""
    found = store.execute(named_query("settings", "read"), {"key": key})
    return None if not found or found[0][0] is None else str(found[0][0])


def write_setting(store: Store, key: str, value: str) -> None:
    """Keep `value` under `key`, replacing what was there."""
    store.execute(named_query("settings", "write"), {"key": key, "value": value})


def delete_setting(store: Store, key: str) -> None:
    """Forget what is kept under `key`."""
    store.execute(named_query("settings", "delete"), {"key": key})
