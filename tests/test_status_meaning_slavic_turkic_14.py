"""Croatian read by its meaning (status_phrases_meaning_slavic_turkic_13, round 51; this file is named one on, as the
eleventh pass's test is): a post's explanations of where an item is, in other words than the development corpus's
rows, written by the team to DESIGN §4's statuses. Counter-examples: a return to the sender and a delivery, read by
other steps."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    ("Paket vraćen iz carine u sortirni centar", "in_transit"),
    ("Paket prispio u Zagreb", "in_transit"),
    ("Paket je otpremljen iz Splita", "in_transit"),
    ("Paket poslan prema Rijeci", "in_transit"),
    ("Paket predan u poštanskom uredu na otpremu", "in_transit"),
    ("Paket čeka na carinski postupak", "in_transit"),
    ("Razlog zadržavanja: nepotpuna dokumentacija", "exception"),
    ("Nedostaje faktura za carinjenje", "exception"),
]

COUNTER_EXAMPLES = [
    # Returned to the sender and delivered, read by the earlier steps.
    ("Pošiljka vraćena pošiljatelju", "returned"),
    ("Pošiljka je dostavljena", "delivered"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_croatian_reads_by_meaning(text: str, expected: str) -> None:
    assert read_status(text).status == expected
