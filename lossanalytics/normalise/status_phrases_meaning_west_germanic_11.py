"""German shipment states read by their meaning, eleventh West Germanic pass (round 87): a delivery announced for a
later day in the carriers' abbreviated German ("Die Sendung wurde zurückgestellt. Die Zustellung erfolgt vrs. am
nächsten Werktag.", as a recorded DHL parcel history words a parcel held back for a day).

DESIGN §4 reads a delivery still to come as movement, not as a delivery: "Die Zustellung erfolgt voraussichtlich am
Montag" is already read so, through "voraussichtlich". The carriers shorten that word ("vrs.", "vsl.", "vstl.",
"vorauss."), and the bare outcome words then find "Zustellung erfolgt" and read the parcel delivered. One group:

- WEST_GERMANIC_EARLY_STEPS_11, just before WEST_GERMANIC_EARLY_STEPS_10 (before the outcome words): a delivery,
  handover or arrival that "takes place" (erfolgt) on the next working day, tomorrow, the day after or a named weekday,
  with or without the abbreviation, and the abbreviation of "voraussichtlich" before a time word (am, ab, bis, in,
  innerhalb, zwischen): still in transit. "Heute" (today) is left to the last-leg words, which read the vehicle and
  "today"; a delivery that "erfolgte" (past tense) is not matched.

Folded like the text (lossanalytics.normalise._rules.fold: lower case, accents off, punctuation as spaces); whole
words. Written by the team to DESIGN §4 from German grammar (examples in tests/test_status_meaning_west_germanic_11.py),
not copied from any publisher."""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

# The carriers' abbreviations of "voraussichtlich" (expected), folded (the dot is a space).
_EXPECTED_ABBR = r"(?:vrs|vsl|vstl|vorauss|voraussichtl)"
# A later day: the next working day, tomorrow, the day after, a weekday.
_LATER_DAY = (r"(?:(?:am )?nachsten (?:werktag|arbeitstag|tag)|morgen|ubermorgen|"
              r"(?:am )?(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag))")

WEST_GERMANIC_EARLY_STEPS_11: tuple[Step, ...] = (
    # A delivery that takes place on a later day, or is only expected (in the abbreviation): still on its way.
    ("in_transit", {
        "de": (r"\b(?:zustellung|auslieferung|lieferung|ubergabe) erfolgt (?:" + _EXPECTED_ABBR + r" |voraussichtlich )?"
               + _LATER_DAY + r"\b",
               r"\b(?:zustellung|auslieferung|lieferung|ankunft) (?:erfolgt |ist )?" + _EXPECTED_ABBR
               + r" (?:am|ab|bis|in|innerhalb|zwischen)\b"),
    }),
)
