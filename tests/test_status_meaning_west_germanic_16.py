"""German and Dutch read by their meaning (status_phrases_meaning_west_germanic_16, round 119): "being delivered" as the
whole status, the order received or read in, a Dutch shipment registered, sent with the carrier, undeliverable, needing
attention or hit by a shipping error. In other words than the development
corpus's rows, written by the team to DESIGN §4's statuses. Counter-examples: texts other steps read, or that this pass
leaves alone."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    ("Werden zugestellt", "out_for_delivery"),
    ("wird gerade zugestellt", "out_for_delivery"),
    ("Ihr Auftrag ist eingegangen", "info_received"),
    ("Auftrag wurde eingelesen", "info_received"),
    ("Uw pakket vraagt extra aandacht", "exception"),
    ("De levering heeft aandacht nodig", "exception"),
    ("Uw pakket is geregistreerd", "info_received"),
    ("Pakket verzonden met PostNL", "in_transit"),
    ("Zending is onbestelbaar", "delivery_failed"),
    ("Verzendfout bij het label", "exception"),
]

COUNTER_EXAMPLES = [
    # Read before this pass: a delivery announced for a later day stays on its way; the bare Dutch label.
    ("Ihr Paket wird morgen zugestellt", "in_transit"),
    ("Sendung wird zugestellt", "out_for_delivery"),
    ("Actie vereist", "exception"),
    ("Auftragsdaten erfasst", "info_received"),
    ("Onbestelbaar, retour afzender", "returned"),
    ("Zending geregistreerd", "info_received"),
    # Left unread: ordered in the Netherlands, delivered in Belgian postal Dutch; waiting for a collection by whom not
    # said; the distribution as a whole status.
    ("Besteld", "unknown"),
    ("Wacht op ophaling", "unknown"),
    ("Distributie", "unknown"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_west_germanic_meaning_16(text: str, expected: str) -> None:
    assert read_status(text).status == expected
