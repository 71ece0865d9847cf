"""English tracking texts read by their meaning, thirty-third pass (round 95): the time before the carrier has the
parcel, the hand-over to it, the last leg and the delivery as commerce platforms' order and shipping-group states, a
point-of-sale system's fulfilment statuses, shops' status pages and order-status guides say them ("pre-fulfillment
state", "not yet transmitted by the seller", "getting ready for packing", "COD Verification Pending", "in the possession
of a delivery driver", "loaded onto a delivery vehicle", "confirmed as received", "the buyer declined to receive it").

The reading follows where the parcel is and who holds it (DESIGN §4). An order in a pre-fulfilment state, one that has
started or entered the fulfilment process, one placed but not yet passed on by the seller, one the merchant or seller has
confirmed (as the whole text), one that has entered the seller's system or that the seller's system acknowledges, one
received while its payment is not yet processed, an order placed and confirmed, an order on hold for the product's
availability or stock, a cash-on-delivery order awaiting its verification, items picked and packed or being made ready
for packing, and a sale or order awaiting shipping or dispatch are before the carrier (where "processing", "received
from", "verification" and "hold" read otherwise). A carrier that picks up the packed box or
parcel from the seller has it on its way, and so has a sale or order that "has now been shipped" (where "awaiting
pickup" said before it reads a parcel waiting for the recipient). A parcel in the possession of a delivery driver or
loaded onto a delivery vehicle is on its last leg (where "attempting to deliver" reads a failed attempt and "scheduled to
be delivered" a parcel moving). An order confirmed as received and a parcel that reached the address with the delivery
complete are delivered (where "shipped" and "reached" read a parcel moving; "not yet confirmed as received" stays on its
way). A buyer, recipient or customer who declined or refused to receive the parcel is a failed delivery (where "shipped"
reads a parcel moving). A merchant or seller who rejected or declined the order cancelled it (where "rejected" reads a
refusal at the door). A shipping group or order that failed to process, or an error that needs the merchant's attention,
is an exception (where "process" reads a parcel moving).

One group, MEANING_ENGLISH_33_FIRST_STEPS, first in the first pass's first group (before the thirty-second pass's): the
steps after it read "processing", "received from", "verification", "hold", "awaiting pickup", "attempting to deliver",
"scheduled to be delivered", "shipped", "reached", "rejected" and "process" otherwise.

Written by the team to DESIGN §4 (round 95); the examples are tests/test_status_meaning_english_33.py.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step
from lossanalytics.normalise.status_words import EN_GOODS

# Who sells and ships the order.
_SELLER = r"(?:seller|merchant|shop|store|retailer|vendor)"
# Who receives it.
_BUYER = r"(?:buyer|recipient|customer|consignee|receiver|addressee)"

MEANING_ENGLISH_33_FIRST_STEPS: tuple[Step, ...] = (
    # Confirmed as received, reached the address with the delivery complete: delivered (before "shipped" and "reached"
    # read a parcel moving; "not yet confirmed as received" is left to them).
    ("delivered", {
        "en": (r"(?<!not )(?<!not yet )(?<!never )\bconfirmed as (?:received|delivered)\b",
               r"\breached (?:your|the|its) (?:delivery )?(?:address|door|doorstep|home) and the delivery is complete\b"),
    }),
    # In the possession of a delivery driver, loaded onto a delivery vehicle: the last leg (before "attempting to
    # deliver" reads a failed attempt and "scheduled to be delivered" a parcel moving).
    ("out_for_delivery", {
        "en": (r"\bin the possession of (?:a|the|your) (?:local )?(?:delivery )?(?:driver|courier)\b",
               r"\bloaded (?:on|onto|into|on to) (?:a|the) (?:final |local )?delivery (?:vehicle|van|truck)\b"),
    }),
    # A buyer who declined or refused to receive it: a failed delivery (before "shipped" reads a parcel moving).
    ("delivery_failed", {
        "en": (r"\b" + _BUYER + r" (?:has |had )?(?:declined|refused) to (?:receive|accept)\b",),
    }),
    # The merchant rejected the order: cancelled (before "rejected" reads a refusal at the door).
    ("cancelled", {
        "en": (r"\b" + _SELLER + r" (?:has |had )?(?:rejected|declined) (?:the |your |this )?order\b",),
    }),
    # Failed to process, an error for the merchant's attention: an exception (before "process" reads a parcel moving).
    ("exception", {
        "en": (r"\b(?:shipping group|shipment|order) (?:has |had )?failed to process\b",
               r"\b(?:requires|needs|require|need) (?:the )?" + _SELLER + r"(?: s|s)? attention\b"),
    }),
    # The carrier picking up the packed box from the seller, a sale that has now been shipped: on its way (before
    # "awaiting pickup" said before it reads a parcel waiting for the recipient).
    ("in_transit", {
        "en": (r"\bpicks up the (?:packed )?" + EN_GOODS + r" from the (?:seller|merchant|shop|store|retailer|vendor|sender|shipper)\b",
               r"\bhas now been (?:shipped|dispatched|despatched)\b"),
    }),
    # Before the carrier: pre-fulfilment, the fulfilment started, not yet passed on by the seller, confirmed by the
    # merchant, in the seller's system, payment not yet processed, a COD order to verify, picked and packed or made
    # ready for packing, awaiting shipping.
    ("info_received", {
        "en": (r"\bpre ?fulfill?ment\b",
               r"\b(?:started|begun|entered) (?:the )?fulfill?ment(?: process)?\b",
               r"\bnot yet (?:transmitted|submitted|released|passed on) (?:by|to) the " + _SELLER + r"\b",
               r"^(?:the )?" + _SELLER + r" (?:has )?confirmed (?:the |your )?order\.?$",
               r"\border enters the " + _SELLER + r"(?: s|s)? system\b",
               r"\b" + _SELLER + r"(?: s|s)? system acknowledges\b",
               r"\border (?:has been |was )?(?:received|placed) but (?:the )?payment (?:is )?not yet\b",
               r"\border (?:is|has been|was) placed(?: and)? confirmed\b",
               r"\bon hold (?:due to|because of|for) (?:the )?(?:product |stock |item )?(?:availability|stock)\b",
               r"\bcod (?:order )?verification\b",
               r"\bverify the cod order\b",
               r"\b(?:pick|picks|picking),? (?:and )?(?:pack|packs|packing)\b",
               r"\bready for (?:packing|packaging)\b",
               r"\b(?:sale|order) (?:that is |which is )?awaiting (?:shipping|shipment|dispatch|despatch)\b"),
    }),
)
