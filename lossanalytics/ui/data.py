"""Cached access to the core: one Database per file, and data cached per data version.

Every cached function is pure: it takes the Database as `_db` (not hashed) plus a
`version` tuple (database path, data_version) so that results refresh after each
import or undo. Analyses key on their `AnalysisScope` through its canonical text
(`SCOPE_HASH`). No Streamlit element is ever drawn inside a cached function.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date
from typing import Any

import pandas as pd
import streamlit as st

from lossanalytics import export
from lossanalytics.analytics import asof, compare, detect, metrics, overview, parcel_search, trends
from lossanalytics.analytics.scope import AnalysisScope
from lossanalytics.claims import estimate_claims
from lossanalytics.claims.rule_types import Rules
from lossanalytics.i18n import t
from lossanalytics.lake_read import LakeState, open_lake
from lossanalytics.onboarding import demo_import_ids, ensure_demo
from lossanalytics.storage.db import Database

TTL = 3600
ENTRIES = 64
Version = tuple[str, int]
#: The groupings the Routes and Carriers pages read in one pass; the launcher warms the same keys (ui/warm.py).
ROUTES_BYS = ("route", "dest_country", "mode", "lane")
CARRIERS_BYS = ("carrier", "lane")
#: How st.cache_data hashes a scope: by its canonical text, so equal scopes share an entry.
# Typed as st.cache_data's hash_funcs takes it.
SCOPE_HASH: dict[str | type[Any], Callable[[Any], Any]] = {AnalysisScope: AnalysisScope.key}
#: How many per-parcel lists (suspected, claim estimates, advice) a resource cache keeps: each can
#: hold hundreds of thousands of rows, and one entry per scope (filters, as-of day) the seller tried.
LISTS = 8


@st.cache_resource(show_spinner=False)
def database(path: str) -> Database:
    """The open database at `path`, shared by every session of this server."""
    return Database(path)


@st.cache_resource(show_spinner=False, max_entries=2)
def lake_database(folder: str, stamp: str, _state: LakeState) -> Database:
    """The lake in `folder` opened read-only, shared by every session; `stamp` (LakeState.stamp)
    changes when the lake is exported or aggregated again, which opens it anew."""
    return open_lake(_state)


@st.cache_resource(show_spinner=False)
def _demo_lock(path: str) -> threading.Lock:
    return threading.Lock()


def load_demo_if_new(db: Database) -> bool:
    """Fill a never-used database with the demo data, once even with many sessions; True if it did.
    A read-only database (a data lake) is shown as it is."""
    if db.read_only:
        return False
    with _demo_lock(db.path):
        return ensure_demo(db)


def version_of(db: Database) -> Version:
    """The cache key part that changes with every import or undo."""
    return db.path, overview.data_version(db)


@st.cache_data(ttl=TTL, max_entries=ENTRIES, show_spinner=False)
def filter_options(_db: Database, version: Version) -> overview.FilterOptions:
    return overview.filter_options(_db)


@st.cache_data(ttl=TTL, max_entries=ENTRIES, show_spinner=False)
def data_date(_db: Database, version: Version, today: date) -> asof.DataDate:
    """How current the data is, seen from `today` (part of the key, so it moves on at midnight)."""
    return asof.data_date(_db, today)


@st.cache_data(ttl=TTL, max_entries=ENTRIES, show_spinner=False)
def demo_imports(_db: Database, version: Version) -> list[int]:
    return demo_import_ids(_db)


@st.cache_data(ttl=TTL, max_entries=ENTRIES, show_spinner=False, hash_funcs=SCOPE_HASH)
def headline(_db: Database, version: Version, scope: AnalysisScope) -> overview.Headline | None:
    return overview.headline(_db, scope)


@st.cache_data(ttl=TTL, max_entries=ENTRIES, show_spinner=False, hash_funcs=SCOPE_HASH)
def undated(_db: Database, version: Version, scope: AnalysisScope) -> int:
    return overview.undated(_db, scope)


@st.cache_data(ttl=TTL, max_entries=ENTRIES, show_spinner=False, hash_funcs=SCOPE_HASH)
def first_ship_after(_db: Database, version: Version, scope: AnalysisScope) -> date | None:
    return overview.first_ship_after(_db, scope)


@st.cache_data(ttl=TTL, max_entries=ENTRIES, show_spinner=False, hash_funcs=SCOPE_HASH)
def shipped_after(_db: Database, version: Version, scope: AnalysisScope) -> int:
    return overview.shipped_after(_db, scope)


@st.cache_data(ttl=TTL, max_entries=ENTRIES, show_spinner=False, hash_funcs=SCOPE_HASH)
def rates(_db: Database, version: Version, by: str, scope: AnalysisScope) -> pd.DataFrame:
    return metrics.rates(_db, by, scope)


@st.cache_data(ttl=TTL, max_entries=ENTRIES, show_spinner=False, hash_funcs=SCOPE_HASH)
def rates_many(
    _db: Database, version: Version, bys: tuple[str, ...], scope: AnalysisScope
) -> dict[str, pd.DataFrame]:
    """Rates of several groupings from one pass over the parcels (see metrics.rates_many)."""
    return metrics.rates_many(_db, bys, scope)


@st.cache_data(ttl=TTL, max_entries=ENTRIES, show_spinner=False, hash_funcs=SCOPE_HASH)
def carrier_verdicts(_db: Database, version: Version, scope: AnalysisScope) -> pd.DataFrame:
    """Each carrier against the others on the same lanes (see compare.versus_rest), tested
    once per data version, not on every rerun of the Carriers page."""
    lanes = rates_many(_db, version, CARRIERS_BYS, scope)["lane"]
    return compare.versus_rest(lanes)


@st.cache_data(ttl=TTL, max_entries=ENTRIES, show_spinner=False, hash_funcs=SCOPE_HASH)
def unread_by_carrier(_db: Database, version: Version, scope: AnalysisScope) -> dict[str | None, tuple[int, int]]:
    return overview.unread_by_carrier(_db, scope)


def unread_carriers(db: Database, version: Version, scope: AnalysisScope) -> list[overview.UnreadCarrier]:
    """The carriers whose rates rest on many parcels without a status (see overview.unread_carriers)."""
    carriers = rates_many(db, version, CARRIERS_BYS, scope)["carrier"]
    return overview.unread_carriers(unread_by_carrier(db, version, scope),
                                    dict(zip(carriers["carrier"], carriers["shipments"])))


@st.cache_data(ttl=TTL, max_entries=ENTRIES, show_spinner=False, hash_funcs=SCOPE_HASH)
def monthly(_db: Database, version: Version, by: str, scope: AnalysisScope) -> pd.DataFrame:
    """Monthly loss rates per carrier or mode with maturity marked (see trends.monthly)."""
    return trends.monthly(_db, by, scope)


@st.cache_data(ttl=TTL, max_entries=ENTRIES, show_spinner=False, hash_funcs=SCOPE_HASH)
def months_with_maturity(_db: Database, version: Version, scope: AnalysisScope) -> pd.DataFrame:
    """Rates per ship month with each month's maturity (see trends.months_with_maturity)."""
    return trends.months_with_maturity(_db, scope)


# A resource cache, not a data cache: st.cache_data would unpickle a copy of the whole list on
# every run (seconds at millions of parcels). The frame is shared, so callers never change it.
@st.cache_resource(ttl=TTL, max_entries=LISTS, show_spinner=False, hash_funcs=SCOPE_HASH)
def suspected(_db: Database, version: Version, scope: AnalysisScope, lang: str) -> pd.DataFrame:
    return detect.suspected(_db, scope, lang)


# A resource cache, not a data cache: the file's bytes are handed out as they are, where
# st.cache_data would keep a pickled copy beside them and unpickle another for each click.
# Bytes are immutable, so every session may share them; few are kept (each can be big).
@st.cache_resource(ttl=TTL, max_entries=4, show_spinner=False)
def export_bytes(frame: pd.DataFrame, lang: str, kind: str, today: date, rules_key: str, _rules: Rules) -> bytes:
    """The suspected-lost list as CSV or XLSX bytes, headers and sheet name in `lang`, with each
    parcel's claim deadline, days left from `today` and estimated compensation under `_rules`
    (whose cache key is `rules_key`)."""
    table = export.export_frame(estimate_claims(frame, today, _rules, lang), export.SUSPECTED_COLUMNS, lang)
    return export.to_csv_bytes(table) if kind == "csv" else export.to_xlsx_bytes(table, t("ui.suspected.sheet", lang))


@st.cache_data(ttl=TTL, max_entries=ENTRIES, show_spinner=False)
def import_history(_db: Database, version: Version) -> pd.DataFrame:
    return overview.import_history(_db)


@st.cache_data(ttl=TTL, max_entries=ENTRIES, show_spinner=False)
def rejects(_db: Database, version: Version, import_id: int) -> pd.DataFrame:
    return overview.rejects(_db, import_id)


@st.cache_data(ttl=TTL, max_entries=ENTRIES, show_spinner=False)
def events(_db: Database, version: Version, tracking_number: str) -> pd.DataFrame:
    return overview.events_of(_db, tracking_number)


@st.cache_data(ttl=TTL, max_entries=ENTRIES, show_spinner=False)
def parcel_matches(_db: Database, version: Version, text: str) -> parcel_search.Matches:
    """The parcels whose tracking number or order id matches `text` (see parcel_search.find_parcels)."""
    return parcel_search.find_parcels(_db, text)
