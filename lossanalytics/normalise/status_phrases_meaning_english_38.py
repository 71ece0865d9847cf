"""English tracking texts read by their meaning, thirty-eighth pass (round 127): the states before the carrier, the
failed deliveries and the notices around them as a USPS provider's event labels, FedEx's tracking and webhook status
tables and EasyParcel's status codes say them ("R.T.S: ABANDONMENT", "FORWARD EXPIRED", "RECEPTACLE FULL/ITEM
OVERSIZED", "HAZARDOUS/UNSAFE DELIVERY CONDITIONS", "AUTHORIZED AGENT", "Vehicle Dispatched", "CDO Cancelled",
"Return label link expired", "Hold at location request accepted", "Local delivery restriction", "Ready for Recipient
Pickup", "Plane Landed", "Delivery updated", "Schedule In Arrangement", "Payment Confirmed").

The reading follows where the parcel is and who holds it (DESIGN §4). "R.T.S" is return to sender written short, a
return whatever reason follows (where the reason alone reads a problem). A forwarding order that expired is a reason
the item could not be delivered, not a tracking source that gave up (where "expired" reads one). A letter box or
receptacle full or blocked is a failed attempt, as the other USPS attempt reasons are (where "oversized" reads a
problem). Customs refusing an item entry holds it at customs, an exception (where "refused" reads a refusal at the
door). A vehicle dispatched for a pickup has not collected the parcel yet (where "dispatched" reads movement). A
customer delivery option (CDO) requested, changed or cancelled, and a return label sent, withdrawn or lapsed, name no
state of the parcel (where "cancelled" and "expired" read one). A request to hold the parcel at a location is on its
way there (where "hold at location" reads it waiting). A local delivery restriction is a carrier-side hold-up with no
attempt, an exception (where "delivery exception" reads a failed delivery). A parcel "to be collected" by the courier
has not reached the carrier, one to be collected at a post office or depot waits for its recipient, and the words
alone say neither (where "collected" reads it collected or delivered).

Read only where nothing else reads them: delivered to an authorised agent as the whole text is a delivery; unsafe or
hazardous delivery conditions fail the delivery, as unsafe conditions do; a plane landed, at an airport, at a
carrier's destination, a delivery location changed, an address change requested or completed, an international
shipment released and a delivery date updated are on the way; ready for the recipient's pickup waits for them; a
payment confirmed and a pickup scheduled "in arrangement" are before the carrier.

Two groups. MEANING_ENGLISH_38_FIRST_STEPS, first in the first pass's first group (before the thirty-seventh pass's);
MEANING_ENGLISH_38_LATE_STEPS, after the thirty-seventh pass's late group. Left unread: "At Pickup" (the courier at a
pickup, or a parcel at a pickup point, as "At pickup location" is left), "Vehicle furnished but not used", "On Demand
Care completed" and a bare "To be collected". Left as read: "Enroute to Delivery" (out for delivery; FedEx files it on
the way), "Shipment information sent to USPS" (information received, as a shipper's data sent to USPS is; FedEx means
its hand-over to USPS) and "Picked up at customs unit" (movement; the provider files it among returns).

Written by the team to DESIGN §4 (round 127); the examples are tests/test_status_meaning_english_38.py.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

# Who collects a parcel from its sender.
_COLLECTOR = r"(?:courier|carrier|driver|rider|agent|collector)"
# Where a recipient collects a parcel.
_COUNTER = (r"(?:post ?office|branch|depot|parcel ?shop|pick ?up (?:point|location)|service point|counter|locker|"
            r"collection point|store)")

MEANING_ENGLISH_38_FIRST_STEPS: tuple[Step, ...] = (
    # A customer delivery option requested, changed or cancelled; a return label sent, withdrawn or lapsed; a parcel
    # "to be collected" with nobody named: no state (before "cancelled" reads a cancellation, "expired" a tracking source
    # that gave up and "collected" a collection).
    ("unknown", {
        "en": (r"^(?:cdo|(?:customer )?delivery options?)(?: request)? (?:requested|modified|updated|changed|cancell?ed)$",
               r"^return label (?:link )?(?:e ?mailed|sent|created|cancell?ed|withdrawn|expired|expiring)\b",
               r"^(?:the )?(?:parcel |package |shipment |item |order )?(?:is )?to be collected$"),
    }),
    # R.T.S (return to sender) with its reason: a return (before the reason reads a problem).
    ("returned", {
        "en": (r"^r t s",),
    }),
    # A forwarding order expired, a receptacle full or blocked: failed deliveries (before "expired" reads a tracking
    # source that gave up and "oversized" a problem).
    ("delivery_failed", {
        "en": (r"^forward(?:ing)? (?:order )?expired$",
               r"\b(?:letter ?box|receptacle) (?:is )?(?:full|blocked|obstructed)\b"),
    }),
    # Customs refusing the item entry: held at customs; a local delivery restriction: a carrier-side hold-up with no
    # attempt (before "refused" reads a refusal at the door and "delivery exception" a failed delivery).
    ("exception", {
        "en": (r"^refused entry by (?:the )?customs(?: authorities)?$",
               r"\blocal delivery restrictions?\b"),
    }),
    # A vehicle dispatched for the pickup; a parcel to be collected by the courier: not with the carrier yet (before
    # "dispatched" and "collected" read movement).
    ("info_received", {
        "en": (r"^(?:pick ?up )?vehicle dispatched(?: (?:to|for) (?:the )?pick ?up(?: location| address)?)?$",
               r"\bto be (?:collected|picked up) by (?:the |a |our )?" + _COLLECTOR + r"\b"),
    }),
    # To be collected at a counter: waits for its recipient (before "collected from post office" reads a delivery).
    ("available_for_pickup", {
        "en": (r"\bto be collected (?:from|at) (?:the |your |a )?(?:local |nearest )?" + _COUNTER + r"\b",),
    }),
    # A request to hold the parcel at a location: on its way there (before "hold at location" reads it waiting).
    ("in_transit", {
        "en": (r"\bhold at (?:\w+ )?location request(?: (?:accepted|received|confirmed))?$",),
    }),
)

MEANING_ENGLISH_38_LATE_STEPS: tuple[Step, ...] = (
    # Delivered to an authorised agent, as the whole text.
    ("delivered", {
        "en": (r"^(?:delivered (?:to )?)?(?:an? |the )?authori[sz]ed agent$",),
    }),
    # Unsafe or hazardous delivery conditions: the delivery failed, as unsafe conditions do.
    ("delivery_failed", {
        "en": (r"\b(?:hazardous|unsafe)(?: unsafe)? delivery (?:conditions?|location|access)\b",),
    }),
    # Ready for the recipient's pickup: waits for them.
    ("available_for_pickup", {
        "en": (r"\bready for (?:the )?(?:recipient|customer|consignee|receiver)(?: s)? (?:pick ?up|collection)\b",),
    }),
    # A plane landed, at an airport or a carrier's destination, a delivery location changed, an address change asked
    # for, an international shipment released, a delivery date updated: on the way.
    ("in_transit", {
        "en": (r"^(?:the )?(?:plane|aircraft|flight) (?:has )?landed$",
               r"^at (?:the )?(?:origin |destination )?airport$",
               r"^at (?:the )?(?:fedex |ups |dhl |usps |carrier )?destination$",
               r"^(?:the )?(?:delivery )?location (?:has been |was )?changed$",
               r"^(?:delivery )?address change (?:requested|completed)$",
               r"^international shipment release$",
               r"^(?:scheduled |estimated |expected )?delivery (?:date |time )?(?:has been |was )?updated$"),
    }),
    # A payment confirmed, a collection "in arrangement": before the carrier has the parcel.
    ("info_received", {
        "en": (r"^payment confirmed$", r"^(?:pick ?up |collection )?schedul(?:e|ing) (?:is )?in arrangement$"),
    }),
)
