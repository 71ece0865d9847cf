"""Turkish read by their meaning (status_phrases_meaning_slavic_turkic_30, round 98): handed to the cargo company;
the courier delivering between two times of the day; a cargo not found with the reader asked to check their details;
the courier who did not find the recipient. In other words than the development corpus's rows, written by the team
to DESIGN §4's statuses. Counter-examples: texts other steps read, or that this pass leaves alone."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    # Handed to the cargo company or firm: with the carrier.
    ("Paketiniz kargo firmasına teslim edilmiştir", "in_transit"),
    ("Ürün kargo şirketine teslim edildi, takip numarası yakında gelecek", "in_transit"),
    # The courier delivers between two times today.
    ("Kargonuz yolda. Kuryemiz bugün 10:00 ile 17:00 arasında teslim edecek", "out_for_delivery"),
    ("Paket yola çıktı, kurye saat 13.00-19.00 arası teslim eder", "out_for_delivery"),
    # Not found, check your details or tracking number.
    ("Gönderi bulunamadı, lütfen takip numaranızı kontrol ediniz", "unknown"),
    ("Paket bulunamadı. Kodunuzu kontrol edin", "unknown"),
    # The courier did not find the recipient.
    ("Kuryemiz sizi adreste bulamadı", "delivery_failed"),
    ("Kurye alıcıyı evde bulamadı, tekrar denenecek", "delivery_failed"),
]

COUNTER_EXAMPLES = [
    # Delivered to the recipient; set off: as read.
    ("Alıcıya teslim edildi", "delivered"),
    ("Kargo yola çıktı", "in_transit"),
    ("Kargoya teslim edildi", "in_transit"),
    # A customs inspection: read as held.
    ("Gümrük incelemesi", "exception"),
    # Ready for delivery (to whom, not said): left alone.
    ("Kargo teslim için hazır", "unknown"),
    # Not found with nothing more: as read.
    ("Kargo bulunamadı", "unknown"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_slavic_turkic_meaning_30(text: str, expected: str) -> None:
    assert read_status(text).status == expected
