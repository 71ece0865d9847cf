"""Czech, Slovak, Slovenian, Bulgarian, Turkish and Greek order and shipment states read by their meaning
(status_phrases_meaning_slavic_turkic_18, round 60; this file is named one on, past the seventeenth pass's test): the
bare states shopping carts and commerce platforms print and a cargo integrator's shipment states, in other words than
the development corpus's rows, written by the team to DESIGN §4's statuses.
Counter-examples: texts other steps read, or that this pass leaves alone."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    ("Čekající zásilky", "info_received"),
    ("Zásilka čeká na odeslání", "info_received"),
    ("Objednávka je ve zpracování", "info_received"),
    ("Vrácená", "returned"),
    ("Nevybavená", "info_received"),
    ("Nepotvrdená", "info_received"),
    ("Odoslaná", "in_transit"),
    ("Zaslaný", "in_transit"),
    ("Preklicana", "cancelled"),
    ("Vrnjena", "returned"),
    ("Готова", "info_received"),
    ("Kargolandı", "in_transit"),
    ("Sipariş henüz işlenmedi", "info_received"),
    ("ΝΈΑ", "info_received"),
    ("ΑΝΑΜΟΝΉ ΑΠΟΣΤΟΛΉΣ", "info_received"),
    ("ΕΠΈΣΤΡΕΨΕ", "returned"),
    ("Σε διεκπεραίωση", "info_received"),
]

COUNTER_EXAMPLES = [
    # A parcel processed at a depot and one sent stay movements; a parcel taken in by the courier is picked up.
    ("Zásilka ve zpracování", "in_transit"),
    ("Odesláno", "in_transit"),
    ("Kurye tarafından teslim alındı", "in_transit"),
    # A carrier's processing is a movement; a processing centre named is no order in fulfilment.
    ("Σε επεξεργασία", "in_transit"),
    ("Κέντρο διεκπεραίωσης", "unknown"),
    # Ready for pickup is the earlier steps' pickup point; ready for delivery and waiting on their own are left alone.
    ("Έτοιμη για παραλαβή", "available_for_pickup"),
    ("Teslimata hazır", "unknown"),
    ("Bekliyor", "unknown"),
    ("V teku", "unknown"),
    # An order not carried out (not said why) and a parcel with the courier (collecting or delivering) are left alone.
    ("Nerealizovano", "unknown"),
    ("Kargo kuryede", "unknown"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_slavic_turkish_and_greek_order_states_read_by_meaning(text: str, expected: str) -> None:
    assert read_status(text).status == expected
