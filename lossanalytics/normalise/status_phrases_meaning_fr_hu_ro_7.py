"""Romanian read by its meaning, seventh French, Hungarian and Romanian pass (round 51): how a delivery app names the
places it could not deliver to and its deliveries' states ("Clinică închisă", "Livrare nereușită", "Atribuită
curierului").

RO_LATE_STEPS_7 come just before status_phrases_meaning_ro_tr's late steps and read only texts nothing else reads:
- a clinic, pharmacy, surgery, hospital, institution or school found closed (as a shop, firm or office already is in
  status_phrases_meaning_fr_hu_ro_2) and a delivery named unsuccessful ("livrare nereușită") fail the delivery;
- a delivery assigned to a courier, who has not collected it yet, is only data.
What was assumed (DESIGN §4): a bare state with nothing named ("Planificată", "Atribuită", "Finalizată",
"Nereușită") is any task's word, as "Planned", "Assigned", "Completed" and "Unsuccessful" are left unread elsewhere in
this vocabulary, so it stays unread here too: which step of which delivery it is, the words do not say.

Folded like the text (lossanalytics.normalise._rules.fold: lower case, "ă", "â", "î", "ș", "ț" as "a", "i", "s", "t",
punctuation as spaces); whole words. Written by the team to DESIGN §4 (round 51); the examples are
tests/test_status_meaning_fr_hu_ro_8.py.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

RO_LATE_STEPS_7: tuple[Step, ...] = (
    # A clinic, pharmacy, surgery, hospital, institution or school found closed; a delivery named unsuccessful: a
    # failed delivery.
    ("delivery_failed", {
        "ro": (r"\b(?:clinic\w*|farmaci\w*|cabinet\w*|spital\w*|institut\w*|scoal\w*) (?:\w+ )?(?:este |era )?inchis\w*\b",
               r"\blivrar\w* nereusit\w*"),
    }),
    # Assigned to a courier, who has not collected it yet: only data.
    ("info_received", {
        "ro": (r"\batribuit\w* (?:unui |la )?curier\w*",),
    }),
)
