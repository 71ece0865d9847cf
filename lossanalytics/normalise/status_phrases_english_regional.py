"""English of regional couriers' status tables (Canada, Australia, the UK, Saudi Arabia,
Pakistan), tried after the other languages and before the English status labels, because each
decides against a word beside it that alone would say something else: a return stated after
its reason ("Refused by Customs. … Item being returned to sender") is a return; a return leg
("Return - In Transit", "Return out for delivery", "Travelling back between cities") is a
return whatever its step; freight "returned to local carrier depot as undeliverable" and "To be
Re-Delivered" failed a delivery, nothing went back to the sender; "Not out for delivery yet" is
still on the way; "awaiting pickup by carrier" has not reached the carrier; "held at carrier
depot … until a date and time authorised by receiver" and "Held at Delivery Depot" are holds, not
parcels waiting for the recipient; "Refused Due to Duplicate Shipment" is a refusal; a parcel
"collected from retail" or "from a PARCELPOINT" was collected by its recipient; Canada Post's
Undeliverable Mail Office is its dead-letter office. A status led by "RTO" (return to origin,
"RTO CUSTOMER REQUESTED FUTURE DELIVERY") is a return leg; ShipLogic's (The Courier Guy's)
"collected-from-counter" was collected by the recipient and "in-locker" waits for them.

Vocabulary from Canada Post's event descriptions, SMSA Express's activity names as two
platforms map them, StarTrack's eServices status descriptions, Trax's and NovaX's statuses
(Pakistan), a Pakistani courier's non-delivery reasons, CubeShip's reasons, PARCELPOINT's status
descriptions, APC Overnight's status names and Royal Mail's event messages (lossanalytics/normalise/known_texts/SOURCES.md,
seventeenth round, a); Blue Dart's status texts and ShipLogic's statuses (twenty-first round, d).
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

_PERSON = r"(?:consignee|customer|recipient|receiver|addressee|consumer)"
_PARCEL_WORDS = r"item|parcel|package|shipment|consignment"
_PARCEL = r"(?:" + _PARCEL_WORDS + r")"
_SENDER = r"(?:sender|shipper|seller|merchant)"
# A hold or a reason decides only where no return follows it: "Out of Service Area, returned to
# shipper" states the return (FRESH3's rule 4), which the outcome steps read.
_NO_RETURN_AFTER = r"(?!.*\b(?:return|rto\b))"


def _unless_returned(*phrases: str) -> tuple[str, ...]:
    return tuple(phrase + _NO_RETURN_AFTER for phrase in phrases)


ENGLISH_REGIONAL_STEPS: tuple[Step, ...] = (
    # A return stated after its reason, and the legs of a return whatever their step says
    # (Trax's "Return - On Hold", NovaX's "Return out for delivery").
    ("returned", {
        "en": (_PARCEL + r" (?:is )?being returned to (?:the )?" + _SENDER,
               r"^return (?:in transit|dispatched|(?:arrived|received) at origin|out for delivery"
               r"|on hold|not attempted|delivery unsuccessful|rider exchange)", r"^return confirm$",
               r"ready for return(?! pick)", r"travel+ing back (?:between|to)",
               r"back at our facility in the " + _SENDER + r" s (?:city|town)",
               r"return process (?:started|initiated)",
               # "RTO" (return to origin) leading a status names the return leg, whatever step follows, unless the
               # return itself was called off ("RTO cancelled", "RTO lock revoked").
               r"^rto\b(?!(?: request| lock)? (?:has been |was |is )?(?:cancel+ed|revoked|withdrawn|reversed|aborted)\b)"),
    }),
    # Canada Post's dead-letter office (DESIGN: dead mail is lost).
    ("lost", {
        "en": (r"undeliverable mail office",),
    }),
    # Freight back at the carrier's depot as undeliverable, due out again: a failed delivery.
    ("delivery_failed", {
        "en": (r"returned to (?:the |our )?(?:local )?carrier depot", r"to be re ?delivered",
               r"due for re ?delivery"),
    }),
    # Holds: at the delivery depot (not for the recipient's collection), until the receiver names
    # a date, in the carrier's operations; an area the carrier does not serve; a misroute; a
    # status that is only "not attempted".
    ("exception", {
        "en": _unless_returned(
            r"held at (?:the )?delivery depot(?! (?:for|awaiting|pending) (?:\w+ )?(?:collection|pick ?up))",
            r"until a date and time authori[sz]ed by (?:the )?" + _PERSON,
            r"hold in operations?", r"stop delivery on", r"miss routed",
            r"^(?:shipment |delivery )?not attempted$",
            r"(?:non|out of) service area", r"outside (?:of )?our (?:current )?(?:delivery|service) area",
            r"there has been an? (?:issue|problem) with (?:your |the )?" + _PARCEL),
    }),
    # The sender's data or advice only: the carrier has not collected the parcel yet.
    ("info_received", {
        "en": (r"awaiting pick ?up by (?:the )?carrier", r"got your parcel details",
               r"the " + _SENDER + r" has advised (?:that )?they (?:ve|have) despatched",
               _SENDER + r" has booked (?:this|the|your) " + _PARCEL, r"^new booked$"),
    }),
    ("cancelled", {
        "en": (r"deleted (?:the )?consignment information",),
    }),
    # Collected by the recipient, or left where the recipient asked.
    ("delivered", {
        "en": (r"(?<!not )(?<!be )left as instructed", r"(?<!not )collected from (?:retail|(?:the )?(?:depot|counter))$",
               r"(?<!not )collected from a parcel ?point"),
    }),
    ("available_for_pickup", {
        "en": (r"awaiting " + _PERSON + r" (?:for )?collection", r"at smsa retail cent(?:er|re)",
               r"^in (?:a |the )?(?:parcel )?locker$"),
    }),
    # The consignee absent, unreachable, away, unknown, unable to pay at the door or refusing.
    ("delivery_failed", {
        "en": _unless_returned(
            _PERSON + r" did not (?:wait|order)",
            _PERSON + r" do(?:es)? not want (?:the |this )?(?:" + _PARCEL_WORDS + r"|order)",
            r"request(?:ed|s)? to open (?:the )?(?:" + _PARCEL + r" )?before (?:pod|delivery)",
            _PERSON + r" (?:is |was )?unable to pay (?:the )?(?:cod|custom|customs) (?:duty|duties|charges|amount)(?!.* held)",
            r"refused due to (?:incorrect|wrong) cod amount", r"refused due to duplicate shipment",
            r"refused due to contents? mismatch",
            r"(?:incorrect|wrong|invalid) contact number", r"^no contact number$",
            _PERSON + r" (?:contact|phone|mobile) (?:is )?(?:out of service|off|switched off|unreachable)",
            r"mobile (?:switched off|not answered)", _PERSON + r" no response",
            _PERSON + r" request(?:ed|s)? to call (?:back )?later",
            _PERSON + r" out of (?:city|country|town|station)",
            r"could not reach you (?:for delivery )?we will (?:try|attempt)",
            r"no such (?:consignee|addressee|recipient|receiver|person)", r"close address",
            r"address appears to be (?:incorrect|wrong|invalid)"),
    }),
    # Still on the way: a status that says it is not out for delivery yet, a rider's pickup or hand-over.
    ("in_transit", {
        "en": (r"not out for delivery yet", r"rider picked", r"rider exchange"),
    }),
    ("out_for_delivery", {
        "en": (r"on ?board for delivery",),
    }),
)
