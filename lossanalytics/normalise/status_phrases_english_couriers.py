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

Vocabulary from Pickrr's scan-type mappings of Amaze, ParcelDo and Ekart texts, Pickrr's NDR
reasons, and Sendle's tracking states (tests/corpus/SOURCES.md, thirteenth round, a).
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

_PERSON = r"(?:customer|consignee|recipient|receiver|buyer)"
_SELLER = r"(?:seller|shipper|sender|merchant|client|vendor)"

ENGLISH_COURIER_STEPS: tuple[Step, ...] = (
    # The courier's own trouble, whatever "undelivered" says beside it: nobody tried.
    ("exception", {
        "en": (r"vehicle break ?down", r"shipper delay"),
    }),
    # A customer who cancels at the door refuses the delivery; the order with the carrier stands.
    ("delivery_failed", {
        "en": (r"undelivered (?:the )?(?:order )?cancel+ed by (?:the )?(?:" + _PERSON + "|" + _SELLER + ")",
               _PERSON + r" delay", r"(?:residence|office|house) (?:is )?closed", r"wants? (?:an )?open delivery",
               r"^out of delivery area$", r"^(?:delivery )?card left$",
               # An NDR reason written alone: the courier came and could not use the address.
               r"^address issue$"),
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
        "en": (r"bag (?:created|verified)", r"manifest scan", r"in ?scanned", r"^shipment picked$",
               r"(?<!not )picked (?:up )?from (?:the )?" + _SELLER + r"(?: location)?"),
    }),
)
