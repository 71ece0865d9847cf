"""Claims: where to claim a lost or damaged parcel, by when, for how much, and with what.

- :mod:`.rules` — the rules table (limits, windows, sources, rates); load and save it.
- :mod:`.estimate` — per-parcel channel, deadline and compensation with their basis, for many
  parcels at once (:mod:`.deadlines`, :mod:`.compensation`, texts per group: :mod:`.texts`).
- :mod:`.labels` — worklist rows in words (urgency, checklist, picker labels).
- :mod:`.documents` — the document checklist and the guided process steps.
- :mod:`.records` — claim statuses, dates and amounts per parcel; the recovery report.
- :mod:`.statuses` — the claim status vocabulary and its groups.
- :mod:`.pack` — downloadable claim packs with pre-filled letters in English and Chinese.
"""

from lossanalytics.claims.codec import RulesError
from lossanalytics.claims.documents import DOCUMENTS, PROCESS_STEPS, documents_for
from lossanalytics.claims.estimate import OUTPUT_COLUMNS, estimate_claims
from lossanalytics.claims.pack import claim_pack, claim_packs_zip
from lossanalytics.claims.records import (
    ClaimError,
    get_claims,
    recovery_report,
    upsert_claim,
    upsert_claims,
)
from lossanalytics.claims.rule_types import Rule, Rules
from lossanalytics.claims.rules import default_rules, load_rules, save_rules
from lossanalytics.claims.statuses import STATUSES

__all__ = [
    "DOCUMENTS",
    "OUTPUT_COLUMNS",
    "PROCESS_STEPS",
    "STATUSES",
    "ClaimError",
    "Rule",
    "Rules",
    "RulesError",
    "claim_pack",
    "claim_packs_zip",
    "default_rules",
    "documents_for",
    "estimate_claims",
    "get_claims",
    "load_rules",
    "recovery_report",
    "save_rules",
    "upsert_claim",
    "upsert_claims",
]
