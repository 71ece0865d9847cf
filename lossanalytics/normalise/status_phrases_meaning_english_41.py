"""English tracking texts read by their meaning, forty-first pass (round 135): the states before the carrier, the last
leg, failed attempts, returns and exceptions as a courier's status-code glosses in a shop's backend, an Indian
marketplace's order-item transitions, an Indian courier's API status tables and a UK tracking platform's states say
them ("added to transit manifest", "manifest handed to branch", "delivery manifest created", "Cancellation rejected,
already in progress", "When Shipment is not physically Picked up from Client's Warehouse", "… reached DC but not yet
dispatched for delivery", "… dispatched for delivery to end customer", "… accepted by the end customer", "The shipment
collection has been rescheduled", "out for reception delivery", "come tomorrow", "maximum attempts", "customer request
to cancel", "Picking started", "The carrier should be contacted").

The reading follows where the parcel is and who holds it (DESIGN §4). A transit manifest (a load between hubs), a
manifest that arrived at its destination or was handed to a rider or a branch, is movement (where "manifest" reads the
data before the carrier); a delivery manifest (the run sheet) made or closed is the last leg. A cancellation rejected,
the order already in progress, is no cancellation: the order is still being prepared (where "cancellation" reads a
cancellation). Goods not yet picked up from the client or the seller are before the carrier (where "picked up from"
reads a collection done). A shipment that reached a delivery centre but was not yet dispatched for delivery is moving
(where "dispatched for delivery" reads the last leg and "not yet dispatched" a parcel still at its sender); one
dispatched for delivery to the end customer or the client is on the last leg (where "forward" or "dispatched" read
movement); a shipment accepted by the end customer, or by the client with its proof of delivery, is delivered. A
collection or pickup rescheduled is still before the carrier (where "rescheduled" reads a delivery put off).

Read only where nothing else reads them (the whole text): shipment data edited, a fulfilment node assigned, picking
started, packed with its quality check passed, the carrier waiting for the sender to drop the parcel off, the carrier
or a field executive out to collect it are before the carrier; out for some kind of delivery (not a return's or a
pickup's) is the last leg; no response, a wrong number, an uncontactable customer, a far area, "come tomorrow" and the
maximum attempts are failed attempts; a customer's, consignee's or shipper's request to cancel is cancelled, as
"Cancellation Requested" reads; "the carrier should be contacted" is a problem. A delivery wanted on a later day
("future delivery", with or without "request") says no attempt and is left unread.

Two groups. MEANING_ENGLISH_41_FIRST_STEPS, first in the first pass's first group (before the fortieth pass's);
MEANING_ENGLISH_41_LATE_STEPS, after the fortieth pass's late group. Left unread, or left as read, where the words do
not say the state the source's key gives: see docs/status-phrases.md, "Round 135's passes".

Written by the team to DESIGN §4 (round 135); the examples are tests/test_status_meaning_english_41.py.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step
from lossanalytics.normalise.status_words import EN_GOODS, EN_PERSON

# Who a courier hands the load to, or collects from, inside its own network.
_HOLDER = r"(?:the |a )?(?:rider|driver|courier|branch|hub|station|depot|delivery centre|delivery center)"
# Whom the goods are collected from before the carrier has them: the sender's side.
_SENDER_SIDE = (r"(?:the )?(?:client|seller|shipper|sender|merchant|vendor|store|shop)(?: s)?"
                r"(?: (?:warehouse|premises|location))?")
# Who receives a delivery: the end customer, the consignee, or the client a reverse pickup goes back to.
_END_PERSON = r"(?:the )?(?:end )?(?:" + EN_PERSON + r"|client|user)"
# Who asks for a cancellation.
_ASKER = r"(?:customer|consignee|shipper|sender|seller|buyer|merchant|client|recipient)"

MEANING_ENGLISH_41_FIRST_STEPS: tuple[Step, ...] = (
    # A transit manifest, a manifest arrived at its destination or handed to a rider or a branch: movement (before
    # "manifest" reads the data before the carrier); a delivery manifest made or closed: the last leg.
    ("out_for_delivery", {
        "en": (r"^(?:the )?delivery (?:run )?manifest (?:has been |was )?(?:created|generated|closed)$",),
    }),
    ("in_transit", {
        "en": (r"\b(?:added|assigned) to (?:a |the )?transit manifest\b",
               r"^(?:the )?transit manifest (?:has been |was )?(?:created|closed|dispatched|received)$",
               r"^(?:the )?manifest (?:has )?(?:arrived|reached) (?:at )?(?:the )?destination\b",
               r"^(?:the )?manifest (?:was |has been )?(?:handed(?: over)?|assigned) to " + _HOLDER + r"$"),
    }),
    # A cancellation rejected, the order already in progress: no cancellation, still being prepared (before
    # "cancellation" reads a cancellation).
    ("info_received", {
        "en": (r"^(?:the )?cancell?ation (?:request )?(?:was |has been )?(?:rejected|declined|refused|denied)\b.*\b"
               r"already (?:in progress|being (?:processed|prepared|packed)|processing)\b",),
    }),
    # Not yet (physically) picked up from the client or the seller: before the carrier (before "picked up from" reads
    # a collection done); a collection or pickup rescheduled: still before the carrier (before "rescheduled").
    ("info_received", {
        "en": (r"\bnot (?:yet )?(?:been )?(?:physically )?(?:picked up|collected) from " + _SENDER_SIDE + r"\b",
               r"\b(?:shipment |parcel )?(?:collection|pick ?up) (?:has been |was |is )?rescheduled\b"),
    }),
    # Reached a delivery centre but not yet dispatched for delivery: moving (before "dispatched for delivery" reads the
    # last leg and "not yet dispatched" a parcel at its sender).
    ("in_transit", {
        "en": (r"\b(?:reached|arrived at)\b.*\bbut not (?:yet )?(?:been )?dispatched for delivery\b",),
    }),
    # Dispatched for delivery to the end customer or the client: the last leg (before "forward" or "dispatched" read
    # movement).
    ("out_for_delivery", {
        "en": (r"^(?!.*\bnot (?:yet )?(?:been )?dispatched\b).*\bdispatched for delivery to " + _END_PERSON + r"\b",),
    }),
    # Accepted by the end customer, or by the client with its proof of delivery: delivered (before "forward" or
    # "accepted" read movement).
    ("delivered", {
        "en": (r"^(?!.*\bnot\b).*\b" + EN_GOODS + r" (?:is |was |has been )?accepted by (?:the )?end "
               r"(?:customer|consignee|user|recipient)\b",
               r"^(?!.*\bnot\b).*\baccepted by (?:the )?(?:client|customer|consignee) and (?:the )?pod "
               r"(?:is |was |has been )?received\b"),
    }),
)

MEANING_ENGLISH_41_LATE_STEPS: tuple[Step, ...] = (
    # Before the carrier: the shipment's data edited, a fulfilment node assigned, picking started, packed with its
    # quality check passed, the carrier waiting for the sender to drop it off, the carrier or a field executive out
    # to collect it, the carrier that will collect it.
    ("info_received", {
        "en": (r"^(?:the )?(?:shipment|consignment|parcel) data (?:was |has been )?(?:edited|amended|modified)$",
               r"^(?:a |the )?fulfil?ment (?:node|centre|center|warehouse|location) (?:assigned|allocated|selected)$",
               r"^picking (?:has )?(?:started|begun)$",
               r"^packed(?: and)? (?:qc|quality check) (?:passed|done|completed)$",
               r"\bwaiting for (?:the )?(?:customer|sender|shipper|seller|merchant) to drop(?: off\b| (?:it|the \w+|"
               r"your \w+|their \w+) off\b)",
               r"\bout in (?:the )?field to (?:collect|pick up)\b",
               r"^(?:the )?(?:carrier|courier|driver) will (?:collect|pick up) (?:the |your |this )?" + EN_GOODS
               + r"(?: from (?:the )?(?:customer|sender|shipper|you))?$"),
    }),
    # Out for some kind of delivery, not a return's or a pickup's (the whole text): the last leg.
    ("out_for_delivery", {
        "en": (r"^out for (?!(?:return|rto|rts|reverse|pick ?up|pickup|collection)\b)\w+ delivery$",),
    }),
    # No response, a wrong number, an uncontactable customer, a far area, "come tomorrow", the maximum attempts (the
    # whole text): a failed attempt.
    ("delivery_failed", {
        "en": (r"^no response$",
               r"^(?:wrong|incorrect) (?:phone |contact |mobile |telephone )?number$",
               r"^(?:(?:the )?" + EN_PERSON + r" (?:is )?)?(?:uncontactable|unreachable|not contactable)$",
               r"^far (?:area|location|zone)$",
               r"^(?:(?:the )?" + EN_PERSON + r" (?:asked|requested|said) (?:to )?)?come (?:back )?tomorrow$",
               r"^max(?:imum)? (?:delivery )?attempts(?: reached| exceeded| exhausted)?$"),
    }),
    # A customer's, consignee's or shipper's request to cancel (the whole text): cancelled, as "Cancellation
    # Requested" reads.
    ("cancelled", {
        "en": (r"^(?:the )?" + _ASKER + r" request(?:ed)? to cancel$",),
    }),
    # The carrier should be contacted (the whole text): a problem.
    ("exception", {
        "en": (r"^(?:the )?(?:carrier|courier) should be contacted$",),
    }),
)
