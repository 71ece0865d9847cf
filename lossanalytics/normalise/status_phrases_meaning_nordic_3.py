"""Finnish order and shipping states read by their meaning, third Nordic pass (round 51): how a seller tells its
customers where their order is ("Tilaus pakattavana", "Tilaus viety postiin", "Tilaus lähetetty", "Haettavissa
postista", "Virheelliset yhteystiedot").

NORDIC_3_LATE_STEPS come just before status_phrases_meaning_nordic's late steps and read only texts nothing else reads:
an order waiting to be packed or being packed is still with the seller, only data; an order taken to the post or a
status that is only the order or parcel sent moves on; a parcel to be fetched ("haettavissa") waits for pickup; faulty
or missing contact or address details hold it.
What was assumed (DESIGN §4): the faulty details are named with no attempt, so they are a problem to solve, not a
failed delivery.

Folded like the text (lossanalytics.normalise._rules.fold: lower case, "ä" and "ö" as "a" and "o", punctuation as
spaces); whole words. Written by the team to DESIGN §4 (round 51); the examples are
tests/test_status_meaning_nordic_3.py.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

NORDIC_3_LATE_STEPS: tuple[Step, ...] = (
    # Waiting to be packed or being packed: still with the seller.
    ("info_received", {
        "fi": (r"\b(?:pakattavana|pakataan|pakkauksessa)\b",),
    }),
    # Taken to the post, or only "sent": moving on.
    ("in_transit", {
        "fi": (r"\b(?:viety|jatetty|tuotu) postiin\b",
               r"^(?:tilaus|lahetys|paketti) (?:on )?lahetetty$"),
    }),
    # To be fetched: waiting for pickup.
    ("available_for_pickup", {
        "fi": (r"\bhaettavissa\b",),
    }),
    # Faulty or missing contact or address details: held.
    ("exception", {
        "fi": (r"\b(?:virheelli\w*|puutteelli\w*) (?:yhteystied\w*|osoit\w*)\b",),
    }),
)
