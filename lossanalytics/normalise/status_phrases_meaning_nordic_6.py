"""Swedish and Finnish order states read by their meaning, sixth Nordic pass (round 66): an e-commerce platform's
and shops' states before the carrier has the parcel ("Bekräftad", "Noterad", "Förbereds", "Betalning mottagen",
"Beställning mottagen", "Vahvistettu") and an order cancelled ("Cancellerad").

NORDIC_6_LATE_STEPS come just before status_phrases_meaning_nordic_5's late steps, before the broad word "mottagen"
(received: by a carrier's terminal, as the broad steps read it) makes a moving parcel of an order whose payment or
order was received: an order confirmed, acknowledged, being prepared, or whose payment or order was received has not
reached the carrier (DESIGN §4: information received); an order cancelled ("cancellerad", the loanword) is cancelled.
Left alone: a bare "Mottagen" (received by whom not said, the broad steps read it moving), a bare "Upphämtad" and
"Ej upphämtad" (collected or not collected: by the carrier from the sender or by the recipient from a pickup point,
not said), and waiting for a payment ("Inväntar betalning", which earlier steps read as customs charges awaited).

Folded like the text (lossanalytics.normalise._rules.fold: lower case, accents off); whole words. Written by the team
from DESIGN §4's statuses (tests/test_status_meaning_nordic_6.py holds the examples); no platform's table was copied.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

NORDIC_6_LATE_STEPS: tuple[Step, ...] = (
    # Confirmed, acknowledged, being prepared, the payment or the order received: not yet with the carrier.
    ("info_received", {
        "sv": (r"^(?:order(?:n)? )?(?:bekraftad|noterad|forbereds)$",
               r"^betalning(?:en)? (?:ar )?mottagen\b",
               r"^(?:bestallning(?:en)?|order(?:n)?) (?:ar )?mottagen$"),
        "fi": (r"^(?:tilaus )?vahvistettu$",),
    }),
    # Cancelled, in the loanword.
    ("cancelled", {
        "sv": (r"^(?:order(?:n)? )?cancellerad$",),
    }),
)
