"""German shipment states read by their meaning, ninth West Germanic pass (round 73): a shipment notification
service's German messages ("Paket Erstellt", "Ihr Paket wurde erstellt und wartet auf die weitere Bearbeitung") and
a German electric delivery service's customer e-mails ("Ihre Bestellung wird vorbereitet", "Sie erhalten eine weitere
Nachricht, sobald unser Fahrer mit Ihrer Bestellung unterwegs ist", "... dass jemand zur Annahme bereit ist", "Wir
bemühen uns, Ihre Sendung beim nächsten Versuch erfolgreich zuzustellen").

Two groups:
- WEST_GERMANIC_EARLY_STEPS_9, just before WEST_GERMANIC_EARLY_STEPS_8: a "sobald" (as soon as) clause that names
  the parcel going on its way, being sent or going into processing says it has not happened yet (DESIGN §4:
  information received), before the first West Germanic pass reads a driver on the way as the last leg.
- WEST_GERMANIC_LATE_STEPS_9, just before WEST_GERMANIC_LATE_STEPS_8, for wordings nothing else reads: a parcel or
  shipment created, a new order and an order, parcel or shipment being prepared are information received; someone
  asked to be ready to take the parcel in is the last leg; the next attempt named means one failed. Left alone: a
  delivery "being prepared for today" (read already as the last leg) and a bare "unterwegs zu Ihnen" (on its way to
  you: moving or on the last round, not said).

Folded like the text (lossanalytics.normalise._rules.fold: lower case, accents off, punctuation as spaces); whole words.
Written by the team to DESIGN §4 from German grammar (examples in tests/test_status_meaning_west_germanic_9.py), not
copied from any publisher.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

WEST_GERMANIC_EARLY_STEPS_9: tuple[Step, ...] = (
    # As soon as it is on its way, sent or in processing: not yet, so only data so far.
    ("info_received", {
        "de": (r"\bsobald (?:\w+ ){0,6}(?:unterwegs (?:ist|sind)|versandt|versendet|verschickt|in (?:die )?bearbeitung geht)\b",),
    }),
)

WEST_GERMANIC_LATE_STEPS_9: tuple[Step, ...] = (
    # A parcel or shipment created, a new order, an order, parcel or shipment being prepared: only data so far.
    ("info_received", {
        "de": (r"\b(?:paket|sendung) (?:wurde )?erstellt\b", r"^(?:neue bestellung|bestellung neu)$",
               r"\b(?:bestellung|sendung|paket) wird (?:gerade )?(?:bei uns )?vorbereitet\b"),
    }),
    # Someone asked to be ready to take it in: the delivery is coming now.
    ("out_for_delivery", {
        "de": (r"\bzur annahme bereit\b",),
    }),
    # The next attempt named: this one failed.
    ("delivery_failed", {
        "de": (r"\bbeim nachsten (?:zustell)?versuch\b",),
    }),
)
