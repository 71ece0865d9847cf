"""Turkish read by its meaning (status_phrases_meaning_slavic_turkic_14, round 52; the file is named one on, as the
thirteenth pass's test is): moto-courier apps' words before the courier has the package and on the leg after it, in
other words than the development corpus's rows, written by the team to DESIGN §4's statuses. Counter-examples: a
courier set out for the delivery address and a parcel handed in, read by other steps; a package taken
with other words than "Paket alındı" alone, left unread."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    ("Kurye bekleniyor, lütfen bekleyin", "info_received"),
    ("Siparişinize kurye atandı", "info_received"),
    ("Kurye paketi almak için yolda", "info_received"),
    ("Talebiniz kurye havuzunda", "info_received"),
    ("Paketiniz teslimat adresine doğru yolda", "out_for_delivery"),
    ("Kurye teslimat adresinize ulaştı", "out_for_delivery"),
    ("Kargonuz kargo firmasına teslim edilmeyi bekliyor", "info_received"),
    ("Ürünleriniz kargoya verilmek üzere paketleniyor", "info_received"),
    ("Gönderi kurye tarafından alınmayı bekliyor", "info_received"),
]

COUNTER_EXAMPLES = [
    ("Kuryemiz teslimat adresine doğru yola çıktı", "out_for_delivery"),
    ("Kargonuz şubemizde teslim alındı", "in_transit"),
    # A package taken with more words after it is left to other steps.
    ("Paketiniz alındı", "unknown"),
    # Waiting to be collected by the recipient is no courier's collection: not read as information received.
    ("Paketiniz alıcı tarafından alınmayı bekliyor", "unknown"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_turkish_reads_by_meaning(text: str, expected: str) -> None:
    assert read_status(text).status == expected
