"""English tracking texts read by their meaning, forty-second pass (round 140): holds, returns, failed deliveries and
the states before the carrier as a post's event table, a last-mile courier's API states and remarks, a freight
forwarder's cargo states and Indian couriers' non-delivery reasons say them ("Marked for return - refused", "Return to
NRC - Refused", "Accepted for return by POL", "Local Collect arrived at Post Office", "Collected from … Customer Service
Point", "Export Cancellation due to Awaiting Payment of Charges", "unable to export this item", "dangerous goods …
disposed of", "Forwarded - Wrong Address", "Seller Initiated Delay", "Customer want pick-up from …", "Requested Delay
Delivery", "Booking Rejected", "amount not ready", "e-way bill dispute").

The reading follows where the parcel is and who holds it (DESIGN §4). An item marked for return, returned or forwarded
to a national returns centre, or accepted for return at a post office, goes back to its sender (where "refused",
"addressee unknown", "address incomplete" or "undelivered" read a failed delivery). A Local Collect item delivered or
arrived at a post office waits there for its addressee (where "delivered" reads a delivery and "arrived" movement); one
collected from a Customer Service Point is delivered (where "service point" reads a parcel waiting). An export stopped
for charges awaited or a customer who cannot be reached, and an item the post cannot export, are held (where
"cancellation" reads a cancellation and "export" movement); dangerous or prohibited goods disposed of are lost (where
"dangerous goods" reads a hold). An item forwarded because its address was wrong moves on (where "wrong address" reads a
failed delivery). A delay the seller started, and a customer wanting the pickup made from somewhere, are before the
carrier (where "delay" and "non-serviceable" read problems); a delivery put off at the customer's request is a failed
delivery, as a customer's future-delivery request reads (where "delay" reads a problem). A booking rejected is no
shipment: cancelled (where "rejected" reads a refusal). An amount to pay not ready at the door fails the delivery (where
"clearance" reads customs moving the parcel); an e-way bill in dispute holds the goods (where "bill dispute" reads a
refusal).

Read only where nothing else reads them (the whole text, or its start): an item leaving the UK or the country moves; an
item selected, booked or prepared for redelivery has missed its delivery; a seller who cannot be reached, goods not
picked (not "not picked up", which the tenth pass leaves unread: a recipient's collection or the carrier's), a pickup
wanted later or not possible in its slot are before the carrier; a customer wanting the delivery beyond a cut-off date
or on another date, a junk address, no such customer or consignee and a receiving desk ("inward") closed are failed
deliveries; an item inducted or picked up ("pickedup") moves; returns confirmed go back; in (customs) inspection is
clearance under way; waiting for the duty or the gate pass is a hold; a delivery issue due to heavy rain, floods or a
natural calamity is a delay.

Two groups. MEANING_ENGLISH_42_FIRST_STEPS, first in the first pass's first group (before the forty-first pass's);
MEANING_ENGLISH_42_LATE_STEPS, after the forty-first pass's late group. Left unread, or left as read, where the words do
not say the state the source's key gives: see docs/status-phrases.md, "Round 140's passes".

Written by the team to DESIGN §4 (round 140); the examples are tests/test_status_meaning_english_42.py.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step
from lossanalytics.normalise.status_words import EN_GOODS, EN_PERSON

# Whose pickup or delay it is before the carrier has the goods: the sender's side.
_SENDER = r"(?:seller|shipper|sender|merchant|vendor|consignor)"
# Who asks for a pickup or a delivery.
_ASKER = r"(?:customer|consignee|receiver|recipient|buyer|seller|shipper|sender|merchant|vendor|consignor)"
# A later day or time than the one planned.
_LATER = (r"(?:(?:beyond|after|past|on|at) (?:the |a )?(?:cut ?off (?:date|time)|another (?:date|day|time)|"
          r"(?:a )?later (?:date|day|time))|later)")
# A post office, a Customer Service Point, or Post Office Ltd's counter ("POL").
_POST_OFFICE = r"(?:the |a |your |our )?(?:post office|pol|customer service point)"

MEANING_ENGLISH_42_FIRST_STEPS: tuple[Step, ...] = (
    # Marked for return for a reason (not "to origin", read as before), returned or forwarded to a national returns centre, accepted for return at a counter: back
    # to the sender (before "refused", "addressee unknown", "address incomplete" or "undelivered" read a failure).
    ("returned", {
        "en": (r"^(?:the )?(?:" + EN_GOODS + r" )?marked for return\b(?! to\b)(?!.*\brto\b)(?= \w)",
               r"\b(?:return(?:ed)?|forwarded|sent) to (?:the )?(?:nrc|national returns? (?:centre|center))\b",
               r"\baccepted for return\b"),
    }),
    # A Local Collect item delivered or arrived at a post office waits there (before "delivered" reads a delivery and
    # "arrived" movement); one collected from a Customer Service Point is delivered (before "service point").
    ("available_for_pickup", {
        "en": (r"^local collect\b(?!.*\breturn\w*\b).*\b(?:delivered|arrived) (?:to|at) " + _POST_OFFICE + r"\b",),
    }),
    ("delivered", {
        "en": (r"^(?:the )?(?:" + EN_GOODS + r" )?collected (?:by (?:the )?" + EN_PERSON + r" )?from (?:the )?"
               r"(?:royal mail )?customer service point$",),
    }),
    # An export stopped for charges awaited or for a customer who cannot be reached, an item the post cannot export:
    # held (before "cancellation" reads a cancellation and "export" movement).
    ("exception", {
        "en": (r"^export cancell?ation due to (?:awaiting (?:the )?payment|impossible to contact)\b",
               r"\b(?:cannot|can not|can t|unable to|not able to) (?:be )?export(?:ed)?\b(?!.*\breturn\w*\b)"),
    }),
    # Dangerous or prohibited goods disposed of or destroyed (not only part of them): lost (before "dangerous goods"
    # reads a hold).
    ("lost", {
        "en": (r"\b(?:dangerous|prohibited|restricted|hazardous) (?:goods|items?|articles?|contents)\b"
               r"(?!.*\bremaining\b).*\b(?:disposed of|destroyed)\b",),
    }),
    # Forwarded because its address was wrong (the whole text): moving (before "wrong address" reads a failure).
    ("in_transit", {
        "en": (r"^forwarded (?:(?:due to|because of|after) )?(?:an? )?(?:wrong|incorrect) address$",),
    }),
    # A delay the seller started, a customer wanting the pickup made from somewhere: before the carrier (before
    # "delay" and "non-serviceable" read problems).
    ("info_received", {
        "en": (r"^(?:the )?" + _SENDER + r" initiated delay$",
               r"^(?:the )?" + _ASKER + r" wants? (?:a )?pick ?up from\b"),
    }),
    # A delivery put off at the customer's request (the whole text): a failed delivery, as a customer's
    # future-delivery request reads (before "delay" reads a problem).
    ("delivery_failed", {
        "en": (r"^(?:(?:the )?" + EN_PERSON + r" )?request(?:ed|s)? (?:for )?(?:a )?(?:delay(?:ed)?|later|future) "
               r"delivery$",),
    }),
    # A booking rejected (the whole text): no shipment (before "rejected" reads a refusal).
    ("cancelled", {
        "en": (r"^(?:the )?booking (?:was |has been |is )?(?:rejected|declined)$",),
    }),
    # An amount to pay not ready at the door: a failed delivery (before "clearance" reads customs moving it); an
    # e-way bill in dispute or missing: a hold (before "bill dispute" reads a refusal).
    ("delivery_failed", {
        "en": (r"\bamount (?:is |was )?not ready\b",),
    }),
    ("exception", {
        "en": (r"\be ?way ?bill (?:dispute|issue|problem|missing|expired|not (?:available|generated|provided))\b",),
    }),
)

MEANING_ENGLISH_42_LATE_STEPS: tuple[Step, ...] = (
    # Leaving the UK or the country (the whole text): moving.
    ("in_transit", {
        "en": (r"^(?:the |your )?(?:" + EN_GOODS + r" )?(?:is )?leaving (?:the )?(?:uk|united kingdom|country)$",),
    }),
    # Selected, booked or prepared for redelivery (the whole text): the delivery was missed.
    ("delivery_failed", {
        "en": (r"^(?:the )?(?:" + EN_GOODS + r" )?(?:selected|booked|prepared) for re ?delivery$",),
    }),
    # A seller who cannot be reached, goods not picked, a pickup wanted later or not possible in its slot: before the
    # carrier.
    ("info_received", {
        "en": (r"^(?:the )?" + _SENDER + r" (?:is )?(?:not reachable|unreachable|not contactable|uncontactable)$",
               r"^(?:the )?" + _ASKER + r" wants? (?:the |a )?pick ?up " + _LATER + r"$",
               r"^(?:the )?" + EN_GOODS + r" (?:is |was |has )?not (?:yet )?(?:been )?picked$",
               r"^(?:unable|not able) to pick ?up (?:in|at|within|during) (?:the |a )?(?:given |scheduled |selected )?"
               r"(?:time )?slot$"),
    }),
    # A customer wanting the delivery later, a junk address, no such customer, the receiving desk closed: a failed
    # delivery.
    ("delivery_failed", {
        "en": (r"^(?:the )?" + EN_PERSON + r" wants? (?:the )?delivery " + _LATER + r"$",
               r"^(?:the )?(?:delivery )?address (?:is )?(?:junk|garbage|gibberish)$",
               r"^no such (?:customer|consignee|person|addressee|recipient)\b",
               r"^inward (?:section |desk |department )?(?:is )?closed\b"),
    }),
    # Inducted or picked up ("pickedup") as the whole text: moving; in (customs) inspection: clearance under way.
    ("in_transit", {
        "en": (r"^(?:the )?(?:" + EN_GOODS + r"|article) (?:inducted|pickedup)$",
               r"^(?:in|under) (?:customs |border )?inspection$"),
    }),
    # Returns confirmed (the whole text): going back.
    ("returned", {
        "en": (r"^returns? confirmed$",),
    }),
    # Waiting for the duty or the gate pass: a hold; an issue due to heavy rain, floods or a calamity: a delay.
    ("exception", {
        "en": (r"^(?:waiting|awaiting) (?:for )?(?:the )?(?:customs )?(?:duty|duties|gate ?pass)\b",
               r"\bdue to (?:heavy rains?|natural calamit(?:y|ies)|floods?|flooding|cyclones?)\b"),
    }),
)
