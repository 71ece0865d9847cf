"""The seller's home: the country their parcels leave when an export names no origin, and
the currency every money figure is also totalled in.

Both are kept in the settings table (JSON strings under :data:`COUNTRY_KEY` and
:data:`CURRENCY_KEY`); neither has a default. The home country is applied when parcels
are read (queries/parcels_view.sql), never written into them, so it can be changed or
cleared at any time and a file that names the origin always wins.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from lossanalytics.storage.db import Database
from lossanalytics.storage.settings_store import Store, delete_setting, read_setting, write_setting
from lossanalytics.storage.sql_text import named_query

COUNTRY_KEY = "home.country"
CURRENCY_KEY = "home.currency"
# The home country a recognised source implies: a Chinese ERP export has no origin column
# because every parcel in it leaves China.
SUGGESTED_COUNTRY = {"chinese_erp": "CN"}
_COUNTRY = re.compile(r"[A-Z]{2}")
_CURRENCY = re.compile(r"[A-Z]{3}")


@dataclass(frozen=True)
class Home:
    """The seller's home country (ISO alpha-2) and home currency (ISO 4217), each None when not set."""

    country: str | None = None
    currency: str | None = None


@dataclass(frozen=True)
class Origins:
    """How many parcels take their origin from the home country (`assumed`), and the home
    country a recognised source suggests for parcels still without one (`suggested`, with
    `suggested_for` parcels), when no home country is set."""

    assumed: int
    suggested: str | None
    suggested_for: int


def _read_code(store: Store, key: str, pattern: re.Pattern[str]) -> str | None:
    text = read_setting(store, key)
    if text is None:
        return None
    try:
        value = json.loads(text)
    except json.JSONDecodeError:
        return None
    return value if isinstance(value, str) and pattern.fullmatch(value) else None


def load_home(store: Store) -> Home:
    """The stored home country and currency (a value that is not a code counts as not set)."""
    return Home(_read_code(store, COUNTRY_KEY, _COUNTRY), _read_code(store, CURRENCY_KEY, _CURRENCY))


def _write_code(store: Store, key: str, code: str | None, pattern: re.Pattern[str]) -> None:
    wanted = (code or "").strip().upper()
    if not wanted:
        delete_setting(store, key)
        return
    if not pattern.fullmatch(wanted):
        raise ValueError(f"{key}: {code!r}")
    write_setting(store, key, json.dumps(wanted))


def save_home(store: Store, home: Home) -> None:
    """Keep `home`; a None or empty field clears that setting. ValueError on a value that is not a code."""
    _write_code(store, COUNTRY_KEY, home.country, _COUNTRY)
    _write_code(store, CURRENCY_KEY, home.currency, _CURRENCY)


def origins(db: Database) -> Origins:
    """Parcels whose origin is assumed from the home country, and what the imports suggest.

    With a home country set, every parcel has an origin (its own or the home country's), so
    nothing is left to suggest; without one, none is assumed. One query reads the parcels."""
    if load_home(db).country:
        return Origins(int(db.scalar(named_query("home", "assumed_origins"))), None, 0)
    hinted: dict[str, int] = {}
    for row in db.query(named_query("home", "origin_sources")).to_pylist():
        country = SUGGESTED_COUNTRY.get(row["detected_format"] or "")
        if country:
            hinted[country] = hinted.get(country, 0) + int(row["parcels"])
    if not hinted:
        return Origins(0, None, 0)
    country = max(sorted(hinted), key=lambda c: hinted[c])
    return Origins(0, country, hinted[country])
