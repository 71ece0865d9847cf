"""English tracking texts read by their meaning, twenty-second pass (round 59): the checkpoint names of courier
management systems and the statuses of shops, fulfilment platforms and cross-border delivery APIs in South Asia and
elsewhere ("CONSIGNEE NOT AVALIABLE", "HOUSE CLOSE", "CARGO BY AIR", "Sender not present", "Pending to ship").

The reading follows what the words say of the parcel (DESIGN §4). A sender or shipper not there when the courier came
leaves the parcel with the sender; an order rejected, with nobody named as refusing it, is cancelled before it ships.
A consignee not available (in the misspelling "avaliable" these systems write), no such consignee or street, an
address that could not be located, a house, shop or business closed (written "close"), and a later delivery or a
self-pickup the customer asked for fail the delivery. A shipment short received, a package "Late" on its own and a
postal or carrier disruption hold it. Returned to "origine" is a return; "in trasit", cargo sent by road, air, sea or
rail and a shipment on a train or on-board courier move on. A pickup error, an order pending to ship, pending
fulfilment or under process, cargo ready, a label produced and a package pre-shipped have not reached the carrier. A
return label produced, a recipient not present and an order rejected by the customer are left to the steps that read
them.

Two groups: MEANING_ENGLISH_22_FIRST_STEPS, spliced into the first pass's first group after the nineteenth pass's,
before the last leg reads "not present" and "rejected" as a failed delivery; MEANING_ENGLISH_22_LATE_STEPS, spliced
into the first pass's late group after the twenty-first pass's, for texts nothing earlier reads and before the broad
words read "pick up request", "process" and "shipped".

Written by the team to DESIGN §4 (round 59); the examples are tests/test_status_meaning_english_22.py.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

# Who hands the parcel to the courier.
_SENDER = r"(?:sender|shipper|consignor|seller|merchant|vendor)"
# Who should receive it.
_RECEIVER = r"(?:consignee|customer|recipient|receiver|addressee|buyer)"

MEANING_ENGLISH_22_FIRST_STEPS: tuple[Step, ...] = (
    # The sender not there when the courier came to collect: still with the sender (a return named is not read here).
    ("info_received", {
        "en": (r"(?<!to )\b" + _SENDER + r" (?:is |was )?(?:not present|not available|unavailable|absent|not at home)\b"
               r"(?!.*\b(?:return\w*|rto)\b)",),
    }),
    # An order rejected, nobody named as refusing it: cancelled before it ships.
    ("cancelled", {
        "en": (r"^(?:the |your )?order (?:was |has been |is )?rejected$",),
    }),
)

MEANING_ENGLISH_22_LATE_STEPS: tuple[Step, ...] = (
    # The consignee away (as the systems misspell it), no such consignee or street, an address not located, the
    # premises closed, a later delivery or a self-pickup the customer asked for: a failed delivery.
    ("delivery_failed", {
        "en": (_RECEIVER + r" (?:is |was )?not (?:avaliable|availble|avilable|availabe)\b",
               r"\bno such (?:consi\w*ee|addressee|recipient|receiver|person|firm|company|house|building|street|road|locality)\b",
               r"\bunlocat(?:ed|able) address\b", r"\baddress (?:is )?unlocat(?:ed|able)\b",
               r"^(?:house|home|office|shop|store|premises|door|gate|business|company|(?:fri|satur|sun)day) (?:is |was )?close$",
               r"\b(?:future|later|another|different) (?:delivery|date|day)(?: date)? (?:\w+ )?requested by (?:the )?" + _RECEIVER + r"\b",
               r"\bself (?:pick ?up|collection|collect) (?:\w+ )?requested by (?:the )?" + _RECEIVER + r"\b"),
    }),
    # Returned to the origin, in the French spelling some systems keep.
    ("returned", {
        "en": (r"\breturn(?:ed|ing)?(?: back)? to (?:the )?origine\b",),
    }),
    # Fewer pieces received than sent, a package late on its own, a postal or carrier disruption: held or delayed.
    ("exception", {
        "en": (r"\bshort rec(?:ei|ie|i)ved\b", r"^late$",
               r"\b(?:postal|mail|carrier|courier|transport) disruptions?\b"),
    }),
    # In transit as misspelt, cargo sent on by a mode of transport, a shipment travelling with a courier on board.
    ("in_transit", {
        "en": (r"^in trasit$", r"^cargo by (?:road|air|sea|rail|train|truck)$", r"^on (?:train|board|flight) courier$"),
    }),
    # Not yet with the carrier: a pickup error, pending to ship or fulfilment, an order under process, cargo ready, a
    # label produced (a return label is not the parcel), pre-shipped (before the broad "shipped").
    ("info_received", {
        "en": (r"^pick ?up error$", r"^pending to (?:ship|be shipped|dispatch|be dispatched)$",
               r"^(?:pending|awaiting) fulfil+ment$", r"\border (?:is )?(?:under|in) process(?:ing)?\b",
               r"^cargo (?:is )?ready(?: for (?:pick ?up|collection|dispatch|shipment))?$",
               r"(?<!return )\blabel (?:has been |was |is )?produced\b", r"^pre ?shipped$"),
    }),
)
