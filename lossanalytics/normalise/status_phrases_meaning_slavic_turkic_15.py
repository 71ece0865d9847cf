"""Turkish read by its meaning, fifteenth Slavic and Turkic pass (round 53): the reasons a courier's driver records
when a delivery fails ("Müşteri bulunamadı", "Müşteri mevcut değil").

SLAVIC_TURKIC_STEPS_15, just before the thirteenth pass's late steps, for texts nothing else reads: a customer not
found or not there fails the delivery (DESIGN §4: the recipient's side).
What was assumed: a wrong address ("yanlış adres") is left to a later round; the wording came to this round from a
courier dashboard a blind corpus also draws on, and a rule written from it would read that corpus with knowledge it
must not have.

Folded like the text (lossanalytics.normalise._rules.fold: lower case, accents off, "ı" as "i", "ş" as "s");
whole words. Written by the team from DESIGN §4's statuses (tests/test_status_meaning_slavic_turkic_16.py holds the
examples, named two on, past the fourteenth pass's test); no courier's table was copied.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

SLAVIC_TURKIC_STEPS_15: tuple[Step, ...] = (
    # The customer not found or not there: a failed delivery.
    ("delivery_failed", {
        "tr": (r"\bmusteri(?: \w+)? (?:bulunamadi|mevcut degil)\b",),
    }),
)
