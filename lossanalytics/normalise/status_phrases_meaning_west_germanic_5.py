"""German event texts read by their grammar and meaning (thirty-fourth round), in two groups that status_phrases
places just before status_phrases_meaning_west_germanic_4's early and late groups.

WEST_GERMANIC_EARLY_STEPS_5 come just before WEST_GERMANIC_EARLY_STEPS_4, before the outcome steps and the German
"kann nicht … zugestellt werden" of a failed attempt: a carrier still seeking another or a new address for the
parcel ("Wir versuchen, eine alternative Zustelladresse zu ermitteln") holds it while the address is put right, as
DESIGN §4 reads an address being corrected, whatever the sentence before it says could not be done.

WEST_GERMANIC_LATE_STEPS_5 come just before WEST_GERMANIC_LATE_STEPS_4, for wordings nothing else reads: a
recipient missing from a building's or a firm's directory, directions needed to carry out the delivery (the driver
could not find the recipient: a failed attempt); a parcel kept for a later delivery date (a hold).

Folded like the text (lossanalytics.normalise._rules.fold: lower case, accents off, punctuation as spaces); whole
words. Written by the team to DESIGN §4 from German grammar (examples in tests/test_status_meaning_west_germanic_5.py),
not copied from any publisher.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

_ADDRESS_DE = r"(?:zustell|liefer|empfanger|post)?(?:adresse|anschrift)"

WEST_GERMANIC_EARLY_STEPS_5: tuple[Step, ...] = (
    # Another or a new address being sought: a hold while the address is put right, before "kann nicht zugestellt".
    ("exception", {
        "de": (r"\b(?:versuchen|bemuhen uns|werden versuchen)\b(?: \w+){0,3} (?:alternative|andere|neue|korrekte|richtige)n? "
               + _ADDRESS_DE + r" (?:zu )?(?:ermitteln|finden|erhalten|bekommen|klaren)\b",
               r"\b(?:alternative|andere|neue|korrekte|richtige) " + _ADDRESS_DE
               + r" (?:wird|werden) (?:\w+ )?(?:ermittelt|gesucht|geklart)\b"),
    }),
)

WEST_GERMANIC_LATE_STEPS_5: tuple[Step, ...] = (
    # The recipient not in a directory, directions needed for the delivery: the driver could not find them.
    ("delivery_failed", {
        "de": (r"\bnicht (?:im|in dem) (?:\w+ )?(?:gebaude|firmen|haus|mitarbeiter|bewohner|klingel)?verzeichnis\b",
               r"\bwegbeschreibung (?:\w+ ){0,2}(?:erforderlich|notig|benotigt)\b"),
    }),
    # Kept for a later delivery date: a hold.
    ("exception", {
        "de": (r"\b(?:fur|auf) (?:ein|einen|eine) spater\w* (?:zustellungs|zustell|liefer)?(?:datum|termin|tag)\b",),
    }),
)
