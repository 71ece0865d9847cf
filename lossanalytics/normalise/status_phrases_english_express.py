"""English of international express couriers' and forwarders' update descriptions, tried after the
English of shipping notifications and before the outcome phrases, because each says its step in a
sentence whose other words alone would read otherwise.

A consignee who "rejected the shipment", a payment "declined by the consignee", a customer who
"cannot be reached" or whose number is "unreachable", "no answer on phone", contact attempts
"completed" without a return named fail the delivery, though the same text says the parcel is "on
hold" or "awaiting shipper instructions". Clearance "awaiting" the consignee or broker, customer
instructions "required" and duties "awaiting payment" hold the parcel, though "clearance" alone is
a step; a sailing or flight "rescheduled" is a delay. A parcel "held … for consignee pick up", left
"by the courier at the drop off location", or a reminder "to pick up" waits for the recipient. A
record "created", a booking "received" or "sent to carrier", a pickup "arranged" and a parcel "not
received from shipper" have not reached the carrier ("received from" alone is a scan). An entry into
or exit from a warehouse, a consignee "contacted to set delivery", a shipment "released to carrier",
"gated in", "on-carriage", a delivery method "set" and a delivery "auto-scheduled" move on.

Vocabulary from Aramex's update descriptions (SH codes) as a Laravel SDK's table and a recorded
TrackShipments history give them (lossanalytics/normalise/known_texts/SOURCES.md, twenty-third round, c).
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

_PERSON_WORDS = r"customer|consignee|recipient|receiver|addressee|buyer"
_PERSON = r"(?:the )?(?:" + _PERSON_WORDS + r")"
_PARCEL_WORDS = r"shipment|parcel|package|item|consignment|delivery|order"
_PARCEL = r"(?:" + _PARCEL_WORDS + r")"
# A failed delivery or a step decides only where no return follows it ("Consignee cannot be
# reached, returned to shipper" is a return, which the outcome steps read).
_NO_RETURN_AFTER = r"(?!.*\b(?:return\w*|rto)\b)"


def _unless_returned(*phrases: str) -> tuple[str, ...]:
    return tuple(phrase + _NO_RETURN_AFTER for phrase in phrases)


ENGLISH_EXPRESS_STEPS: tuple[Step, ...] = (
    # The consignee refusing the parcel or its payment, or out of reach by phone: the delivery
    # failed, whatever hold or wait for the shipper's instructions the text names beside it.
    ("delivery_failed", {
        "en": _unless_returned(
            # A refusal beside damage may be either outcome, which the outcome steps weigh.
            _PERSON + r" (?:has )?(?:rejected|declined) (?:to accept )?(?:the )?" + _PARCEL + r"(?!.*\bdamag)",
            r"(?:payment|" + _PARCEL_WORDS + r") (?:was |has been )?(?:declined|rejected) by " + _PERSON,
            _PERSON + r"(?: s)?(?: (?:mobile|phone|contact))?(?: number)? (?:cannot|could not|can ?t|can not|was not able to) "
            r"be (?:reached|contacted)",
            r"(?:could not|couldn ?t|failed to|(?:was|were) unable to) (?:contact|reach) " + _PERSON
            + r"(?! for (?:the )?(?:broker|customs|clearance))",
            r"(?:phone |mobile |contact )?number (?:is )?(?:unreachable|not reachable|switched off)",
            r"no answer (?:on|from) (?:the )?(?:phone|mobile|" + _PERSON_WORDS + r")",
            r"(?:" + _PERSON_WORDS + r") contact attempts? (?:completed|exhausted|failed|unsuccessful)"),
    }),
    # Clearance waiting on the consignee, the broker or their payment; a sailing put off.
    ("exception", {
        "en": (r"awaiting (?:customs )?clearance (?:from|by) (?:the )?(?:consignee|broker|importer|customer|receiver|recipient)",
               r"clearance (?:process )?pending",
               r"(?:customer|consignee|shipper|sender|importer)s? instructions (?:are |is )?(?:required|needed)",
               r"awaiting (?:the )?(?:payment of )?(?:duty|duties|tax|taxes)(?: (?:and|or) (?:duty|duties|tax|taxes))? payment",
               r"(?:sailing|vessel|voyage|flight)s? (?:has been |was |is )?(?:re ?sche?duled|postponed)"),
    }),
    # Waiting at a locker or drop-off location for the recipient, or a reminder to collect it.
    ("available_for_pickup", {
        # A reminder to the driver or courier is a pickup from the sender, not the recipient's.
        "en": (r"remind\w* (?!(?:\w+ ){0,3}(?:driver|courier|rider)\b)(?:\w+ ){0,3}to (?:pick ?up|collect)\b",
               r"(?:dropped off|left|placed) by the (?:courier|driver) at (?:the |a )?(?:drop ?off|pick ?up|collection) "
               r"(?:location|point)",
               r"held (?:\w+ ){0,5}for " + _PERSON + r"s? (?:pick ?up|collection)"),
    }),
    # The carrier has the data or a booking, not the parcel.
    ("info_received", {
        "en": _unless_returned(
            r"^(?:shipment |consignment |order )?record (?:has been )?created\b",
            r"(?<!delivery )booking (?:request )?(?:received|created|sent|submitted)\b",
            r"not (?:yet )?(?:been )?received from (?:the )?(?:shipper|sender|seller|merchant|client|consignor)",
            r"(?<!return )pick ?up (?:has been |is )?(?:arranged|booked)"),
    }),
    # Steps of the journey: a warehouse entered or left, a delivery being arranged, a handover to the
    # carrying line, a port gate, the onward carriage, a delivery method or date set.
    ("in_transit", {
        "en": _unless_returned(
            r"(?:entry into|exit from) (?:the |a )?(?:\w+ )?warehouse",
            _PERSON + r" (?:contacted|called|notified) to (?:set|arrange|schedule|book|confirm) (?:the |a )?delivery",
            r"released to (?:the )?(?:carrier|co ?loader|airline|shipping line|line ?haul|forwarder)",
            r"\bgated (?:in|out)\b", r"\b(?:on|pre) carriage\b",
            r"delivery (?:method|option) (?:has been |was )?(?:set|selected|chosen)\b",
            r"(?<!re)delivery (?:has been |was |is )?auto ?scheduled"),
    }),
)
