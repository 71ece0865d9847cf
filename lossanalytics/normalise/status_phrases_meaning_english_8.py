"""English tracking texts read by their meaning, eighth pass (round 35): the English of a French relay-point
network's statuses and of shop modules' order states ("The package has been dropped off at the relay point",
"The package has been collected from the relay point", "RC - Shipping in progress", "RC - Return in progress").

The reading follows where the parcel is and who moves it: a relay point (the English of "point relais") is a
pickup point like any other, so a parcel collected from one has reached its recipient and one left at one waits
there, unless the sender is named as the one who left it (a parcel handed in for sending) or a driver or carrier
as the one who collected it (the carrier taking in a sender's parcel); shipping under way is a movement, and a
return under way a return, wherever the state's name stands in the text.

Two groups, spliced into the first pass's groups (and so into status_phrases.STEPS) after the seventh pass's:

- MEANING_ENGLISH_8_FIRST_STEPS, in MEANING_ENGLISH_FIRST_STEPS (before "collected" reads a collection from the
  sender).
- MEANING_ENGLISH_8_STEPS, in MEANING_ENGLISH_STEPS: texts nothing else reads.

Written by the team to DESIGN §4 (round 35); the examples are tests/test_status_meaning_english_8.py.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

# A relay point: a shop where parcels wait for their recipients.
_RELAY = r"(?:the |a |your |our )?(?:\w+ ){0,2}relay(?: ?point| ?shop| ?store)?\b"
# The carrier's own people, who collect a sender's parcel from a relay point.
_CARRIER_SIDE = r"(?:the |a |our )?(?:driver|courier|carrier|transporter)"

MEANING_ENGLISH_8_FIRST_STEPS: tuple[Step, ...] = (
    # Collected from a relay point: the recipient has it, unless the carrier took it in there.
    ("delivered", {
        "en": (r"\b(?:collected|picked up|retrieved|withdrawn) (?:from|at) " + _RELAY + r"(?!.*\bby " + _CARRIER_SIDE + r"\b)",),
    }),
    # Left at a relay point: waiting there, unless the sender handed it in.
    ("available_for_pickup", {
        "en": (r"\b(?:dropped off|delivered|deposited|left|placed|arrived|available) (?:at|to|in) " + _RELAY
               + r"(?!.*\bby (?:the )?(?:sender|shipper|seller|merchant|you)\b)",),
    }),
)

MEANING_ENGLISH_8_STEPS: tuple[Step, ...] = (
    # A return under way, wherever the words stand; a request for one is no return yet.
    ("returned", {
        "en": (r"\breturn (?:shipping |shipment |transport )?(?:is )?in progress\b",),
    }),
    # Shipping under way: a movement.
    ("in_transit", {
        "en": (r"\b(?:shipping|shipment|transport) (?:is )?in progress\b",),
    }),
)
