"""Danish, Norwegian and Swedish return shipments read by their meaning, tenth Nordic pass (round 119): a return
shipment on its way or out for delivery back to the sender ("Returforsendelsen er på vej", "Returforsendelsen er ude til
levering").

- NORDIC_10_EARLY_STEPS, just before NORDIC_9_EARLY_STEPS (before the outcome words and the last-leg steps read "på
  vej" as movement and "ude til levering" as out for delivery): a return shipment or return parcel ("returforsendelse",
  "returpakke", "returförsändelse", "returpaket") on its way, under way or out for delivery is the parcel going back,
  returned (DESIGN §4: returning counts as returned). Whether the return has reached the sender is another question the
  outcome words answer.

With it, the Italian word for a check ("verifica", "verificato"), read as a held parcel by status_phrases_broad, no
longer takes the Danish and Norwegian "verificeret" / "verificere" (verified, to verify): "Pakken er på vej
(verificeret)" is a parcel on its way, and a line saying the status cannot be verified says no status.

Folded like the text (lossanalytics.normalise._rules.fold: lower case, accents off, punctuation as spaces); whole
words. Written by the team from DESIGN §4's statuses (tests/test_status_meaning_nordic_10.py holds the examples); no
app's text was copied.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

_RETURN_DA = r"\b(?:returforsendelse|returforsendelsen|returpakke|returpakken)"
_RETURN_SV = r"\b(?:returforsandelse|returforsandelsen|returpaket|returpaketet)"

NORDIC_10_EARLY_STEPS: tuple[Step, ...] = (
    # A return shipment on its way or out for delivery: going back to the sender.
    ("returned", {
        "da": (_RETURN_DA + r" (?:er )?(?:pa vej|undervejs|ude til levering|sendt)\b",),
        "nb": (_RETURN_DA + r" (?:er )?(?:pa vei|underveis|ute for levering|sendt)\b",),
        "sv": (_RETURN_SV + r" (?:ar )?(?:pa vag|under transport|ute for leverans|skickad|skickat)\b",),
    }),
)
