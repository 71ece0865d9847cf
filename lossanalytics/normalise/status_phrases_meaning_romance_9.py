"""Italian read by its meaning, a pass for the end of a parcel's journey (round 50): how a pickup-point network words a
parcel that reached the point or stayed there too long ("Pacco arrivato presso il PUDO", "Pacco rimasto in giacenza
troppo a lungo e scaduto").

ROMANCE_9_FIRST_STEPS, tried just before status_phrases_meaning_romance_8's first steps, decide against a broad word
the sentence around it overrules:

- arrived at a pickup point ("arrivato presso il PUDO / il punto di ritiro / il locker") waits for the recipient, not
  the "arrivato" of a parcel moving on;
- left in storage too long ("rimasto in giacenza troppo a lungo"), with no return named, is held: the recipient did
  not come and what follows is not said, not the "in giacenza" of a parcel waiting within its time.

Written by the team from the languages' grammar to DESIGN §4's statuses (tests/test_status_meaning_romance_9.py holds
the examples); no carrier's table was copied.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

ROMANCE_9_FIRST_STEPS: tuple[Step, ...] = (
    # Arrived at a pickup point: waiting for the recipient, before "arrivato" reads a movement.
    ("available_for_pickup", {
        "it": (r"\barrivat[oa] presso (?:il |la |lo |l )?(?:pudo|punto (?:di )?ritiro|locker|fermo ?point|parcel ?shop)\b",),
    }),
    # Left in storage too long, no return named: held, before "in giacenza" reads a wait.
    ("exception", {
        "it": (r"^(?!.*\b(?:mittente|restitu\w*|reso|resa|rientr\w*)\b).*\brimast[oa] in giacenza "
               r"(?:troppo a lungo|oltre (?:il )?(?:termine|limite))\b",),
    }),
)
