"""French tracking texts read by their meaning, eighth pass of the French, Hungarian and Romanian family (round 52):
the time before the carrier has the parcel as courier apps and shops word it ("Livreur en route vers l'expéditeur",
"Coursier en route pour l'enlèvement", "Prêt à expédier").

FRENCH_FIRST_STEPS_8 come just before status_phrases_meaning_fr_hu_ro_3's French first steps, before "livreur en
route" reads the round and "expédier" a parcel sent: a courier on his way to the sender, the seller or the collection
has not collected the parcel yet, and a parcel ready to be sent ("prêt à expédier", "prêt pour l'expédition") has not
been sent; both are information received. The courier on his way to the recipient stays the round.

Folded like the text (lossanalytics.normalise._rules.fold: lower case, accents off, apostrophes as spaces); whole
words. Written by the team from DESIGN §4's statuses (tests/test_status_meaning_fr_hu_ro_9.py holds the examples,
named one on, as the fifth and seventh passes' tests are); no courier's table was copied.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

_FR_COURIER = r"(?:livreur|coursier|chauffeur|ramasseur)"

FRENCH_FIRST_STEPS_8: tuple[Step, ...] = (
    # A courier on his way to the sender or the collection; a parcel ready to be sent: not with the carrier yet.
    ("info_received", {
        "fr": (r"\b" + _FR_COURIER + r" (?:est )?(?:en route|en chemin|en direction) (?:vers|pour|de) "
               r"(?:l |le |la )?(?:expediteur|vendeur|commercant|enlevement|ramassage|recuperer|collecte)\b",
               r"\bpret(?:e|s|es)? (?:a |pour )(?:etre )?(?:l )?expedi\w*\b"),
    }),
)
