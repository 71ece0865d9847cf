"""English scan texts of Indian couriers as an order-tracking service reads them, and Sendle's
event names, tried after the English status labels and before the English reasons and the
outcome phrases, because several put a cause beside a word that alone says something else.

"Undelivered" beside the carrier's own trouble ("Vehicle Breakdown Could Not Attempt",
"Shipper Delay") is a problem, no failed attempt; beside an order the customer cancelled at the
door it is a refused delivery, no cancellation with the carrier. The customer putting the
delivery off ("Customer Delay"), a closed residence, a consignee who wants to open the parcel
first and an address the courier does not serve ("Out of Delivery area") are failed attempts.
Bags created or verified at a branch, a manifest scan, bags in-scanned while they wait for
their manifest, a shipment picked from the seller are in transit, where "manifest" alone would
say the label is made; a pickup in process or initiated, a shipment out for pickup or created
in the system has not reached the carrier yet. A return "delivered" is back with the sender,
and a card left is a missed delivery.

A pickup from the seller that failed, was put off or is only registered leaves the parcel with
the seller (information received), whatever reason it gives ("Pickup Failed - Dangerous Goods",
"Shipper Premises Closed", "PICKUP NOT ATTEMPTED, ADDRESS INCOMPLETE"); a collection from the sender
that failed is the same. Only a return is delivered to the seller, so a seller who refuses it or
wants to open it first names a return. The receiver unreachable, moved ("C'NEE SHIFTED"), unable
to show an ID, in dispute over payment or OTP, behind restricted access, or with a wrong pincode
fails the delivery; a network issue or charges still pending hold the parcel; a bare "Delivery
Exception" is the carrier's exception status, not its failed attempt.

Vocabulary from Pickrr's scan-type mappings of Amaze, ParcelDo and Ekart texts, Pickrr's NDR
reasons, and Sendle's tracking states (lossanalytics/normalise/known_texts/SOURCES.md, thirteenth round, a); Shipway's
status, NDR and pickup-failure names, Blue Dart's status texts and ShipLogic's statuses (The
Courier Guy) (twenty-first round, d).
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

_PERSON = r"(?:customer|consignee|recipient|receiver|buyer)"
_SELLER = r"(?:seller|shipper|sender|merchant|client|vendor)"
# The party a pickup is collected from (a return is the only delivery made to it).
_ORIGIN = r"(?:seller|shipper|vendor|merchant)"
_PICKUP = r"pick ?up"
_RETURN = r"(?:retur\w* (?:\w+ )?to (?:the )?(?:sender|shipper|origin|seller|merchant)|rto)\b"
_NO_RETURN_AFTER = r"(?!.*\b(?:return|returned|returning|rto)\b)"
# Why a delivery failed, on the receiver's side: out of reach, moved, without an ID, disputing the
# payment, behind restricted access; an address the courier cannot use without a department or a
# right pincode.
_RECEIVER_REASONS = (
    _PERSON + r" (?:is )?(?:un ?contactable|not reachable|unreachable)",
    _PERSON + r" (?:has )?(?:asked|requested|requests) (?:for )?(?:an? )?(?:future delivery|self ?collect\w*|open delivery)",
    _PERSON + r" (?:did not|didn t|does not|could not|failed to) (?:show|provide|produce|share) "
    r"(?:an? |the |his |her |valid )?(?:id|identity|identification|otp)\b",
    _PERSON + r" not ready with",
    r"(?:c ?nee|customer|consignee|recipient|receiver|addressee) (?:has )?(?:shifted|moved)"
    r"(?: (?:from|out of|away from) (?:the )?(?:given )?address)?(?= |$)(?! (?:to|the|delivery|his|her|their)\b)",
    r"(?:entry|access) (?:is )?restricted", r"restricted (?:entry|access)\b", r"prohibited area",
    r"(?:payment|bill|otp|cod|price|amount) dispute",
    r"(?:need|needs|required|missing) (?:the )?(?:department|dept) (?:name|details)",
    r"(?:wrong|incorrect|invalid) (?:pin ?code|post ?code|zip ?code|postal code)",
)

ENGLISH_COURIER_STEPS: tuple[Step, ...] = (
    # The courier's own trouble, whatever "undelivered" says beside it: nobody tried.
    ("exception", {
        "en": (r"vehicle break ?down", r"shipper delay"),
    }),
    # Delivered to the seller only on its way back: a refusal there, or a redirection to it, is a return.
    ("returned", {
        "en": (_ORIGIN + r" (?:has )?(?:refused|rejected) (?:to accept )?(?:the )?(?:delivery|shipment|parcel|package|return)",
               _ORIGIN + r" wants? (?:an )?open delivery",
               r"redirected (?:\w+ ){0,4}to (?:the )?(?:shipper|sender|seller|origin)\b"),
    }),
    # A pickup from the seller not done, put off or only registered: the parcel is still with the seller.
    ("info_received", {
        "en": (_PICKUP + r" (?:has )?(?:failed|delay(?:ed)?|not (?:attempted|done|completed))",
               # "No pickup" leading the status: elsewhere it is the recipient's ("No Pickup from UPS Access Point").
               r"^no " + _PICKUP, r"(?:future|later|duplicate) " + _PICKUP, _PICKUP + r" (?:has been |is )?registered",
               r"out to (?:p u|" + _PICKUP + r")\b",
               _ORIGIN + r" (?:is )?(?:not available|unavailable|not contactable|un ?contactable|closed|shifted)",
               _ORIGIN + r" premises? (?:is |are )?closed", _ORIGIN + r" (?:is )?not ready",
               r"(?:shipment|parcel|package) (?:is )?not ready(?: for " + _PICKUP + r")?",
               _PICKUP + r" (?:has been )?(?:re ?scheduled|postponed)",
               r"collection (?:has )?(?:failed|unsuccessful)",
               r"^collection (?:un)?assigned$", r"^submitted$"),
    }),
    # A customer who cancels at the door refuses the delivery; the order with the carrier stands.
    ("delivery_failed", {
        "en": (r"undelivered (?:the )?(?:order )?cancel+ed by (?:the )?(?:" + _PERSON + "|" + _SELLER + ")",
               _PERSON + r" delay", r"(?:residence|office|house) (?:is )?closed", r"wants? (?:an )?open delivery",
               r"^out of delivery area$", r"^(?:delivery )?card left$",
               # An NDR reason written alone: the courier came and could not use the address.
               r"^address issue$"),
    }),
    # A return stated beside one of those reasons ("Returned to sender - addressee moved") is a return.
    ("returned", {
        "en": (_RETURN + r"(?=.*(?:" + "|".join(_RECEIVER_REASONS) + r"))",),
    }),
    ("delivery_failed", {
        "en": tuple(reason + _NO_RETURN_AFTER for reason in _RECEIVER_REASONS),
    }),
    # The carrier's own trouble and charges still to pay hold the parcel; "Delivery Exception" written
    # alone is the carrier's exception status.
    ("exception", {
        "en": (r"network (?:issues|delay|problems?)", r"\bmisplaced\b", r"charges? (?:are |is )?pending",
               r"^delivery exception$"),
    }),
    ("returned", {
        "en": (r"^return delivered$",),
    }),
    # Not yet with the carrier: a pickup under way, a shipment only created in the system.
    ("info_received", {
        "en": (r"pick ?up (?:in process|in progress|initiated)", r"(?:shipment|order|parcel) (?:is )?out for pick ?up",
               r"(?:shipment|order) created successfully"),
    }),
    # Physical scans in the courier's network, where "manifest" alone would mean the label.
    ("in_transit", {
        "en": (r"bag (?:created|verified)", r"manifest scan", r"in ?scanned", r"^shipment picked$", r"further connected",
               r"(?<!not )picked (?:up )?from (?:the )?" + _SELLER + r"(?: location)?"),
    }),
)
