"""English tracking texts read by their meaning, sixth pass (round 31): the English that regional couriers, cash-on-delivery
couriers and their merchants' panels write in Taiwan, Nigeria, Bangladesh, Singapore and South Africa ("Cargo seizure at
custom", "Consignee's company was out of business", "Shipment Enroute Pickup", "Received At Last Mile HUB", "Consignment is
delivered but waiting for admin approval", "Shipment integrated to courier system").

The reading follows whose side a step is on and what has happened to the parcel: a refusal by the recipient over missing
pieces or damage is a refusal, not a damage; a hub or a warehouse that rejects a parcel is the carrier's problem, not the
recipient's refusal; pieces missing from a shipment are a problem to trace, not a move; a delivery booked as done but
waiting for an administrator's approval is done; a rider on the way to the sender, assigned to collect from the sender or
late to collect has no parcel yet, while a parcel the recipient is slow to collect at the terminal waits for them; "en
route" says where to (a pickup, a delivery, a return); a recipient's address changed redirects the parcel, as the corpus
files it, and a parcel kept at a station "for onward delivery" moves on; a parcel held until the sender or the recipient
answers, a seizure by customs or the police, a missing label or order number and a delivery put off until after a holiday
are problems; an unknown recipient and a business closed fail the delivery; a parcel at a convenience store waits there.

Three groups, spliced into the first pass's groups (and so into status_phrases.STEPS) after the fifth pass's:

- MEANING_ENGLISH_6_FIRST_STEPS, in MEANING_ENGLISH_FIRST_STEPS (before the outcome steps read "rejected due to",
  "damage", "rejected", "approval" and "picked up by the customer").
- MEANING_ENGLISH_6_LATE_STEPS, in MEANING_ENGLISH_LATE_STEPS (after the outcome steps, before the general "held at
  depot", "not found", "delay" and the broad "arrived", "en route", "on the way", "picked up", "transfer" read them).
- MEANING_ENGLISH_6_STEPS, in MEANING_ENGLISH_STEPS: texts nothing else reads.

Written by the team to DESIGN §4 (round 31); the examples are tests/test_status_meaning_english_6.py.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_meaning_english_2 import RECIPIENT_WORDS, SENDER_WORDS
from lossanalytics.normalise.status_phrases_outcomes import Step

# What couriers call the goods: "cargo" is Taiwan's and freight carriers' word for a parcel.
_GOODS = r"(?:cargo|goods|parcels?|packages?|items?|pieces?|shipments?|consignments?|orders?)"
# A place to collect from: "pickup point", "pick up store", not the act of collecting.
_NOT_A_PLACE = r"(?! (?:point|location|station|store|shop|locker|counter|office)s?\b)"

MEANING_ENGLISH_6_FIRST_STEPS: tuple[Step, ...] = (
    # Delivered, with only the courier's bookkeeping still open: done, before "awaiting approval" holds it.
    ("delivered", {
        "en": (r"^(?:the )?" + _GOODS + r" (?:is|was|has been|have been) delivered\b(?: \w+){0,2}? (?:but |and )?(?:is )?"
               r"(?:waiting|pending|awaiting) (?:for )?(?:\w+ )?approval\b",),
    }),
    # Refused by the recipient over missing pieces or damage: a refusal, before "rejected due to" or "damage" read it.
    ("delivery_failed", {
        "en": (r"^(?:refused|rejected|declined) by (?:the )?" + RECIPIENT_WORDS + r" (?:due to|because of|because|as)\b",
               r"^(?:refused|rejected|declined) (?:due to|because of) (?:the |a )?(?:partial|incomplete|short) (?:delivery|shipment|"
               r"quantity)\b"),
    }),
    # Turned away by the network's own warehouse or hub: the carrier's problem, not the recipient's refusal.
    ("exception", {
        "en": (r"\b(?:rejected|refused) by (?:the )?(?:(?:distribution|sorting|fulfil+ment|logistics|processing) (?:cent(?:er|re)|hub|"
               r"warehouse|facility)|warehouse|hub|depot|facility)\b",
               # Pieces missing from a shipment: to be traced, neither a move nor a declared loss.
               r"\b(?:partial|some) (?:of the )?" + _GOODS + r" (?:is |are |was |were )?missing\b"),
    }),
    # The recipient slow to collect a parcel waiting at the terminal: still waiting, before "pickup by customer" delivers it.
    # A parcel at a convenience store ("Cargo arrived at Familymart's convenient store") waits for the recipient there, before
    # "delivered" ends its journey.
    ("available_for_pickup", {
        "en": (r"^delayed pick ?up by (?:the )?" + RECIPIENT_WORDS + r"$",
               r"\b(?:arrived|delivered) (?:at|to) (?:the |a )?(?:\w+ ){0,2}(?:s )?convenien\w* stores?\b"),
    }),
)

MEANING_ENGLISH_6_LATE_STEPS: tuple[Step, ...] = (
    # The sender's side: a collection still to come, assigned or late; a rider on the way to collect.
    ("info_received", {
        "en": (r"^delayed (?:pick ?up|collection)$",
               r"\b(?:assigned|allocated) (?:for|to) (?:pick ?up|collection)\b" + _NOT_A_PLACE,
               r"\ben ?route (?:for |to )?(?:pick ?up|collection)\b" + _NOT_A_PLACE,
               r"\bon the way to (?:pick ?up|collect)\b" + _NOT_A_PLACE),
    }),
    # On the last leg: a rider assigned to deliver, on the way to deliver, a parcel picked up for delivery.
    ("out_for_delivery", {
        "en": (r"\bassigned (?:for|to) delivery\b", r"\ben ?route (?:for |to )?delivery$", r"\bon the way to deliver\b",
               r"\bpicked up for delivery\b", r"\bin (?:the )?(?:delivery process|process of (?:being )?deliver\w*)\b"),
    }),
    # On the way back: a return under way ("Enroute Return"), one paid for by the recipient.
    ("returned", {
        "en": (r"\ben ?route (?:for |to )?return\b", r"^paid return$"),
    }),
    # Kept at a station or a partner's branch for onward delivery: moving on, not waiting for the recipient there.
    ("in_transit", {
        "en": (r"\bfor (?:further|onward) delivery\b",),
    }),
    # A parcel left for the recipient to collect.
    ("available_for_pickup", {
        "en": (r"\bfor (?:the )?" + RECIPIENT_WORDS + r" to (?:pick ?up|collect)\b",),
    }),
    # The recipient's address changed ("Consignee address change"): redirected, on its way, as "address changed" reads.
    ("in_transit", {
        "en": (r"\b" + RECIPIENT_WORDS + r"(?: s)? address change$",),
    }),
    # Collected by the recipient at a station or a counter.
    ("delivered", {
        # "pick up" only with the goods named after it: "customer pickup at branch" is still to come.
        "en": (r"\b" + RECIPIENT_WORDS + r" (?:has )?(?:(?:picked ?up|collected) (?:(?:the )?" + _GOODS + r" )?|pick ?up (?:the )?"
               + _GOODS + r" )(?:at|from) (?:the )?(?:station|depot|branch|store|counter|office|terminal)\b",),
    }),
    # A parcel held until someone answers, one a hub cannot find, a delivery put off for a holiday: problems, before "not
    # found" reads a tracking number nobody knows and "delay" any delay.
    ("exception", {
        "en": (r"\bwait(?:ing)? for (?:the )?(?:(?:consigner|" + RECIPIENT_WORDS + r"|" + SENDER_WORDS + r")(?: s)? ){1,2}"
               r"(?:notification|notice|instructions?|confirmation|response|reply)\b",
               r"\bnot found (?:during|in|at|on) (?:the )?(?:\w+ )?(?:manifest|sort\w*|scan\w*|inbound|arrival)\b",
               # Put off until after a holiday; "will be delivered after the holiday" is a delivery to come.
               r"\b(?:re ?arrang\w*|postpon\w*|resum\w*|suspend\w*|put off)\b(?: \w+){0,3}? after (?:the )?"
               r"(?:public |national |bank )?holidays?\b"),
    }),
)

MEANING_ENGLISH_6_STEPS: tuple[Step, ...] = (
    # Seized, a label or an order number missing: the carrier cannot go on.
    ("exception", {
        "en": (r"\b(?:seizure|seized|confiscat\w*|impounded) (?:at|by|in) (?:the )?(?:customs?|police|authorit(?:y|ies))\b",
               r"^(?:no|missing|without) (?:(?:purchase order|po|invoice|order reference) (?:number|no)|(?:delivery |shipping |"
               r"consignment )?label(?: information| info| details)?)\b"),
    }),
    # An unknown recipient, a business that closed: the delivery failed.
    ("delivery_failed", {
        "en": (r"^(?:incorrect|wrong|invalid|unknown) (?:consignee|recipient|receiver|addressee)(?: name)?$",
               r"\bout of business\b",
               r"\b(?:company|business|shop|office) (?:was |is |has )?(?:closed down|shut down|no longer (?:exists|operating))\b"),
    }),
    # Moving on: another station, a partner's station, a driver's collection, a delivery being rearranged.
    ("in_transit", {
        "en": (r"^re ?arrange (?:the )?delivery(?: station)?$", r"^change (?:d )?to (?:an)?other (?:delivery )?(?:station|depot|branch|hub)\b",
               r"^cooperative delivery with (?:a |the )?partner\b",
               r"^(?:" + _GOODS + r" )?pick(?:ed)? ?up by (?:the )?(?:driver|courier|rider)$"),
    }),
    ("delivered", {
        "en": (r"^delivery success\b",),
    }),
    # Data only: a new order, one placed and under review, one entered in the courier's system.
    ("info_received", {
        "en": (r"^new (?:order|shipment|consignment)$", r"\bwaiting to be reviewed\b",
               r"\b(?:integrated|entered|uploaded|imported) (?:in)?to (?:the )?(?:courier|carrier|our|logistics) system\b"),
    }),
)
