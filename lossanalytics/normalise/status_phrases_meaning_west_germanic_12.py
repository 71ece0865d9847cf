"""German and Dutch shipment states read by their meaning, twelfth West Germanic pass (round 94): a pickup deadline
after a Packstation drop, a delivery problem, an incomplete address and customs handling, as tracking apps, shop
assistants and recorded DHL parcel-de events word them.

- WEST_GERMANIC_EARLY_STEPS_12, just before WEST_GERMANIC_EARLY_STEPS_11 (before the outcome words and before the
  first steps that read a parcel "eingeliefert" in a Packstation or branch as the sender's drop-off): a pickup that is
  possible until a date ("Abholung bis 05.10. möglich") is the recipient's deadline, so the parcel waits at the
  pickup point: available for pickup. The words between "bis" and "möglich" may not be "nicht".
- WEST_GERMANIC_LATE_STEPS_12, just before WEST_GERMANIC_LATE_STEPS_10 (after the outcome, last-leg and broad problem
  steps, before the broad movement words): a delivery problem as a whole status ("Zustellproblem", "Problem bei der
  Zustellung") is a problem of no stated kind, an exception; the recipient's address incomplete, wrong or not enough
  ("Adresse unvollständig", "unvollständige Anschrift") is what stopped the courier, a failed delivery, as "Adresse
  fehlerhaft" already reads; customs handling in Dutch as a whole status ("Douaneafhandeling", "In
  douaneafhandeling") is the normal clearance, movement, as "Zollabfertigung" and "Zending in inklaringsproces" read.

Left alone: "Der Empfänger wurde benachrichtigt" (notified: of a card, a pickup or a delivery, not said); "Abgeholt"
and "Opgehaald" keep the earlier passes' reading (taken from the sender, moving), and a repacked damaged parcel the
outcome words' (a problem, not damaged goods).

Folded like the text (lossanalytics.normalise._rules.fold: lower case, accents off, punctuation as spaces); whole
words. Written by the team to DESIGN §4 from German and Dutch grammar (examples in
tests/test_status_meaning_west_germanic_12.py), not copied from any publisher."""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

# Up to four words (a date, "zum", a weekday) between "bis" and "möglich", none of them "nicht".
_UNTIL = r"bis (?:(?!nicht\b)\w+ ){1,4}"

WEST_GERMANIC_EARLY_STEPS_12: tuple[Step, ...] = (
    # A pickup possible until a date: the recipient's deadline at the pickup point.
    ("available_for_pickup", {
        "de": (r"\babholung (?:ist )?(?:noch )?" + _UNTIL + r"moglich\b",),
    }),
)

WEST_GERMANIC_LATE_STEPS_12: tuple[Step, ...] = (
    # The recipient's address incomplete or wrong: what stopped the delivery.
    ("delivery_failed", {
        "de": (r"\b(?:adresse|anschrift|lieferadresse|zustelladresse) (?:des empfangers |der empfangerin )?(?:ist )?"
               r"(?:unvollstandig|unzureichend|fehlerhaft|falsch|ungultig|nicht korrekt)\b",
               r"\b(?:unvollstandige|unzureichende|fehlerhafte|falsche|ungultige) (?:adresse|anschrift|lieferadresse|zustelladresse)\b"),
    }),
    # A delivery problem as the whole status: a problem of no stated kind.
    ("exception", {
        "de": (r"^(?:die sendung hat (?:ein )?)?zustellproblem(?:e)?$", r"^problem(?:e)? bei der zustellung$"),
    }),
    # Customs handling as the whole status: the normal clearance, moving on.
    ("in_transit", {
        "nl": (r"^(?:zending |pakket )?(?:in )?douaneafhandeling(?: (?:gestart|bezig|loopt))?$",),
    }),
)
