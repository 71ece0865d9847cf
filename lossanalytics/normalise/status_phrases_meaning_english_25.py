"""English tracking texts read by their meaning, twenty-fifth pass (round 68): the last leg as Indian couriers' NDR
codes and a multi-courier manager's shipment states write it ("Customer wants to change delivery address",
"Shipment created but not yet picked up").

The reading follows what the words say of the parcel (DESIGN §4). A customer who wants the delivery address changed is
the reason a delivery attempt ended without the parcel handed over, as the non-delivery reports file it (a wish told
at the door, not a change the carrier reports as made). A shipment created but not yet picked up has not reached the
carrier (before "not yet picked up" is left unread, as it also says of a parcel the recipient has not collected). A
future delivery requested with nobody named (a hold or a failed attempt, not said), a parcel held for a future
delivery, an address change the carrier made or was asked for and a recipient's parcel not yet picked up are left to
the steps that read them.

MEANING_ENGLISH_25_FIRST_STEPS comes first in the first pass's first group (before the twenty-third pass's), as the
tenth pass leaves "not yet picked up" unread.

Written by the team to DESIGN §4 (round 68); the examples are tests/test_status_meaning_english_25.py.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

# The recipient's side.
_RECEIVER = r"(?:consignee|customer|recipient|receiver|addressee|buyer)"
# What a shipment record is called.
_RECORD = r"(?:shipments?|orders?|parcels?|packages?|consignments?|awbs?|waybills?|labels?)"

MEANING_ENGLISH_25_FIRST_STEPS: tuple[Step, ...] = (
    # Created but not yet fetched from the sender: not yet with the carrier, before "not yet picked up" is left unread.
    ("info_received", {
        "en": (r"^" + _RECORD + r" (?:is |was |has been )?created,? but not (?:yet )?(?:been )?"
               r"(?:picked up|collected|handed over)$",),
    }),
    # A customer wanting the delivery address changed: the reason a delivery attempt ended without the parcel handed
    # over.
    ("delivery_failed", {
        "en": (r"\b" + _RECEIVER + r" (?:wants|wanted) to change (?:the |his |her |their )?(?:delivery )?address\b",),
    }),
)
