"""English tracking texts read by their meaning, twelfth pass (round 44): the English of freight, ocean carriers' container
events and a freight carrier's shipment statuses ("Empty Container Release to Shipper", "Vessel Berthing at POD",
"Full container withdrawn by consignee from Pier/Terminal", "Empty Container Returned from Customer", "Dispatched for
Pick-Up").

The reading follows the box and whose hands the cargo is in: an empty container released, dispatched or sent to the
shipper (for a booking, by the shipper's own haulier) carries no cargo yet, so the goods are still with the shipper; a
loaded box received, gated in, loaded, berthed, unloaded or taken off a train moves on with the carrier, and so does a
carrier's release alone (customs and the terminal may still keep it); a box available to be released waits for the
consignee; one leaving the last yard for delivery to the consignee, or sent to them, is on its last leg; the consignee
withdrawing the full box or its own haulier picking it up, and the box returned empty from the customer after an import,
end the shipment as a delivery; a driver dispatched for the pick-up has not collected anything; a day late or a service
failure is a hold.

Two groups, spliced into the first pass's groups (and so into status_phrases.STEPS) after the eleventh pass's:

- MEANING_ENGLISH_12_FIRST_STEPS, in MEANING_ENGLISH_FIRST_STEPS (before the outcome steps read "returned" as a return,
  "delivered" as a delivery, "dispatched", "export", "inbound" and "terminal" as a movement).
- MEANING_ENGLISH_12_STEPS, in MEANING_ENGLISH_STEPS: texts nothing else reads.

Written by the team to DESIGN §4 (round 44); the examples are tests/test_status_meaning_english_12.py.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

# An empty box, as ocean carriers name it.
_EMPTY = r"(?:export |outbound )?empty (?:container|equipment|box|ctnr|unit)?s? ?"
# The shipper's side, to whom an empty box goes to be loaded.
_SHIPPER = r"(?:the )?(?:shipper|customer|merchant|exporter)"
# The consignee's side, who takes the full box at the end.
_CONSIGNEE = r"(?:the )?(?:consignee|receiver|importer)"
# Where a box waits or is handled: a yard, a terminal, a depot.
_YARD = r"(?:cy|container yard|terminal|yard|depot|pier|ramp)"

MEANING_ENGLISH_12_FIRST_STEPS: tuple[Step, ...] = (
    # An empty box released, dispatched or sent to the shipper, out for a booking, picked up by the shipper's haulier:
    # no cargo in the carrier's hands yet, before "dispatched", "released" and "export" move it on.
    ("info_received", {
        "en": (r"^" + _EMPTY + r"(?:released?|dispatched|despatched|sent|delivered|out)\b(?: \w+){0,5} to " + _SHIPPER + r"\b",
               r"^" + _EMPTY + r"to " + _SHIPPER + r"$",
               r"^" + _EMPTY + r"(?:out|released?) for (?:a |the )?booking$",
               r"^" + _EMPTY + r"pick ?up by merchant haulage$",
               r"^export " + _EMPTY + r"released$"),
    }),
    # The box back empty from the customer after an import: the cargo was unloaded at the consignee's, before
    # "returned" reads a return to the sender.
    ("delivered", {
        "en": (r"^(?:import )?" + _EMPTY + r"returned from (?:the )?(?:customer|consignee|receiver|importer)$",
               r"^import " + _EMPTY + r"returned$"),
    }),
    # The consignee withdrew the full box, its own haulier picked it up: the carrier handed the goods over, before
    # "terminal" moves it on; not when the words deny it.
    ("delivered", {
        "en": (r"(?<!not )(?<!never )\bwithdrawn by " + _CONSIGNEE + r"\b",
               r"^(?:full )?pick ?up by merchant haulage$"),
    }),
    # Available to be released or delivered: the box waits for the consignee, before "delivered" reads a delivery.
    ("available_for_pickup", {
        "en": (r"\bavailable to be released\b",
               r"^(?:full )?container available$"),
    }),
    # Leaving the last yard for delivery to the consignee, a box sent to the consignee: the last leg, before "inbound"
    # moves it on (a gate-out that may go to a port shuttle instead is left to the movement).
    ("out_for_delivery", {
        "en": (r"^gate out from (?:the )?(?:inbound |import )?" + _YARD + r" for delivery to " + _CONSIGNEE + r"$",
               r"^(?:full )?(?:container|box) (?:sent |dispatched )?to " + _CONSIGNEE + r"$"),
    }),
    # A driver dispatched for the pick-up has collected nothing yet, before "dispatched" moves the goods on.
    ("info_received", {
        "en": (r"^(?:driver |truck )?dispatched for (?:the )?pick ?up$",),
    }),
)

MEANING_ENGLISH_12_STEPS: tuple[Step, ...] = (
    # A vessel, feeder or barge loading, unloading or berthing at a port; a box received, discharged or gated full; taken
    # off a train; picked up from the shipper; on board or on hand with the carrier: moving with the carrier.
    ("in_transit", {
        "en": (r"^(?:vessel|feeder|barge|rail|train) (?:loading|unloading|berthing|discharging) at\b",
               r"\b(?:pod|pol|t s|ts) berthing destination$",
               r"^(?:cargo|container|full container|laden container) received$",
               r"^(?:received|discharged|loaded|unloaded) (?:fcl|lcl|full|laden)$",
               r"^gate (?:in|out) (?:full|laden)$",
               r"^carrier releas(?:e|ed)$",
               r"^(?:container )?de ?ramped$",
               r"^proof of pick ?up$",
               r"^on (?:board|hand)$"),
    }),
    # A day or more late, a service failure: held.
    ("exception", {
        "en": (r"\b\d+ days? late\b",
               r"\b(?:service|svc) failure\b"),
    }),
)
