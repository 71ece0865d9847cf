"""What to attach to a claim, and the steps of handling a loss, from the source documents.

Both are keys into the message catalogue (`claims.doc.<key>`, `claims.step.<key>` and
`claims.step.<key>.help`), so the checklist and the guided process read the same in the
workbench, the claim pack and the letters, in English and Chinese.
"""

from __future__ import annotations

from lossanalytics.i18n import t

#: Every document a claim may need, in the order a claims handler asks for them.
DOCUMENTS: tuple[str, ...] = (
    "order_details",
    "proof_of_purchase",
    "tracking_records",
    "proof_of_value",
    "shipping_documents",
    "damage_photos",
    "insurance_policy",
    "correspondence",
)

#: The seller's path from noticing a loss to being paid (or appealing), in order.
PROCESS_STEPS: tuple[str, ...] = ("track", "report", "document", "file", "cooperate", "resolve")

OUTCOMES: tuple[str, ...] = ("lost", "suspected_lost", "damaged")


def documents_for(outcome: str, insured: bool) -> list[str]:
    """The checklist for one parcel: photos only for damage, the policy only when insured."""
    if outcome not in OUTCOMES:
        raise ValueError(f"no claim checklist for outcome {outcome!r}; expected one of {', '.join(OUTCOMES)}")
    skipped = set()
    if outcome != "damaged":
        skipped.add("damage_photos")
    if not insured:
        skipped.add("insurance_policy")
    return [key for key in DOCUMENTS if key not in skipped]


def document_label(key: str, lang: str) -> str:
    """The checklist line for document `key`."""
    return t(f"claims.doc.{key}", lang)


def step_title(step: str, lang: str) -> str:
    """The short name of process step `step`."""
    return t(f"claims.step.{step}", lang)


def step_help(step: str, lang: str) -> str:
    """What the seller does in process step `step`, in a sentence or two."""
    return t(f"claims.step.{step}.help", lang)
