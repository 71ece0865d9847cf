"""German and Dutch shipment states read by their meaning, sixteenth West Germanic pass (round 119): a bare "being
delivered" as a whole status ("Wird zugestellt"), the order received or read in ("Auftrag eingegangen/eingelesen"), and
in Dutch a shipment that needs attention ("Deze zending heeft aandacht nodig").

- WEST_GERMANIC_EARLY_STEPS_16, just before WEST_GERMANIC_EARLY_STEPS_15 (before the outcome words and before the
  future "wird … zugestellt" reads a parcel still on its way): "wird zugestellt" / "werden zugestellt" standing alone as
  the status is the parcel being delivered now, out for delivery, as "Sendung wird zugestellt" already reads; with
  anything around it ("wird morgen zugestellt", "wird in 2 Tagen zugestellt") it keeps its in-transit reading.
- WEST_GERMANIC_LATE_STEPS_16, just before WEST_GERMANIC_LATE_STEPS_14 (for texts nothing earlier reads): the order
  received or read in ("Auftrag eingegangen", "Auftrag wurde eingelesen") is the shipment known before it moves,
  information received; in Dutch a shipment, parcel or order that needs attention ("zending heeft aandacht nodig") is a
  problem, an exception, as the bare "Aandacht nodig" already reads.

Left unread on purpose: the Dutch "Besteld" as the whole status (ordered in the Netherlands, but delivered in Belgian
postal Dutch, "uw pakket werd besteld"), and a shipment "uit de mails gehaald" (an app's own bookkeeping).

Folded like the text (lossanalytics.normalise._rules.fold: lower case, accents off, punctuation as spaces); whole words.
Written by the team from DESIGN §4's statuses (tests/test_status_meaning_west_germanic_16.py holds the examples); no
app's text was copied.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

WEST_GERMANIC_EARLY_STEPS_16: tuple[Step, ...] = (
    # "Being delivered" as the whole status: out for delivery.
    ("out_for_delivery", {
        "de": (r"^(?:wird|werden) (?:gerade |jetzt )?zugestellt$",),
    }),
)

WEST_GERMANIC_LATE_STEPS_16: tuple[Step, ...] = (
    # The order received or read in: known before it moves.
    ("info_received", {
        "de": (r"^(?:der |ihr )?auftrag (?:ist |wurde )?(?:eingegangen|eingelesen|erfasst)(?: (?:und )?(?:eingegangen|eingelesen))?$",),
    }),
    # A shipment that needs attention: a problem.
    ("exception", {
        "nl": (r"\b(?:zending|pakket|bestelling|levering) (?:heeft|vraagt|vereist) (?:\w+ )?aandacht(?: nodig)?\b",),
    }),
)
