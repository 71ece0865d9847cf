"""English tracking texts read by their meaning, fifteenth pass (round 49): the English of status reason code lists and
tracking platforms' event descriptions for returns and for the exceptions that are not customs ("Address ex delivery
area", "A further address is needed to effect delivery", "arrived after the means of transport has departed", "The
shipment has arrived at an incorrect address or checkpoint", "The customer has requested to return the shipment to the
sender").

The reading follows whose move is awaited and where the goods are (DESIGN §4): an address outside the carrier's area
with no attempt named is held, as this vocabulary holds one outside a delivery area; an address still to be completed,
arrangements or a return asked of someone, a missed connection, a schedule changed, a misroute, seals found altered and
customs refusing to clear the goods hold the parcel; an arrangement made to deliver at a set time moves on; a courier
about to start delivering is the last leg.

Two groups, spliced into the first pass's groups (and so into status_phrases.STEPS) after the thirteenth pass's:

- MEANING_ENGLISH_15_FIRST_STEPS, in MEANING_ENGLISH_FIRST_STEPS: before "refused", "not be delivered", "arrived",
  "incorrect address", "transporter" and "delivering" read an outcome or a movement of their own.
- MEANING_ENGLISH_15_STEPS, in MEANING_ENGLISH_STEPS: texts nothing else reads.

Written by the team to DESIGN §4 (round 49); the examples are tests/test_status_meaning_english_15.py.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

# Those who may be asked to act on a held parcel.
_PARTY = r"(?:the )?(?:customer|consignee|recipient|receiver|shipper|sender|buyer)"

MEANING_ENGLISH_15_FIRST_STEPS: tuple[Step, ...] = (
    # Customs refusing to clear or release the goods hold them; it is not the recipient's refusal.
    ("exception", {
        "en": (r"\bcustoms (?:\w+ ){0,3}(?:refused|refuse|refuses|declined) to (?:clear|release)\b",),
    }),
    # Delivery put off by a changed schedule, goods that missed their connection and a misroute hold the parcel:
    # no attempt was made, nothing arrived where it should.
    ("exception", {
        "en": (r"\b(?:because of|due to) (?:a )?(?:change of schedule|schedule change)\b",
               r"\barrived after (?:the )?(?:\w+ ){0,3}(?:has |had )?(?:departed|left)\b",
               r"\barrived at an? (?:incorrect|wrong) (?:address or )?(?:checkpoint|facility|hub|depot|terminal)\b"),
    }),
    # An address outside the area the carrier serves, with no attempt named: held, as this vocabulary reads "outside
    # our delivery area"; before "transporter" reads a movement.
    ("exception", {
        "en": (r"\baddress (?:\w+ ){0,3}outside (?:the )?area of (?:the )?(?:carrier|transporter|courier)\b",
               r"\baddress ex delivery area\b"),
    }),
    # The courier is about to start the delivery round.
    ("out_for_delivery", {
        "en": (r"\babout to (?:start |begin )?deliver(?:ing)?\b",),
    }),
)

MEANING_ENGLISH_15_STEPS: tuple[Step, ...] = (
    # An address still to be completed or an issue with it, arrangements asked of someone, a return asked for and
    # seals found altered: held until someone acts.
    ("exception", {
        "en": (r"\b(?:further|complementary|additional|complete|correct|new) address (?:is |are )?(?:needed|required)\b",
               r"\b(?:issue|problem) with the (?:delivery |shipping )?address\b",
               r"\brequires? (?:delivery )?(?:arrangements|instructions) (?:by|from) " + _PARTY + r"\b",
               r"\b" + _PARTY + r" (?:has |have )?requested (?:to )?(?:return|send back) (?:the )?\w+ to " + _PARTY + r"\b",
               r"\bseals? (?:\w+ ){0,5}(?:changed|altered|broken|tampered)\b",
               r"\baltered seals?\b"),
    }),
    # An arrangement made to deliver at a set time: a delivery still to come.
    ("in_transit", {
        "en": (r"\barrangement (?:has been |was )?made to deliver\b",),
    }),
)
