"""Croatian read by its meaning, thirteenth Slavic and Turkic pass (round 51): how a national post explains the
international events it shows in Croatian ("pošiljka prispjela u dostavni poštanski ured", "pošiljka je otpremljena
nadležnoj carinskoj ispostavi", "razlog zadržavanja: nedostaje račun u pošiljci", "pošiljka vraćena s carine").

The reading follows where the item is and who holds it:
- SLAVIC_TURKIC_FIRST_STEPS_13, just before the Slovak first steps and the Czech steps (which read "vrácena",
  returned, in any Western Slavic text): an item back from customs ("vraćena s carine", "vraćena iz carine") has
  been cleared and goes on in the post's flow; it is not returned to its sender.
- SLAVIC_TURKIC_STEPS_13, just before the eleventh pass's late steps, for texts nothing else reads: an item that
  arrived somewhere ("prispjela u", "prispio u"), was dispatched ("otpremljena"), sent on towards somewhere ("poslana prema"),
  handed in or prepared for dispatch ("predana … na otpremu", "pripremljena za otpremu") or waits for the customs
  examination of its turn ("čeka na carinski pregled") moves on; a reason for holding it ("razlog zadržavanja") or a
  missing invoice or document holds it.
What was assumed (DESIGN §4): waiting for customs' examination is the ordinary wait for clearance, as "clearance
awaited" is elsewhere in this vocabulary; a hold needs its reason named.

Folded like the text (lossanalytics.normalise._rules.fold: lower case, accents off Latin letters, "đ" as "d",
punctuation as spaces); whole words. Written by the team from DESIGN §4's statuses
(tests/test_status_meaning_slavic_turkic_14.py holds the examples); no post's table was copied.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

SLAVIC_TURKIC_FIRST_STEPS_13: tuple[Step, ...] = (
    # Back from customs: cleared, on in the post's flow, not a return to the sender.
    ("in_transit", {
        "hr": (r"\bvracen\w* (?:s|sa|iz) carin\w*",),
    }),
)

SLAVIC_TURKIC_STEPS_13: tuple[Step, ...] = (
    # A reason for holding the item, an invoice or document missing: held.
    ("exception", {
        "hr": (r"\brazlog\w* zadrzavanja\b",
               r"\bnedostaj\w* (?:racun\w*|faktur\w*|dokument\w*|isprav\w*)\b"),
    }),
    # Arrived somewhere, dispatched, sent on towards somewhere, handed in or prepared for dispatch, waiting for
    # customs' examination: moving on.
    ("in_transit", {
        "hr": (r"\b(?:prispio|prispjel\w*) u\b",
               r"(?<!nije )\botpremljen\w*",
               r"\bposlan\w* prema\b",
               r"\b(?:na|za) otpremu\b",
               r"\bceka\w* na carinsk\w* (?:pregled|postupak|obradu)\b"),
    }),
)
