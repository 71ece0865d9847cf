"""Dutch shipment states read by their meaning, eighth West Germanic pass (round 70): a delivery driver app's outcomes
("Niet geleverd"), a shop's shipment status page ("Zending aangemaakt", "Klaar voor afhaling") and a shop's order
chat ("Geen recente updates", "Aandacht vereist").

Two groups:
- WEST_GERMANIC_EARLY_STEPS_8, just before WEST_GERMANIC_EARLY_STEPS_7: "niet geleverd" (not delivered, no "nog"
  before it: not yet delivered moves on) is a failed delivery, before "geleverd" reads a delivery.
- WEST_GERMANIC_LATE_STEPS_8, just before WEST_GERMANIC_LATE_STEPS_7, for wordings nothing else reads: a shipment
  created is information received; ready for collection ("afhaling", Flemish "ophaling") waits for its recipient; no
  recent updates is a tracking that went quiet (DESIGN §4: expired); attention or action needed holds the parcel. A
  bare "Verwerking" (processing) is left alone: an order's and a hub's processing use the same word.

Folded like the text (lossanalytics.normalise._rules.fold: lower case, accents off, punctuation as spaces); whole words.
Written by the team to DESIGN §4 from Dutch grammar (examples in tests/test_status_meaning_west_germanic_8.py), not
copied from any publisher.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

WEST_GERMANIC_EARLY_STEPS_8: tuple[Step, ...] = (
    # Not delivered, said as the outcome (not "nog niet", not yet): a failed delivery.
    ("delivery_failed", {
        "nl": (r"(?<!nog )\bniet geleverd\b",),
    }),
)

WEST_GERMANIC_LATE_STEPS_8: tuple[Step, ...] = (
    # A shipment created, on its own: only data so far.
    ("info_received", {
        "nl": (r"^(?:zending|verzending) (?:is )?aangemaakt$",),
    }),
    # Ready for collection: waiting for its recipient.
    ("available_for_pickup", {
        "nl": (r"klaar voor (?:afhaling|ophaling)",),
    }),
    # No recent updates: the tracking went quiet.
    ("expired", {
        "nl": (r"^geen recente (?:updates|tracking ?updates)$",),
    }),
    # Attention or action needed: held until someone acts.
    ("exception", {
        "nl": (r"^(?:aandacht|actie) (?:vereist|nodig)$",),
    }),
)
