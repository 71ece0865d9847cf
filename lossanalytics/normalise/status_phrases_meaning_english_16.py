"""English tracking texts read by their meaning, sixteenth pass (round 50): a pickup-point network's words at the end
of a parcel's journey ("Package has remained too long at PUDO's warehouse, and it is expired", "The package has been
correctly handed over to the user").

The reading follows where the parcel is and whose move is awaited (DESIGN §4): a parcel that stayed too long at a
pickup point or a warehouse, with no return named, is held (the recipient did not come, what follows is not said), not
the "expired" of a tracking source that gave up; a parcel handed over to the user, as to the recipient or the
addressee, is delivered, not the "handed over" of a parcel passed on to a carrier.

One group, MEANING_ENGLISH_16_FIRST_STEPS, spliced into the first pass's first group (and so into status_phrases.STEPS)
after the fifteenth pass's: before "expired" reads the tracking source giving up and "handed over" a movement.

Written by the team to DESIGN §4 (round 50); the examples are tests/test_status_meaning_english_16.py.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

MEANING_ENGLISH_16_FIRST_STEPS: tuple[Step, ...] = (
    # Stayed too long at a pickup point or a warehouse, no return named: held.
    ("exception", {
        "en": (r"^(?!.*\breturn).*\b(?:remained|stayed|been held|sat|lain|waited) too long (?:at|in)\b",),
    }),
    # Handed over to the user: delivered, as to the recipient.
    ("delivered", {
        "en": (r"\bhanded over to (?:the )?user\b",),
    }),
)
