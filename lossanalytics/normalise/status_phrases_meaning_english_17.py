"""English tracking texts read by their meaning, seventeenth pass (round 52): a marketplace's order notifications
before the carrier has the parcel ("The seller has 3 business days to ship your item", "Please package and ship it
within 3 business days", "Your order has been booked for shipping"), and their neighbours ("collected and is on its
way to you", "Your order has arrived! Please confirm receipt").

The reading follows whose move is awaited (DESIGN §4): a seller given days to ship, asked to ship within a time or a
shipment booked for collection has not handed the parcel over yet (information received), even where the text warns
of a cancellation should the seller not ship; a seller who did not ship within the time is left to the cancellation
that follows. A courier, driver or rider on his way to the sender, the seller or the pickup (not a pickup point,
where a courier brings parcels for their recipients), or arrived there, has not collected yet, where the parcel itself on its way to the sender is a return. Collected and on its way to the
recipient is the first carrier scan's news, not the round; arrived with the recipient asked to confirm receipt is a
delivery, not an arrival somewhere on the way.

One group, MEANING_ENGLISH_17_FIRST_STEPS, spliced into the first pass's first group (and so into status_phrases.STEPS)
after the sixteenth pass's: before "cancellation" reads the outcome, "on its way to you" the round and "arrived" a
movement.

Written by the team to DESIGN §4 (round 52); the examples are tests/test_status_meaning_english_17.py.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

# Not after a seller's failure to ship: "did not ship within 3 days" is the reason of a cancellation.
_NOT_FAILED_TO = r"(?<!\bnot )(?<!\bdidn t )(?<!\bfailed to )"
# Whoever collects: the person on his way, not the parcel ("on the way to the sender" of a parcel is a return).
_COURIER = r"\b(?:courier|driver|rider|messenger|picker)s?"
# The pickup, not a pickup point: a courier arrived at a pickup point has brought the parcel there for the recipient.
_PICKUP = r"pick ?up(?! ?points?\b)"

MEANING_ENGLISH_17_FIRST_STEPS: tuple[Step, ...] = (
    # The seller has days to ship, is asked to ship within a time, or a shipment is booked for collection: the
    # parcel is not with the carrier yet.
    ("info_received", {
        "en": (r"\b(?:seller|merchant|vendor|you) (?:has|have) \d+ (?:business |working )?days? to (?:ship|dispatch|send)\b",
               _NOT_FAILED_TO + r"\b(?:ship|dispatch|despatch|send) (?:it |them |the order |your order |the item )?"
               r"within \d+ (?:business |working )?(?:days?|hours?)\b",
               r"\bbooked for (?:shipping|shipment|collection|pick ?up|dispatch)\b",
               _COURIER + r" (?:is |are )?(?:on (?:the|his|her|their) way|en route|heading) to (?:the )?"
               r"(?:sender|shipper|seller|merchant|collect|" + _PICKUP + r")\b",
               _COURIER + r" (?:has |have )?(?:arrived|is|are) at (?:the )?(?:sender|shipper|seller|merchant|"
               + _PICKUP + r")\b"),
    }),
    # Collected and on its way to the recipient: moving, the round is still to come.
    ("in_transit", {
        "en": (r"\b(?:collected|picked up) and (?:is |it s )?(?:now )?on (?:its|their) way to you\b",),
    }),
    # Arrived, with the recipient asked to confirm receipt: delivered.
    ("delivered", {
        "en": (r"\bhas arrived\b(?=.*\bconfirm (?:the |your )?receipt\b)",),
    }),
)
