"""English tracking texts read by their meaning, thirty-first pass (round 84): the middle of the journey, the time before
the carrier and the problems on the way as Indian couriers' MIS reports and webhooks, a South African courier's
tracking stages and recorded postal traces word them ("LH Fwd Intransit", "ConnectionPending", "pickup created",
"pickdone", "drs prepared", "Allocated To Route", "Loaded into the vehicle", "return undelivered", "shipment
missroute", "customer wants evening delivery", "Late freight", "Text POD", "Your item was processed for delivery.").

The reading follows where the parcel is and who holds it (DESIGN §4). A parcel moving forward on a line haul or a local
leg ("LH Fwd Intransit", "forward in transit") is on its way, and so is one waiting for its connection or line haul
("connection pending", said on its own: a return named before it is read by the return steps). A pickup created,
requested or raised is a collection still to come: the carrier does not yet hold the parcel. A pickup done ("pickdone")
is the carrier taking it. A delivery run sheet prepared or generated is the delivery office planning the round: the
parcel is still on its way. A parcel allocated or assigned to a delivery route, routed to its driver or loaded into
the (delivery) vehicle or van is on its last leg; so is an item processed for delivery, as a postal trace says it of a
parcel handed to the courier (the parcel or item named, as the text opens). A return that is undelivered is still a
return on its way back. A handling scan that identifies the item as high value leaves it moving. A route the parcel
should not have taken ("missroute", as the misroute steps read "misroute") is an exception; so is freight, a line haul
or a trunk that runs late ("Late freight", said on its own). A customer who wants a delivery in the evening, the
morning, at the weekend or at another time, a customer (consignee) validation or verification that failed, an area
outside the delivery area ("ODA", "out of delivery area") and a non-delivery report call are a failed attempt at the
door. A proof of delivery sent by text, SMS or e-mail ("Text POD") is a delivery. A waybill or consignment captured
(by operations) is data only, before the carrier has the parcel.

Two groups. MEANING_ENGLISH_31_FIRST_STEPS comes first in the first pass's first group (before the thirtieth pass's):
the outcome steps after it read "undelivered" as a failed attempt, "loaded" and "processed" as a parcel moving and
"prepared" as a parcel made ready at the sender. MEANING_ENGLISH_31_LATE_STEPS comes after the thirtieth and
twenty-ninth passes' late groups: the texts it reads are read by nothing earlier (a return, a loss or a delivery named
beside them is read before it).

Written by the team to DESIGN §4 (round 84); the examples are tests/test_status_meaning_english_31.py.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step
from lossanalytics.normalise.status_words import EN_PERSON

# What the sender ships.
_GOODS = r"(?:parcel|package|item|shipment|consignment|order)"

MEANING_ENGLISH_31_FIRST_STEPS: tuple[Step, ...] = (
    # A return undelivered: still a return on its way back (before "undelivered" reads a failed attempt).
    ("returned", {
        "en": (r"^(?:the )?(?:return|rto|return to origin)(?: shipment| parcel| consignment)? (?:is |was )?undelivered$",),
    }),
    # Loaded into the vehicle or van, allocated to a route, routed to the driver: the last leg (before "loaded" reads
    # a parcel moving on a truck; "delivery vehicle" and "delivery route" are read by the last-leg steps).
    ("out_for_delivery", {
        "en": (r"^(?:(?:the |your )?" + _GOODS + r" (?:has been |was |is )?)?loaded (?:into|onto|on|in) (?:the |a )?"
               r"(?:vehicle|van)$",
               r"^(?:(?:the |your )?" + _GOODS + r" (?:has been |was |is )?)?(?:allocated|assigned) to (?:a |the )?"
               r"(?:route|round|run)$",
               r"^(?:(?:the |your )?" + _GOODS + r" (?:has been |was |is )?)?routed to (?:the |a |your )?"
               r"(?:driver|courier|rider)$"),
    }),
    # The item processed for delivery, as the text opens: handed to the courier for the round (before "processed"
    # reads a parcel moving).
    ("out_for_delivery", {
        "en": (r"^(?:your |the )?" + _GOODS + r" (?:was|has been|is|is being) processed for delivery$",),
    }),
    # A delivery run sheet prepared: the round being planned at the delivery office, the parcel still on its way
    # (before "prepared" reads a parcel made ready by the sender).
    ("in_transit", {
        "en": (r"^(?:drs|delivery run ?sheet|run ?sheet) (?:prepared|created|generated|made)$",),
    }),
)

MEANING_ENGLISH_31_LATE_STEPS: tuple[Step, ...] = (
    # Forward on a line haul or a local leg, waiting for the connection or the line haul, a pickup done, a handling
    # scan naming the item high value: on its way.
    ("in_transit", {
        "en": (r"^(?:(?:lh|line ?haul|local|hub|surface|air) )?(?:fwd|forward) in ?transit$",
               r"^(?:connection|line ?haul|onward connection) pending$",
               r"^pick ?(?:up ?)?done$",
               r"\b(?:identified|flagged|marked) as (?:a )?high value\b"),
    }),
    # A pickup created, requested or raised: the collection still to come, before the carrier.
    ("info_received", {
        "en": (r"^(?:(?:a )?pick ?up|collection) (?:has been |was |is )?(?:created|raised|generated|registered)$",
               r"^captured (?:by )?(?:ops|operations)$",
               r"^(?:the )?(?:waybill|consignment|shipment) (?:details )?(?:has been |was |is )?captured$"),
    }),
    # A route the parcel should not have taken, freight or a line haul running late: an exception.
    ("exception", {
        "en": (r"\bmiss ?rout(?:e|ed|ing)\b",
               r"^late (?:freight|line ?haul|trunk|linehaul|transfer)$"),
    }),
    # The customer asking for another time of delivery, a customer validation that failed, an address outside the
    # delivery area, a non-delivery report call: a failed attempt at the door.
    ("delivery_failed", {
        "en": (r"\b" + EN_PERSON + r" (?:wants|wanted|requested|requests|asked for|asks for|prefers) (?:an? )?"
               r"(?:evening|morning|afternoon|night|weekend|sunday|saturday|later|late) delivery\b",
               r"\b" + EN_PERSON + r" (?:otp )?(?:validation|verification) (?:failure|failed)\b",
               r"^(?:oda )?out of (?:the )?delivery area$",
               r"^ndr (?:call|raised|generated|marked|initiated|reported|created)\b"),
    }),
    # Proof of delivery sent by text, SMS or e-mail: delivered.
    ("delivered", {
        "en": (r"^(?:text|sms|e ?mail|electronic|digital) (?:pod|proof of delivery)$",),
    }),
)
