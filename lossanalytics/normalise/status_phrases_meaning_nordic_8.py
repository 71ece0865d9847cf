"""Finnish shipment states read by their meaning, eighth Nordic pass (round 91): 17TRACK's Finnish status names
("Vanhentunut", "Toimittamaton", "Varoitus") among the round's Finnish rows.

Undelivered ("toimittamaton") is a failed delivery; expired ("Vanhentunut") and a warning ("Varoitus"), as the whole
status, are 17TRACK's Expired and Alert. NORDIC_8_LATE_STEPS come just before NORDIC_7_LATE_STEPS (status_phrases.py),
after the outcome words, so that an undelivered parcel sent back is read as a return first.

Left alone: a shop's line that the carrier usually shows the first scan two to four days after dispatch (it tells
when a scan comes, not where the parcel is).

Folded like the text (lossanalytics.normalise._rules.fold: lower case, accents off, punctuation as spaces); whole
words. Written by the team from DESIGN §4's statuses (tests/test_status_meaning_nordic_8.py holds the examples); no
app's text was copied.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

NORDIC_8_LATE_STEPS: tuple[Step, ...] = (
    # Undelivered: a failed delivery.
    ("delivery_failed", {
        "fi": (r"\btoimittamaton\b",),
    }),
    # Expired, as the whole status: no update for a long time.
    ("expired", {
        "fi": (r"^vanhentunut$",),
    }),
    # A warning, as the whole status: exception.
    ("exception", {
        "fi": (r"^varoitus$",),
    }),
)
