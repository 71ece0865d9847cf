"""German and Dutch shipment states read by their meaning, sixteenth West Germanic pass (round 119): a bare "being
delivered" as a whole status ("Wird zugestellt"), the order received or read in ("Auftrag eingegangen/eingelesen"), and
in Dutch a shipment registered, sent with the carrier, undeliverable, needing attention or hit by a shipping error
("Geregistreerd bij MyParcel", "Verzonden via carrier", "Onbestelbaar", "Deze zending heeft aandacht nodig",
"Verzendfout").

- WEST_GERMANIC_EARLY_STEPS_16, just before WEST_GERMANIC_EARLY_STEPS_15 (before the outcome words and before the
  future "wird … zugestellt" reads a parcel still on its way): "wird zugestellt" / "werden zugestellt" standing alone as
  the status is the parcel being delivered now, out for delivery, as "Sendung wird zugestellt" already reads; with
  anything around it ("wird morgen zugestellt", "wird in 2 Tagen zugestellt") it keeps its in-transit reading.
- WEST_GERMANIC_LATE_STEPS_16, just before WEST_GERMANIC_LATE_STEPS_14 (for texts nothing earlier reads): the order
  received or read in ("Auftrag eingegangen", "Auftrag wurde eingelesen") and in Dutch a shipment registered as the
  whole status ("Geregistreerd bij MyParcel") are the shipment known before it moves, information received; sent with
  the carrier ("verzonden via de vervoerder") is in its hands, in transit; undeliverable ("onbestelbaar") is a failed
  delivery, as "Undeliverable" and "Unzustellbar" read; a shipment, parcel or order that needs attention ("zending
  heeft aandacht nodig") and a shipping error ("verzendfout") are a problem, an exception, as the bare "Aandacht nodig"
  already reads.

Left unread on purpose: the Dutch "Besteld" as the whole status (ordered in the Netherlands, but delivered in Belgian
postal Dutch, "uw pakket werd besteld"); a shipment "uit de mails gehaald" (an app's own bookkeeping); "Wacht op
ophaling" (waiting for the carrier to collect it, or in Belgian Dutch for the addressee); the bare "Distributie" (the
sorting or the delivery round); "Pakket opgehaald" keeps its reading as collected from the sender (MyParcel's status 9
means picked up by the addressee, the words do not say by whom).

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
    # The order received or read in, a shipment registered: known before it moves.
    ("info_received", {
        "de": (r"^(?:der |ihr )?auftrag (?:ist |wurde )?(?:eingegangen|eingelesen|erfasst)(?: (?:und )?(?:eingegangen|eingelesen))?$",),
        "nl": (r"^(?:de |uw )?(?:zending |pakket )?(?:is )?geregistreerd(?: bij \S+)?$",),
    }),
    # Sent with the carrier: in its hands.
    ("in_transit", {
        "nl": (r"\bverzonden (?:via|met|door) (?:de )?(?:carrier|vervoerder|transporteur|koerier|postnl|dhl|dpd|gls|ups|bpost)\b",),
    }),
    # Undeliverable: the delivery failed.
    ("delivery_failed", {
        "nl": (r"\b(?:is )?onbestelbaar\b",),
    }),
    # A shipment that needs attention, a shipping error: a problem.
    ("exception", {
        "nl": (r"\b(?:zending|pakket|bestelling|levering) (?:heeft|vraagt|vereist) (?:\w+ )?aandacht(?: nodig)?\b",
               r"\bverzendfout(?:en)?\b"),
    }),
)
