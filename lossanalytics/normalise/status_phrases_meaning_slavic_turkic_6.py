"""Turkish event texts read by their meaning, sixth pass (round 36): the place a Turkish express carrier's
tracking gives for a parcel, standing alone as the status ("Alıcıda", with the recipient).

SLAVIC_TURKIC_STEPS_6 come just before status_phrases_meaning_slavic_turkic_5's last steps and read only texts
nothing else reads: a parcel whose whole status says it is with the recipient ("Alıcıda", "Gönderi alıcıda",
"Alıcının elinde") has reached the recipient, a delivery. The same word inside a longer sentence ("Alıcıda sorun
var", "Alıcıda değil") says something else and is left to other steps.

Folded like the text (lossanalytics.normalise._rules.fold: "ı" and "İ" as "i", accents off); whole words. Written
by the team from DESIGN §4's statuses (tests/test_status_meaning_slavic_turkic_7.py holds the examples).
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

# What a status may name as being with the recipient: the parcel, the shipment, the order.
_TR_PARCEL = r"(?:gonderi|gonderiniz|kargo|kargonuz|paket|paketiniz|siparis|siparisiniz)"

SLAVIC_TURKIC_STEPS_6: tuple[Step, ...] = (
    # With the recipient, the status standing alone.
    ("delivered", {
        "tr": (r"^(?:" + _TR_PARCEL + r" )?(?:alicida|alicinin elinde)$",),
    }),
)
