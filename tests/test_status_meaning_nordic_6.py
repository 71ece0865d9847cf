"""Swedish and Finnish order states read by meaning (status_phrases_meaning_nordic_6, round 66): an e-commerce
platform's and shops' states before the carrier has the parcel and an order cancelled, in other words than the
development corpus's rows, written by the team to DESIGN §4's statuses. Counter-examples: texts other steps read, or
that this pass leaves alone."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    # Confirmed, acknowledged, being prepared: not yet with the carrier.
    ("Ordern bekräftad", "info_received"),
    ("Order noterad", "info_received"),
    ("Ordern förbereds", "info_received"),
    # The payment or the order received, before "mottagen" reads a moving parcel.
    ("Betalningen är mottagen", "info_received"),
    ("Betalningen mottagen", "info_received"),
    ("Ordern mottagen", "info_received"),
    ("Beställningen är mottagen", "info_received"),
    ("Tilaus vahvistettu", "info_received"),
    # Cancelled, in the loanword.
    ("Ordern cancellerad", "cancelled"),
]

COUNTER_EXAMPLES = [
    # A parcel received at a terminal stays on its way.
    ("Försändelsen mottagen på terminal", "in_transit"),
    # Collected or not collected, by whom not said, and a payment awaited are left to the other steps.
    ("Försändelsen upphämtad", "unknown"),
    ("Ej upphämtat", "unknown"),
    ("Inväntar betalningen", "exception"),
    # A delivery confirmed is not an order confirmed.
    ("Bekräftad leverans", "unknown"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_swedish_and_finnish_order_states_read_by_meaning(text: str, expected: str) -> None:
    assert read_status(text).status == expected
