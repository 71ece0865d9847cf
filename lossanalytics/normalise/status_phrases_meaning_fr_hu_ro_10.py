"""Hungarian order states read by their meaning, tenth pass of the French, Hungarian and Romanian family (round 57): a
shop's order phases before the carrier has the parcel ("Új megrendelés", "Megerősített megrendelés", "Folyamatban lévő
megrendelés").

HU_LATE_STEPS_10 come just before status_phrases_meaning_fr_hu_ro_4's Hungarian late steps and read only texts nothing
else reads: an order that is new, confirmed or in progress (nothing named after it) has not reached the carrier (DESIGN
§4: information received), whether it is called a "megrendelés" or a "rendelés". "Kiszállított megrendelés" (an order
shipped out or delivered: the word does not say which) is left alone.

Folded like the text (lossanalytics.normalise._rules.fold: lower case, accents off); whole words. Written by the team
from DESIGN §4's statuses (tests/test_status_meaning_fr_hu_ro_11.py holds the examples, named one on, as the ninth
pass's test is); no carrier's table was copied.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

HU_LATE_STEPS_10: tuple[Step, ...] = (
    # An order new, confirmed or in progress: not yet with the carrier.
    ("info_received", {
        "hu": (r"^(?:uj|megerositett|visszaigazolt|folyamatban levo) (?:meg)?rendeles$",),
    }),
)
