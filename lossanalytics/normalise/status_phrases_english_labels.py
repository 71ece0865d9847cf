"""English status labels as shipping plugins and carrier integrations show them, per
canonical status, tried after the other languages' steps and before the outcome phrases.

These are short names from order-management and aggregator enums (Shiprocket, Delhivery,
Blue Dart, Ecom Express, Xpressbees, Shadowfax, Ekart, RapidShyp, Amazon Shipping, Shopify's
fulfillment events), not sentences. A label that is a broad word elsewhere only counts
written alone ("Not Picked", "Confirmed", "Created"), so "Delivery confirmed" stays a
delivery. "Not picked up" alone is not read here at all: a post office writes it of a parcel
the recipient left unclaimed, while an Indian aggregator writes "Not Picked" of one the
courier has yet to collect from the seller. "NDR" (non-delivery report) is a failed delivery
attempt, and so are the reasons such a report gives that status_phrases does not already
read: the recipient unreachable by phone (a courier's bare "No Answer"), cash on delivery not
ready, the recipient asking for another day; but a receiver asking for another address (UPS UD)
redirects the parcel, and no attempt failed. Royal Mail's event names come in too: an item "prepared for redelivery" after
a missed delivery, "available for redelivery or collection" at the delivery office, "due to be
delivered today", and the sender "despatching" an item Royal Mail does not have yet; and a
recorded Delhivery response's scans: not yet picked up from the client, soft data received, a
delayed pickup requested, received at the return city, the return accepted by the seller.
Help pages explain a few more: Royal Mail's "We're expecting it" and "Item despatched to Royal
Mail" (the sender's advice, before Royal Mail has the item), an item "posted at" a Customer
Service Point (with Royal Mail, not waiting there for the recipient), and "Internal exception
occurred" (Royal Mail's system error: unknown, not a problem parcel); Australia Post's article
statuses "Sealed", "Initiated", "Unsuccessful pickup" (not yet with the carrier) and "Contact
sender" (returned); DPD's "Data Logged"; 17TRACK's pre-advice wordings; Easyship's "Liquidated".

Vocabulary from the integrations' own mappings of these labels (lossanalytics/normalise/known_texts/SOURCES.md,
"English status labels of shipping integrations", names each).
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

_PERSON = r"(?:customer|recipient|consignee|receiver|buyer)"

ENGLISH_LABEL_STEPS: tuple[Step, ...] = (
    # A tracking system's own fault or a note on the enquiry says nothing of the parcel, whatever
    # word it uses ("Internal exception occurred" is Royal Mail's system error, not a problem parcel).
    ("unknown", {
        "en": (r"^internal (?:exception|error) (?:has )?occurr?ed$", r"enquiry (?:has been )?lodged",
               r"^track (?:the )?(?:individual )?items for (?:detailed )?(?:delivery )?information$"),
    }),
    # Australia Post's "Contact sender" and Easyship's "Liquidated", written alone: back with the
    # sender, and goods sold off or disposed of (DESIGN: disposed of is lost).
    ("returned", {
        "en": (r"^contact (?:the )?sender$",),
    }),
    ("lost", {
        "en": (r"^liquidated$",),
    }),
    # Dropped off by the sender at a counter: with the carrier now, though a "service point" is named.
    ("in_transit", {
        "en": (r"(?:item|parcel|package|it) (?:was |has been )?posted at",),
    }),
    # UPS UD: the receiver asking for another address redirects the parcel; no attempt failed.
    ("in_transit", {
        "en": (_PERSON + r" requested an? (?:alternate|alternative|new|different) (?:delivery )?address",),
    }),
    ("delivery_failed", {
        "en": (r"^ndr$", r"^non delivery(?: report)?$",
               _PERSON + r" requested (?:\w+ ){0,3}(?:reschedul\w*|alternate|another|later|future)",
               r"(?:" + _PERSON + r"|phone|mobile|contact number) (?:is )?(?:not reachable|unreachable|switched off)",
               r"(?:cod|cash|payment) (?:amount )?not (?:ready|available)", r"prepared for re ?delivery", r"^no answer$"),
    }),
    # Delhivery: on the way back through the return city, and accepted by the seller.
    ("returned", {
        "en": (r"^return accepted$", r"(?:at|to) (?:the )?return city"),
    }),
    # Royal Mail: after a missed delivery the item waits at the delivery office.
    ("available_for_pickup", {
        "en": (r"available for re ?delivery (?:or|and) collection",),
    }),
    # Royal Mail's "Due to be delivered today": on today's round, not a delivery still far off.
    ("out_for_delivery", {
        "en": (r"due (?:to be delivered|for delivery) today",),
    }),
    # The seller's parcel before the carrier has it: a pickup still to happen.
    ("info_received", {
        "en": (r"^not picked$", r"^pick ?up (?:pending|queued|generated|assigned)$", r"^out for pick ?up$",
               r"^ready to ship$", r"^awb assigned$", r"^(?:shipment )?created$", r"^(?:shipment )?booked$",
               r"^label purchased$", r"^confirmed$", r"^printed$",
               r"sender (?:preparing|despatching|dispatching) (?:the |your )?item", r"^awaiting (?:de|di)spatch$",
               r"not picked (?:(?:up|recieved|received) )?from (?:the )?(?:client|seller|shipper|sender|merchant)",
               r"soft data", r"request(?:ed)? for (?:a )?delayed pick ?up",
               # An order sealed or initiated, data logged, a pickup that did not happen: the
               # carrier has the information, not the parcel; the sender "despatched" it to the carrier.
               r"^(?:sealed|initiated|data logged)$", r"^unsuccessful (?:pick ?up|collection)$", r"no events yet",
               r"pre ?advised", r"received the (?:\w+ )?(?:information|info|data)(?: (?:about|for|of) (?:the |your )?(?:shipment|parcel|item|package))?$",
               r"(?:created|entered) by the (?:seller|sender|shipper|merchant)", r"notification of shipment",
               r"(?:we re|we are) expecting (?:it|your|the)", r"(?:despatched|dispatched) to royal mail",
               r"at the (?:shipper|sender|seller|merchant)s? warehouse"),
    }),
    ("available_for_pickup", {
        "en": (r"^pick ?up in store$",),
    }),
    ("in_transit", {
        "en": (r"^pick ?up (?:completed|done)$", r"^consignment received$", r"recieved (?:at|in) (?:the )?(?:origin|destination|hub)"),
    }),
)
