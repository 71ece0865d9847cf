"""German shipment states read by their meaning, fifteenth West Germanic pass (round 112): the German comments of a
parcel carrier's tracking push statuses ("Die Auftragsdaten wurden erfasst", "Es wurde ein NAB-Scan ausgelöst",
"ein Zustellhindernis … z.B. Adressklärung", "Paketzustellung im DPD Shop").

- WEST_GERMANIC_EARLY_STEPS_15, just before WEST_GERMANIC_EARLY_STEPS_14 (before the outcome words): the order data
  recorded or sent ("die Auftragsdaten wurden erfasst / übermittelt") is the carrier told of a parcel it does not have
  yet, information received, before "erfasst" reads a scan; a NAB scan ("NAB-Scan": nicht angetroffen,
  Benachrichtigung, the addressee not met and a card left) is a failed attempt, before "Scan" reads movement; a
  delivery obstacle raised for the address to be clarified ("Zustellhindernis … Adressklärung") is a problem, an
  exception (the address to be cleared up, not an attempt that failed), before "Zustellhindernis" alone reads a
  failed delivery; this also reads the development corpus's "Zustellhindernis (z. B. Adressklärung)", labelled an
  exception and read as a failed delivery before; a delivery into a parcel shop ("Paketzustellung im (DPD-)Shop") is the parcel waiting there for the
  addressee.

Folded like the text (lossanalytics.normalise._rules.fold: lower case, accents off, "ü" as "u", punctuation as
spaces); whole words. Written by the team from DESIGN §4's statuses (tests/test_status_meaning_west_germanic_15.py
holds the examples); no carrier's or integration's table was copied.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

WEST_GERMANIC_EARLY_STEPS_15: tuple[Step, ...] = (
    # The order data recorded or sent: the carrier told, not yet holding the parcel.
    ("info_received", {
        "de": (r"\bauftragsdaten (?:wurden|sind) (?:elektronisch )?(?:erfasst|ubermittelt)\b",),
    }),
    # A NAB scan: the addressee not met, a card left.
    ("delivery_failed", {
        "de": (r"\bnab scan\b",),
    }),
    # A delivery obstacle raised for the address to be clarified: a problem.
    ("exception", {
        "de": (r"\bzustellhindernis(?: \S+){0,2} (?:z b |wie )?adressklarung\b",),
    }),
    # Delivered into a parcel shop: waiting there for the addressee.
    ("available_for_pickup", {
        "de": (r"\b(?:paket)?zustellung (?:im|in den|in einen|in einem|in einen) (?:dpd |gls |hermes |ups )?(?:paket)?shop\b",),
    }),
)
