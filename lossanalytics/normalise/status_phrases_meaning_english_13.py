"""English tracking texts read by their meaning, thirteenth pass (round 46): the English of marketplaces' fulfilment
and shipment states as sellers see them ("The process of picking units from inventory has begun", "Shipment received -
did not receive paperwork", "Delivery appointment scheduled", "Requires customer action").

The reading follows where the goods are: units being picked from a fulfilment centre's stock have not left the seller's
side; goods that reached the carrier without their papers are held (papers without the goods are only data, as
elsewhere in this vocabulary); an appointment booked for a delivery still to come moves on; a shipment waiting for the
recipient to act is held.

Two groups, spliced into the first pass's groups (and so into status_phrases.STEPS) after the twelfth pass's:

- MEANING_ENGLISH_13_FIRST_STEPS, in MEANING_ENGLISH_FIRST_STEPS (before "picking" reads a collection).
- MEANING_ENGLISH_13_STEPS, in MEANING_ENGLISH_STEPS: texts nothing else reads.

Written by the team to DESIGN §4 (round 46); the examples are tests/test_status_meaning_english_13.py.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

# The goods themselves, as against their papers.
_GOODS = r"(?:the )?(?:shipment|parcel|package|goods|consignment|freight|item)s?"
# The papers that travel with the goods.
_PAPERS = r"(?:the )?(?:paperwork|documents?|documentation)"
# A receipt the words deny: "did not receive", "not received".
_NOT_RECEIVED = r"(?:did not|didn t|has not|hasn t|was not|wasn t|not) (?:receive[ds]?|received|arrived?)"

MEANING_ENGLISH_13_FIRST_STEPS: tuple[Step, ...] = (
    # Units picked from a fulfilment centre's stock are still on the seller's side, before "picking" reads a
    # collection by the carrier.
    ("info_received", {
        "en": (r"\bpicking (?:of )?(?:the )?(?:units|items|products|goods|stock)? ?from (?:the )?(?:inventory|stock|shelves?)\b",),
    }),
)

MEANING_ENGLISH_13_STEPS: tuple[Step, ...] = (
    # An appointment booked for a delivery still to come: moving on.
    ("in_transit", {
        "en": (r"^delivery appointment (?:scheduled|booked|made|set|arranged|confirmed)$",),
    }),
    # The goods reached the carrier without their papers: held (DESIGN §4: missing documents).
    ("exception", {
        "en": (r"\b" + _GOODS + r" received\b.*\b" + _NOT_RECEIVED + r" " + _PAPERS + r"\b",),
    }),
    # The papers reached the carrier without the goods: the carrier only has the data.
    ("info_received", {
        "en": (r"\b" + _PAPERS + r" received\b.*\b(?:" + _NOT_RECEIVED + r" " + _GOODS + r"|" + _GOODS + r" not received)\b",),
    }),
    # Waiting for the recipient to act: held.
    ("exception", {
        "en": (r"^requires? (?:customer|recipient|consignee|buyer) action$",
               r"^(?:customer|recipient|consignee|buyer) action (?:required|needed)$"),
    }),
)
