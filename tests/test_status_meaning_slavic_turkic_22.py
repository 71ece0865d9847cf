"""Czech, Croatian, Greek and Hebrew order and shipment states read by meaning (status_phrases_meaning_slavic_turkic_21,
round 66; this file is named one on, past the twentieth pass's test): an escrow service's transaction states, a shop's
order states, a Greek courier platform's and ordering app's labels and Israeli shops' and a delivery app's states, in
other words than the development corpus's rows, written by the team to DESIGN §4's statuses. Counter-examples: texts
other steps read, or that this pass leaves alone."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    # Created, paid, set up, in preparation, pending: not yet with the carrier.
    ("Vytvořena", "info_received"),
    ("Plně zaplaceno", "info_received"),
    ("Platba byla uhrazena", "info_received"),
    ("Objednávka byla vytvořena", "info_received"),
    ("Narudžba je u pripremi", "info_received"),
    ("Εκκρεμεί", "info_received"),
    ("Σε προετοιμασία", "info_received"),
    # The sender sent the parcel: on its way.
    ("Odesílatel odeslal zásilku", "in_transit"),
    # Were returned: a return.
    ("Επιστράφηκαν", "returned"),
    # On the way to the customer or the recipient: the last leg, not only moving.
    ("החבילה בדרך לנמען", "out_for_delivery"),
    ("ההזמנה בדרך ללקוח", "out_for_delivery"),
    # A courier on the way to collect it, ordered, waiting for approval: not yet with the carrier.
    ("השליח בדרך לאיסוף", "info_received"),
    ("הוזמנה", "info_received"),
    ("ממתינה לאישור", "info_received"),
]

COUNTER_EXAMPLES = [
    # A failed delivery said stays failed; a bare "failed" and a bare "received" are left alone.
    ("Αποτυχία παράδοσης", "delivery_failed"),
    ("Αποτυχημένη", "unknown"),
    ("Ελήφθη η παραγγελία", "unknown"),
    # Received by a shop or taken in by the post, not said.
    ("Pošiljka je zaprimljena", "unknown"),
    # A parcel delivered stays delivered.
    ("Zásilka doručena", "delivered"),
    # On the way alone or to a distribution point stays moving; waiting for a self-pickup stays at the pickup point;
    # a shipment scheduled and a parcel in the country are left alone.
    ("המשלוח בדרך", "in_transit"),
    ("החבילה בדרך לנקודת חלוקה", "in_transit"),
    ("ממתין לאיסוף עצמי", "available_for_pickup"),
    ("משלוח מתוזמן", "unknown"),
    ("החבילה בארץ", "unknown"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_czech_croatian_greek_and_hebrew_states_read_by_meaning(text: str, expected: str) -> None:
    assert read_status(text).status == expected
