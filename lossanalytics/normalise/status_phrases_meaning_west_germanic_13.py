"""German and Dutch shipment states read by their meaning, thirteenth West Germanic pass (round 99): a shop's and a
courier's time before the carrier, as a Dutch package tracker's order-page texts, a German shop chatbot's shipment
labels and a German ERPNext shipping app word them ("Noch nicht versandt", "Wird gerade kommissioniert", "Verpackt —
wartet auf Versandlabel", "Besteld op 5 april", "Wordt momenteel verzonden").

- WEST_GERMANIC_EARLY_STEPS_13, just before WEST_GERMANIC_EARLY_STEPS_12 (before the outcome words and before the
  movement words that read "versandt" as shipped): an order or parcel not yet sent ("noch nicht versandt",
  "noch nicht verschickt") is not with the carrier yet, information received, as "noch nicht versendet" already reads.
- WEST_GERMANIC_LATE_STEPS_13, just before WEST_GERMANIC_LATE_STEPS_12 (after the outcome, last-leg and problem steps,
  for texts nothing earlier reads): goods being picked in the warehouse ("kommissioniert", "Kommissionierung"), packed
  and waiting for a shipping label, an order registered, and in Dutch an order placed on a date ("Besteld op 5 april
  2026", the whole text) or an order being dispatched right now ("Wordt momenteel verzonden") are the shop's work
  before the carrier has the parcel, information received.

Left alone: "Paket ist unterwegs zu uns" and "Paket bei uns angekommen" (a shop's return coming back, or a carrier's own
depot: "uns" does not say whose; the earlier passes read them as movement); "Unterwegs zu dir" (on its way to you,
which the first pass reads as the last leg); a bare "Entgegengenommen" (taken in by the carrier, or by the recipient).
"Besteld" alone is left too: older Dutch uses "bestellen" for delivering post.

Folded like the text (lossanalytics.normalise._rules.fold: lower case, accents off, punctuation as spaces); whole
words. Written by the team to DESIGN §4 from German and Dutch grammar (examples in
tests/test_status_meaning_west_germanic_13.py), not copied from any publisher."""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

# Dutch month names and their short forms, with an optional full stop already folded away.
_NL_MONTH = (r"(?:jan(?:uari)?|feb(?:ruari)?|mrt|maart|apr(?:il)?|mei|jun(?:i)?|jul(?:i)?|aug(?:ustus)?|"
             r"sep(?:t(?:ember)?)?|okt(?:ober)?|nov(?:ember)?|dec(?:ember)?)")

WEST_GERMANIC_EARLY_STEPS_13: tuple[Step, ...] = (
    # Not yet sent: still with the shop (before "versandt" reads a parcel shipped).
    ("info_received", {
        "de": (r"\bnoch nicht (?:\w+ )?(?:versandt|verschickt|verschifft)\b",),
    }),
)

WEST_GERMANIC_LATE_STEPS_13: tuple[Step, ...] = (
    # Picked, packed or registered at the shop, waiting for a label: the carrier has nothing yet.
    ("info_received", {
        "de": (r"\b(?:wird|werden) (?:gerade |jetzt )?kommissioniert\b", r"\bkommissionierung\b",
               r"\bwartet auf (?:das |ein |den |einen )?(?:versandlabel|versandetikett|paketlabel|paketschein)\b",
               r"^(?:ihre |deine )?bestellung (?:wurde )?registriert\b"),
        "nl": (r"^(?:bestelling )?besteld op (?:\w+ )?\d{1,2} " + _NL_MONTH + r"(?: \d{4})?$",
               r"^(?:je |uw |de )?(?:bestelling |pakket |artikel )?(?:wordt|worden) (?:momenteel|nu) verzonden$"),
    }),
)
