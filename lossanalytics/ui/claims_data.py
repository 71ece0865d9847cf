"""Cached access to the claims worklist, claim packs and advice (pure functions only).

What depends only on the imported data is cached per data version, as in `ui.data`;
the claim rules enter the key as their JSON text (`rules_key`). Stored claim statuses
change with every edit, so each run reads them (one small query) and the worklist is
cached under their text too (`claims_key`): an edit makes a new worklist, a rerun reuses it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pandas as pd
import streamlit as st

from lossanalytics import advice
from lossanalytics.advice import AdviceSettings, Topic
from lossanalytics.advice.topics import DEADLINE_COLUMNS
from lossanalytics.analytics.scope import AnalysisScope
from lossanalytics.analytics.thresholds import DetectionSettings
from lossanalytics.claims import RulesError, default_rules, get_claims
from lossanalytics.claims import worklist as claims_worklist
from lossanalytics.claims.codec import rules_to_json
from lossanalytics.claims.earlier_rules import Followed, notes
from lossanalytics.claims.rule_types import Rules
from lossanalytics.claims.rules import load_followed
from lossanalytics.storage.db import Database
from lossanalytics.ui.data import LISTS, SCOPE_HASH, TTL, Version


@dataclass(frozen=True)
class SellerRules:
    """The seller's claim rules as one run reads them: the rules, their cache key (`rules_key`), the
    problem if the stored table is broken, and which saved rules follow a corrected built-in rule."""

    rules: Rules
    key: str
    problem: str | None
    followed: Followed

    def notes(self, lang: str) -> list[str]:
        """In `lang`, the saved rules that follow a corrected built-in rule and the changed ones that do not
        (earlier_rules.notes); none for a broken table, whose problem the page shows instead."""
        return notes(self.followed, lang)


def seller_rules(db: Database) -> SellerRules:
    """The seller's claim rules, read and parsed once (a page that needs both the rules and the notes on
    them reads the saved table once). A broken table falls back to the defaults (the page says so)."""
    try:
        followed, problem = load_followed(db), None
    except RulesError as exc:
        followed, problem = Followed(default_rules()), str(exc)
    return SellerRules(followed.rules, rules_to_json(followed.rules), problem, followed)


def rules_of(db: Database) -> tuple[Rules, str, str | None]:
    """The seller's claim rules, their cache key, and the problem if the stored table is broken
    (:func:`seller_rules` without the notes)."""
    found = seller_rules(db)
    return found.rules, found.key, found.problem


# Resource caches, as `data.suspected`: shared results no caller changes, never unpickled per run.
@st.cache_resource(ttl=TTL, max_entries=LISTS, show_spinner=False, hash_funcs=SCOPE_HASH)
def estimates(
    _db: Database, version: Version, scope: AnalysisScope, rules_key: str, _rules: Rules, lang: str, today: date,
) -> pd.DataFrame:
    # Reasons are worded for the rows on screen only (worklist.add_reasons).
    return claims_worklist.estimate_candidates(_db, scope, _rules, lang, with_reasons=False, today=today)


def worklist(
    db: Database, version: Version, scope: AnalysisScope, rules: Rules, rules_key: str, lang: str, warn_days: int,
    today: date,
) -> pd.DataFrame:
    """The claims worklist: cached estimates joined with the claims as stored right now.
    Outcomes as of `scope.as_of`, days left from `today`. It carries the numbers behind each
    parcel's reasons, not the words (see `add_reasons`). Its rows are not in worklist order:
    each row's place is in `selection.PLACE` (`worklist.claim_rows`), for a table or picker
    to order just the rows it shows (`selection.first_rows`)."""
    claims = get_claims(db)
    return attached(db, version, scope, rules_key, rules, lang, today, warn_days, claims_key(claims), claims)


def claims_key(claims: pd.DataFrame) -> str:
    """The stored claims as text: equal claims give equal keys, any edit a new one."""
    return claims.to_json(orient="split", index=False, date_format="iso", date_unit="us", double_precision=15)


# Each edit stores the claims anew (their `updated_at` changes), so the key before an edit never
# comes back: two worklists are kept (each shares the estimates' columns), not one per edit.
@st.cache_resource(ttl=TTL, max_entries=2, show_spinner=False, hash_funcs=SCOPE_HASH)
def attached(
    _db: Database, version: Version, scope: AnalysisScope, rules_key: str, _rules: Rules, lang: str, today: date,
    warn_days: int, stored_key: str, _claims: pd.DataFrame,
) -> pd.DataFrame:
    """The estimates joined with `_claims` (whose cache key is `stored_key`)."""
    found = estimates(_db, version, scope, rules_key, _rules, lang, today)
    return claims_worklist.claim_rows(found, _claims, warn_days)


@st.cache_resource(ttl=TTL, max_entries=LISTS, show_spinner=False, hash_funcs=SCOPE_HASH)
def deadline_estimates(
    _db: Database, version: Version, scope: AnalysisScope, rules_key: str, _rules: Rules, lang: str, today: date,
) -> pd.DataFrame:
    # Only the columns the estimate reads, the risk and the claim's numbers (`worklist.deadline_estimates`): the
    # advice needs no more, and at ten million parcels the rest costs about a CPU-second more.
    return claims_worklist.deadline_estimates(_db, scope, _rules, lang, today=today)


def claim_deadlines(
    db: Database, version: Version, scope: AnalysisScope, rules: Rules, rules_key: str, lang: str, warn_days: int,
    today: date,
) -> pd.DataFrame:
    """The worklist rows whose claim deadline is near or gone (`worklist.deadline_rows`): what the advice
    on claim deadlines reads, from estimates of the few columns it needs (kept apart from the Claims
    page's, which carry every column)."""
    claims = get_claims(db)
    return due_rows(db, version, scope, rules_key, rules, lang, today, warn_days, claims_key(claims), claims)


@st.cache_resource(ttl=TTL, max_entries=2, show_spinner=False, hash_funcs=SCOPE_HASH)
def due_rows(
    _db: Database, version: Version, scope: AnalysisScope, rules_key: str, _rules: Rules, lang: str, today: date,
    warn_days: int, stored_key: str, _claims: pd.DataFrame,
) -> pd.DataFrame:
    """:func:`claim_deadlines` for the stored claims `_claims` (whose cache key is `stored_key`)."""
    found = deadline_estimates(_db, version, scope, rules_key, _rules, lang, today)
    return claims_worklist.deadline_rows(found, _claims, DEADLINE_COLUMNS, warn_days)


@st.cache_data(ttl=TTL, max_entries=16, show_spinner=False)
def pack(_db: Database, version: Version, tracking_number: str, lang: str, as_of: date, rules_key: str,
         settings: DetectionSettings, _row: dict, today: date) -> bytes:
    """The claim pack of one parcel (its estimate depends on the keys above, not on its claim status),
    its letters dated `today`."""
    return claims_worklist.pack_of(_db, _row, lang, today)


@st.cache_data(ttl=TTL, max_entries=8, show_spinner=False)
def packs(_db: Database, version: Version, tracking_numbers: tuple[str, ...], lang: str, as_of: date,
          rules_key: str, settings: DetectionSettings, _rows: pd.DataFrame, today: date) -> bytes:
    """One ZIP with the packs of several parcels, their letters dated `today`."""
    return claims_worklist.packs_of(_db, _rows, lang, today)


@st.cache_resource(ttl=TTL, max_entries=LISTS, show_spinner=False, hash_funcs=SCOPE_HASH)
def advice_topics(
    _db: Database, version: Version, scope: AnalysisScope, rules_key: str, _rules: Rules, cfg: AdviceSettings,
    lang: str, home: str | None, _lanes: pd.DataFrame,
) -> list[Topic]:
    """The advice's data topics; `_lanes` are the lane rates of `scope` in this data version (no key of their own)."""
    return advice.analyse(_db, scope, _rules, cfg, lang, home, _lanes)
