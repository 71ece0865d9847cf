"""English tracking texts read by their meaning, tenth pass (round 39): the English of a final-mile carrier's order
statuses, a last-mile service's statuses and failure reasons, a delivery orchestration platform's order statuses, a
Saudi delivery platform's status codes, a tracking platform's delivery statuses and a dispatch platform's order
statuses ("The order has not yet arrived at our last mile hub.", "The order is loaded on a home delivery truck and
should be delivered by the end of the day.", "On the way to delivery", "Redelivery is being attempted.", "waiting to
assign picker.", "Order could not be sent to carrier.", "Shipup will not look for more events for this package.").

The reading follows whose hands the goods are in and what is still to come: an order that has not yet reached the
carrier's own hub, or not yet been fetched from the sender, a delivery request or a booking received, an order placed
with a carrier, released to it, quoted, scheduled for later or waiting for a driver, a driver on his way or ready to
fetch it, a driver unassigned and a pickup under way are all still with the sender; an order that could not be sent to
the carrier or was not dispatched, one awaiting instructions, one past its expected delivery date or not completed in
its window are problems; loaded on a delivery truck, on the way to delivery, being delivered now and a redelivery
being attempted are the round; a delivery failed that will be retried before any return, a recipient absent at the
address, not reachable, asking for a later delivery or without the cash ready are failed deliveries; on the way to
return goods and a successful return are returns; an order completed by its driver is delivered; a tracking source
that will look for no more events has given up.

Three groups, spliced into the first pass's groups (and so into status_phrases.STEPS) after the ninth pass's:

- MEANING_ENGLISH_10_FIRST_STEPS, in MEANING_ENGLISH_FIRST_STEPS (before the outcome steps read "not yet arrived" as
  a delay, "returning" as a return, "not delivered" and "attempted" as a failed delivery, "not yet picked up" as
  unread, and a notice's "ready to collect" as a parcel waiting for its recipient).
- MEANING_ENGLISH_10_LATE_STEPS, in MEANING_ENGLISH_LATE_STEPS (before the last leg reads "delivered" and the broad
  words "hub", "on the way", "arrived", "delivering", "in transit", "dispatched", "received by", "processed" and
  "prepare" move the parcel on or leave it with the sender).
- MEANING_ENGLISH_10_STEPS, in MEANING_ENGLISH_STEPS: texts nothing else reads.

Written by the team to DESIGN §4 (round 39); the examples are tests/test_status_meaning_english_10.py.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

# The sender's side of a shipment, named by its role.
_SENDER = r"(?:the )?(?:manufacturer|sender|shipper|merchant|seller|vendor|retailer|store|shop|warehouse)s?"
# The person who fetches or brings the goods.
_DRIVER = r"(?:the |a |our |your )?(?:driver|courier|rider|picker|agent)"
# The recipient, named from the carrier's side.
_RECIPIENT = r"(?:the )?(?:customer|recipient|receiver|consignee|addressee|buyer)s?"
# The carrier a shipment is booked with, as a platform names it.
_CARRIER = r"(?:the )?(?:carrier|courier|provider|shipping company|logistics partner)s?"

MEANING_ENGLISH_10_FIRST_STEPS: tuple[Step, ...] = (
    # Not yet at the carrier's own hub, or not yet fetched from the sender: still with the sender, before the outcome
    # steps read "not yet arrived" as a delay and "not yet picked up" as unread.
    ("info_received", {
        "en": (r"\bnot yet (?:arrived at|reached|been received (?:at|in)) our (?:\w+ ){0,3}(?:hub|facility|warehouse|depot)\b"
               r"(?!.*\b(?:delay\w*|late|expected|should have)\b)",
               r"\bnot (?:yet )?(?:been )?(?:picked up|collected) from " + _SENDER + r"\b"),
    }),
    # A driver on his way or ready to fetch the goods: with the sender, before "ready to collect" and "ready to pick up"
    # read a parcel waiting for its recipient.
    ("info_received", {
        "en": (r"\b(?:driver|courier|rider|picker|agent) (?:is )?(?:ready|on (?:the|his|her|their) way|heading|coming) to "
               r"(?:pick ?up|collect)\b(?! (?:point|location|station))",),
    }),
    # A failed delivery to be retried before any return: the return has not begun, before "returning" reads one.
    ("delivery_failed", {
        "en": (r"\b(?:retr(?:y|ies|ied)|re ?attempt\w*|tr(?:y|ies|ied) again)\b.*\bbefore (?:\w+ ){0,4}return\w*",),
    }),
    # A (re)delivery being attempted: under way, before "attempted" reads a failed attempt.
    ("out_for_delivery", {
        "en": (r"\b(?:re ?delivery|delivery) (?:is )?(?:being|now being) (?:re ?)?attempted\b",),
    }),
    # A tracking source that will look for no more events: it gave up, before "not delivered" reads a failed one.
    ("expired", {
        "en": (r"\bwill (?:not|no longer) (?:look|check|search|poll) for (?:any )?(?:more|further|new) (?:events|updates|tracking)\b",),
    }),
)

MEANING_ENGLISH_10_LATE_STEPS: tuple[Step, ...] = (
    # Loaded on a delivery truck, on the way to delivery, being delivered now: the round, before "delivered", "on the
    # way" and "delivering" read a delivery or a movement.
    ("out_for_delivery", {
        "en": (r"\bloaded (?:on|onto|into) (?:a |the |our )?(?:home |local )?delivery (?:truck|van|lorry)\b",
               r"^on (?:the|its|their) way to (?:delivery|deliver)$",
               r"\b(?:currently|now) delivering\b"),
    }),
    # On the way to return the goods: a return, before "on the way" moves them on.
    ("returned", {
        "en": (r"\bon (?:the|its|their) way to return\b",),
    }),
    # At the recipient's with nobody there, or without the cash ready: the delivery failed, before "arrived" and
    # "prepare" move the parcel on or leave it with the sender.
    ("delivery_failed", {
        "en": (r"\barrived at " + _RECIPIENT + r"(?: address| location| door)? (?:with |but )?(?:no|nobody|no one)\b",
               r"\b(?:didn t|did not|has not|hasn t|had not|not) (?:prepare|prepared|have|had) (?:the )?(?:money|cash|payment|cod)\b"),
    }),
    # A request for a delivery received, an order still to be packed: with the sender, before "received by" and
    # "processed" move the parcel on.
    ("info_received", {
        "en": (r"^(?:a|the|your) (?:delivery |pick ?up |shipping |shipment |booking )?request (?:has been|was) received\b",
               r"\bready to be (?:processed and )?pack(?:ed|aged)\b"),
    }),
    # Not dispatched, awaiting instructions, past the expected delivery date: problems, before "dispatched", "hub" and
    # "in transit" move the parcel on.
    ("exception", {
        "en": (r"\b(?:wasn t|was not|weren t|were not|not) (?:\w+ )?dispatched successfully\b",
               r"\bawaiting (?:\w+ ){1,2}instructions?\b",
               r"\b(?:exceeded|passed|missed) (?:its |the |their )?(?:expected|estimated|scheduled|promised) delivery "
               r"(?:date|time|window)\b"),
    }),
)

MEANING_ENGLISH_10_STEPS: tuple[Step, ...] = (
    # Still with the sender: a driver on the pickup, sought, unassigned; a pickup under way; an order created, placed
    # with a carrier, released to it, quoted or scheduled for later; no carrier event yet.
    ("info_received", {
        "en": (_DRIVER + r" is (?:picking up|collecting)\b(?! (?:the )?(?:cash|payment|money|cod)\b)",
               r"\b(?:waiting|pending) (?:to )?assign (?:a |the )?(?:picker|driver|courier|rider)\b",
               r"^waiting (?:for )?(?:picker|driver|courier|rider) action$",
               r"\bunassigned from " + _DRIVER + r"\b",
               r"^pick ?up (?:has been |was |is )?(?:started|under ?way|in progress)$",
               r"^(?:the |your |an? )?(?:order|shipment|parcel|package|consignment) (?:has been |was )created$",
               r"\bplaced (?:\w+ ){0,3}with " + _CARRIER + r"$",
               r"\b(?:ready to be |to be )released to " + _CARRIER + r"\b",
               r"\bestimates? (?:have |has )?been (?:obtained|received)\b",
               r"\bschedul\w* for (?:the )?future\b",
               r"\b(?:hasn t|has not|haven t|have not) received any (?:delivery |tracking )?(?:events?|scans?) "
               r"(?:for this (?:package|parcel|shipment|order) )?yet\b"),
    }),
    # Could not be sent to the carrier, not completed in its window: problems.
    ("exception", {
        "en": (r"\b(?:could not|couldn t|cannot|can t|unable to|failed to) (?:be )?(?:sent|transmitted|submitted) to " + _CARRIER + r"\b",
               r"\bnot (?:been )?completed (?:within|in) (?:the )?(?:expected|scheduled|agreed) time(?: window)?\b"),
    }),
    # Nobody to contact, a later delivery asked for: the delivery failed.
    ("delivery_failed", {
        "en": (r"^(?:unable to|could not|couldn t|cannot|can t) (?:contact|reach)$",
               r"\b" + _RECIPIENT + r" (?:request\w* |ask\w* )?(?:to )?deliver later\b"),
    }),
    # Completed by the driver: the order delivered.
    ("delivered", {
        "en": (r"^(?:orders?|deliver(?:y|ies)|jobs?)(?: that)? (?:have |has )?(?:been )?completed by " + _DRIVER + r"\b",),
    }),
    # A successful return: back with the sender.
    ("returned", {
        "en": (r"^successful(?:ly)? return(?:ed)?$",),
    }),
)
