"""English tracking texts read by their meaning, thirty-sixth pass (round 118): the states before delivery as an Indian
courier's reason codes, an Indian shop's order-management statuses and an Australian freight company's job statuses
say them ("Pickup Unassigned", "Pickup attempted Late", "Picked Rescheduled", "Excess Shipment Pickedup", "Field pickup
via Laptop", "Assigned to Run Code", "Manifested - Not Received by Destination", "Items allocated from warehouse",
"Items being picked", "Packed and ready", "In Branch", "Contents Missing", "Forcibly Taken By Consignee").

The reading follows where the parcel is and who holds it (DESIGN §4). A pickup not yet given to a courier, a pickup
attempted too late, and a pickup moved to another day (written "Picked Rescheduled") leave the parcel with its sender,
before the carrier (where "attempted" reads a failed delivery and "rescheduled ... after cutoff" a delay). A shipment
picked up beyond the manifest ("excess"), a field pickup recorded on a laptop or handheld and a shipment put on a
delivery run at the delivery centre are with the carrier, on their way (where "excess" reads an exception). A shipment
manifested but never received at its destination is an exception (where "manifested" reads a parcel announced). A
consignee's answer awaited for a delivery is a failed delivery, as the courier's other non-delivery reasons are (where
"awaiting the consignee's response" alone reads an exception). Stock allocated, items picked or being picked in the
warehouse, and an order packed and ready are before the carrier; "In Branch" as the whole status is a parcel at one of
the carrier's branches; contents missing from a shipment are an exception; a shipment the consignee took by force is
with its recipient.

Two groups. MEANING_ENGLISH_36_FIRST_STEPS, first in the first pass's first group (before the thirty-fifth pass's):
the steps after it read "attempted", "rescheduled", "excess", "manifested", "awaiting the consignee's response", "OFD"
and "re-attempt" otherwise; it also keeps four texts unread that name no state ("Re-attempt and Return", an
instruction; "Correction Of Wrong POD Details", a record corrected; "OFD Lock" and "OFD Lock Revoked", a lock on a
step).
MEANING_ENGLISH_36_LATE_STEPS comes after the thirty-fifth pass's late group and reads only texts nothing else reads.
Left unread: "Package ready" (packed for the courier in its source, ready for its recipient in other words), a job
"Complete" (any task's word, as "Completed" is left unread; delivered in its source), "At branch" (a branch to collect
from, or one on the way), "Tracking Number Updated", "Invoiced", "Refunded" and "SDL - Special delivery location" (no
place of the parcel); "Awaiting payment" stays read as an exception (a payment the carrier waits for, as the development
corpus's other rows have it).

Written by the team to DESIGN §4 (round 118); the examples are tests/test_status_meaning_english_36.py.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step
from lossanalytics.normalise.status_words import EN_GOODS, EN_PERSON

MEANING_ENGLISH_36_FIRST_STEPS: tuple[Step, ...] = (
    # Instructions, corrections and locks that name no state: unread (before "re-attempt" reads a failed delivery,
    # "wrong" an exception and "OFD" a parcel out for delivery).
    ("unknown", {
        "en": (r"^re ?attempt (?:and|then|&) return$",
               r"^correction of (?:the )?(?:wrong |incorrect )?pod (?:details|data|info)$",
               r"^ofd lock(?: revoked| released| removed)?$"),
    }),
    # A pickup not yet assigned, attempted too late, or moved to another day: still with the sender (before
    # "attempted" reads a failed delivery and "rescheduled" an exception).
    ("info_received", {
        "en": (r"^pick ?up (?:un ?assigned|not (?:yet )?assigned)$",
               r"\bpick ?up (?:was )?attempted (?:too )?late\b",
               r"^pick(?:ed)?(?: ?up)? re ?scheduled\b"),
    }),
    # Picked up beyond the manifest, a field pickup recorded on a device, put on a delivery run at the delivery
    # centre: with the carrier (before "excess" reads an exception).
    ("in_transit", {
        "en": (r"^excess " + EN_GOODS + r"s? picked ?up$",
               r"^field pick ?up (?:via|by|on|through) (?:a )?(?:laptop|handheld|hand held|device|app|mobile|phone)$",
               r"^assigned to (?:a )?(?:delivery )?run ?(?:code|sheet)\b"),
    }),
    # Manifested but not received at its destination: an exception (before "manifested" reads a parcel announced).
    ("exception", {
        "en": (r"\bmanifested\W+not (?:yet )?received (?:by|at) (?:the )?destination\b",),
    }),
    # The consignee's answer awaited for a delivery: a failed delivery (before "awaiting the consignee's response"
    # reads an exception).
    ("delivery_failed", {
        "en": (r"\bawaiting (?:the )?" + EN_PERSON
               + r"(?: s)? (?:response|reply|answer) (?:for|to) (?:the )?delivery\b",),
    }),
)

MEANING_ENGLISH_36_LATE_STEPS: tuple[Step, ...] = (
    # Stock allocated, items picked or being picked in the warehouse, an order packed and ready: before the carrier.
    ("info_received", {
        "en": (r"^(?:items?|stock|inventory|products?) (?:allocated|reserved)(?: (?:from|in|at) (?:the )?warehouse)?$",
               r"^(?:items?|products?) (?:being |were |are )?picked$",
               r"^(?:packed and ready|packed (?:and )?ready (?:to|for) (?:ship|dispatch|pick ?up))$"),
    }),
    # In a branch as the whole status: at one of the carrier's branches.
    ("in_transit", {
        "en": (r"^in (?:the )?branch$",),
    }),
    # A shipment the consignee took: with its recipient, delivered.
    ("delivered", {
        "en": (r"^forcibly taken by (?:the )?" + EN_PERSON + r"$",),
    }),
    # Contents missing from a shipment: an exception.
    ("exception", {
        "en": (r"^(?:the )?contents? (?:are |is )?missing$",),
    }),
)
