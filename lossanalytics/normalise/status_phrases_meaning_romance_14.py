"""Spanish tracking texts read by their meaning, fourteenth Romance pass (round 55): the middle of the journey as an
Argentine road carrier's tracking page writes it ("INGRESO A VIA CARGO", "EN VIAJE").

ROMANCE_14_LATE_STEPS, just before status_phrases_meaning_romance_11's late steps, read only texts nothing else reads:
a parcel that entered a carrier, a branch or a depot ("ingreso a", "ingresó en") and one travelling ("en viaje", "en
viaje a" a place) is on its way.
What was assumed (DESIGN §4): a journey back to the origin, the sender or the seller is a return and is left to the
steps that read it; an entry "a domicilio" (at the address) says nothing of a movement and stays unread.

Folded like the text (lossanalytics.normalise._rules.fold: lower case, accents off, punctuation as spaces); whole
words. Written by the team from DESIGN §4's statuses (tests/test_status_meaning_romance_14.py holds the examples); no
carrier's table was copied.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

_BACK = r"(?:el |la |al )?(?:origen|remitente|vendedor|devolucion)\b"

ROMANCE_14_LATE_STEPS: tuple[Step, ...] = (
    # Entered a carrier, a branch or a depot; travelling: on its way.
    ("in_transit", {
        "es": (r"^ingres(?:o|ado|ada) (?:a|al|en) (?!(?:el |su )?domicilio\b)\w+",
               r"^en viaje$",
               r"^en viaje (?:a|al|hacia|con destino a) (?!" + _BACK + r")\w+"),
    }),
)
