"""English tracking texts read by their meaning, twenty-third pass (round 64): the reasons shipping platforms attach to
a cancelled, failed, suspended or delayed shipment and a cargo agent's waybill messages ("Awaiting customer
confirmation", "Collection attempts exhausted", "Issue with customs clearance", "Item not acceptable by carrier",
"Goods will be picked up by the recipient", "Delivery of goods failed because").

The reading follows what the words say of the parcel (DESIGN §4). An address the carrier does not serve and the delivery
of the goods said to have failed (the reason to follow) fail the delivery. A shipment awaiting the customer's, the
merchant's or the shipper's confirmation and an issue or a problem with customs clearance, each said on its own, and an
item the carrier will not accept hold it (before "customs" reads a clearance under way and "accept" a parcel taken in).
Collection attempts exhausted, a carrier's booking confirmation still pending, a pickup process and a shipment waiting
for its shipping process have not reached the carrier (before "process" reads a parcel processed). Goods to be picked up
by the recipient wait for pickup (before "picked up by the recipient" reads the collection made), and goods received by
a person the message names next ("received by:") are delivered (before "received by" reads a hand-over to the carrier).
A delivery rescheduled (by the customer too: the fourth pass holds it), a confirmation awaited for a redelivery, a
customs clearance completed and goods received by the carrier are left to the steps that read them.

MEANING_ENGLISH_23_FIRST_STEPS comes first in the first pass's first group (before the second pass's), as the eleventh
pass reads "picked up by the recipient" as the collection made.

Written by the team to DESIGN §4 (round 64); the examples are tests/test_status_meaning_english_23.py.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

# The recipient's side.
_RECEIVER = r"(?:consignee|customer|recipient|receiver|addressee|buyer)"
# Whoever a shipment can wait on to confirm it.
_PARTY = r"(?:consignee|customer|recipient|receiver|addressee|buyer|merchant|shipper|sender|seller|vendor|client)"
# What the goods are called.
_GOODS = r"(?:goods|items?|parcels?|packages?|shipments?|consignments?|orders?)"

MEANING_ENGLISH_23_FIRST_STEPS: tuple[Step, ...] = (
    # Goods to be picked up by the recipient: waiting for pickup, before "picked up by the recipient" reads it done.
    ("available_for_pickup", {
        "en": (r"\b(?:will|to) be (?:picked up|collected) by (?:the )?" + _RECEIVER + r"\b",),
    }),
    # Goods received by the person named next (the message ends on "received by:"): delivered, before "received
    # by" reads a hand-over to the carrier.
    ("delivered", {
        "en": (r"^" + _GOODS + r" (?:have|has) been received by$",),
    }),
    # An address the carrier does not serve, the delivery of the goods failed with the reason still to follow: a
    # failed delivery.
    ("delivery_failed", {
        "en": (r"\baddress (?:is )?not served by (?:the )?carrier\b",
               r"\bcarrier (?:does not|doesn t|cannot|can t|can not) serve "
               r"(?:the |this |your )?(?:provided |given )?address\b",
               r"^delivery of (?:the )?" + _GOODS + r" (?:has |have )?failed(?: because| due to| as)?$"),
    }),
    # Awaiting a party's confirmation, on its own (a confirmation for a redelivery is the failed attempt's), a
    # customs clearance issue on its own (a longer text may name it among possibilities), an item the carrier will
    # not accept: held.
    ("exception", {
        "en": (r"^awaiting (?:the )?" + _PARTY + r" confirmation$",
               r"^awaiting confirmation from (?:the )?" + _PARTY + r"$",
               r"^customs (?:clearance )?(?:issues?|problems?)$",
               r"^(?:issues?|problems?) with (?:the )?customs(?: clearance)?$",
               r"\bnot acceptable (?:by|to|for) (?:the )?carrier\b"),
    }),
    # Collection attempts exhausted, a carrier's booking not yet confirmed, a pickup process, a shipment waiting
    # for its shipping process: not yet with the carrier.
    ("info_received", {
        "en": (r"\b(?:collection|pick ?up) attempts (?:have been |are |were )?exhausted\b",
               r"\bbooking confirmation (?:is )?(?:still )?pending\b",
               r"^pick ?up process\b",
               r"^waiting for (?:the )?(?:shipping|shipment|dispatch) process$"),
    }),
)
