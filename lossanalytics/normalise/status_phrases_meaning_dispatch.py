"""On-demand and same-city dispatch read by its meaning, a pass of its own (round 38): the states that courier
platforms give a booking from the moment a driver is sought to the drop-off, in English and Spanish ("A driver
has accepted the delivery", "The driver has arrived at the pickup location.", "Courier on his way towards delivery
point.", "Taking signature of receiver (or selfie).", "Sin moradores", "Error Dirección").

The reading follows who holds the goods and which end of the trip the courier is at. A driver sought, proposed,
assigned, accepting or declining the job, travelling to or standing at the pickup or origin, and a booking
created, requested, confirmed or not ready yet: the goods are still with the sender, however "accepted",
"rejected", "on the way", "arrived" or "cancelled" (of a route, not the order) read elsewhere. Picked by the
driver, the goods move. A driver heading to or standing at the drop-off or the delivery point, one who started the
delivery or the route, and one taking the receiver's signature are the round, not yet a delivery. Ready to be
picked up by the customer waits for the customer; a price quote the customer rejected and an order no driver took
end the booking before anything moved; a delivery successfully completed is delivered; a problem while
collecting leaves the goods with the sender, one while delivering fails the delivery; goods kept until the next
delivery intent or handled by customer care are held. In Spanish: nobody living at the address, a rejection by the
customer and an address error fail the delivery; "Ingresado" alone is only data.

Two groups, spliced into status_phrases.STEPS:

- DISPATCH_FIRST_STEPS, first of all (before the Bulgarian, Romanian and English groups read "accepted",
  "rejected", "on the way to the origin", "arrived", "picked up", "pickup point", "signature" and the outcome
  steps "cancelled" and "picked up by the customer").
- DISPATCH_STEPS, last: texts nothing else reads.

Written by the team to DESIGN §4 (round 38); the examples are tests/test_status_meaning_dispatch.py.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

# The platform's courier, by the names dispatch platforms give him.
_COURIER = r"(?:driver|courier|rider|booster)s?"
# Travelling towards a place.
_HEADING = (r"(?:en route|on route|on (?:the|his|her|their|its) way|heading|headed|travel+ing|driving) "
            r"(?:toward|towards|to) (?:the )?(?:the )?")
# The sender's end of the trip: where the courier fetches the goods (the place or the goods named after it, so that
# the evidence is the whole phrase).
_PICKUP_END = r"(?:pick ?up(?: location| the items?)?|pick (?:it|them) up|origin|collect)\b"
# The recipient's end of the trip (a delivery address is the earlier groups' to read, with or without a courier).
_DROP_END = r"(?:drop ?off(?: location| point)?|dropoff(?: location| point)?|delivery (?:point|location))\b"
# A dispatch platform's booking.
_BOOKING = r"(?:delivery|order|job|route|task|request|booking)"

DISPATCH_FIRST_STEPS: tuple[Step, ...] = (
    # A courier heading to or standing at the recipient's end: the round, before "picked up" moves the goods on
    # and "arrived" reads an arrival at a facility.
    ("out_for_delivery", {
        "en": (r"\b" + _HEADING + _DROP_END,
               r"\b" + _COURIER + r" (?:\w+ ){0,3}?(?:arrived|is|are|waiting) at (?:the )?(?:the )?" + _DROP_END,
               r"\b" + _COURIER + r" (?:has |have )?(?:started|begun|began) (?:the |their |his |her )?(?:route|round)\b",
               r"\b(?:started|begun|began) the deliver(?:y|ies)\b",
               r"\btaking (?:the )?(?:receiver s |recipient s |customer s )?signature\b"),
    }),
    # A courier sought, proposed, assigned, accepting or declining the job, heading to or standing at the sender's
    # end, and a booking not yet taken: the goods are still with the sender, before "accepted", "rejected", "on
    # the way to the origin", "arrived", "pickup point", "problem" and a route's "cancelled" read otherwise.
    ("info_received", {
        "en": (r"\b" + _COURIER + r" (?:\w+ ){0,12}?" + _HEADING + _PICKUP_END,
               r"^en route to (?:the )?pick ?up(?: location)?$",
               r"\b" + _COURIER + r" (?:\w+ ){0,3}?(?:arrived|is|are) at (?:the )?(?:pick ?up|origin) location\b",
               r"\bbeing picked up to be (?:dispatched|sent|delivered)\b",
               r"\bwaiting for (?:a |an )?" + _COURIER + r"\b",
               r"\b(?:locating|searching for|looking for|seeking) (?:a |an )?" + _COURIER + r"\b",
               r"\buntil the " + _COURIER + r" assignment\b",
               r"\b" + _COURIER + r" (?:has |have )?yet to be assigned\b",
               # Accepted by the courier named as the one assigned, or not yet at the pickup: the job, not the goods
               # (a carrier's "accepted by courier" alone is its taking the parcel in).
               r"\baccepted by (?:the |a |an )?assigned " + _COURIER + r"\b",
               r"\baccepted by (?:the |a |an )?" + _COURIER + r" not (?:yet )?at (?:the )?(?:pick ?up|origin)\b",
               r"\b" + _COURIER + r" (?:\w+ ){0,3}?(?:has |have )?(?:accepted|rejected|declined) (?:the|this|that) "
               + _BOOKING + r"\b",
               r"\b" + _COURIER + r" proposed\b",
               r"\bbroadcast(?:ed)? to (?:the )?(?:\w+ ){0,3}?" + _COURIER + r"\b",
               r"\bassigned to (?:\w+ ){1,3}?" + _COURIER + r" waiting for (?:his|her|their) (?:response|answer)\b",
               r"\broute of (?:this|the) order has been cancel+ed\b",
               r"\bproblem (?:while|when) collecting\b",
               r"\b(?:order|job|delivery) (?:has been created in|is in creation)\b",
               r"\b(?:new job|just created|draft is created)\b",
               r"\bhas been requested to the (?:carrier|courier)\b",
               r"\b(?:order|parcel|package) isn t ready yet\b",
               r"\bconfirmed the request to deliver\w*\b",
               r"\bscheduled for a future (?:time|date)\b",
               r"\bdelivery request is being processed\b"),
    }),
    # Waiting for the customer to come for it, before "picked up by the customer" reads a delivery.
    ("available_for_pickup", {
        "en": (r"\bready to be (?:picked up|collected) by (?:the )?(?:customer|recipient|consignee|receiver|buyer)\b",),
    }),
    # A quote the customer rejected, an order no driver or fleet took: the booking ended before anything moved,
    # before "rejected" reads a refusal.
    ("cancelled", {
        "en": (r"\bquote (?:has been |was )?rejected\b",
               r"\border has been rejected\b.*\bno (?:driver|courier|fleet)\b"),
    }),
    # A problem while delivering: the delivery failed, before "problem" reads a problem with no outcome.
    ("delivery_failed", {
        "en": (r"\bproblem (?:while|when) delivering\b",),
    }),
)

DISPATCH_STEPS: tuple[Step, ...] = (
    ("in_transit", {
        "en": (r"\bpicked by (?:the |a |our )?" + _COURIER + r"\b",),
    }),
    ("delivered", {
        "en": (r"\bdelivery (?:has been |was |is )?success?fully completed\b",),
    }),
    ("exception", {
        "en": (r"\buntil (?:the )?next delivery (?:intent|attempt)\b", r"\bhandled by customer (?:care|service)\b"),
    }),
    ("delivery_failed", {
        "es": (r"\bsin moradores\b", r"^rechazado (?:por )?(?:el )?cliente$", r"^error (?:de |en (?:la )?)?direccion$"),
    }),
    ("info_received", {
        "es": (r"^ingresado$",),
    }),
)
