"""Hard distinctions of the twenty-first round (c): Vietnamese (GHTK's states, J&T Express Vietnam's
scan types), Romanian (FAN Courier's v2 events), Turkish (MNG's shipment states, Aras's movements) and
Korean (Lotte ALPS's goods states, Sweet Tracker's levels). Each expected status is the source's own
code, or DESIGN §4 where it is narrower (full references in lossanalytics/normalise/known_texts/SOURCES.md, twenty-first
round, c)."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import Reading, canonical_status, read_status

CASES = [
    # A pickup from the shop that failed or was put off: the carrier does not have the goods.
    ("Không lấy được hàng", "info_received"),
    ("Shipper báo delay lấy hàng", "info_received"),
    ("Hoãn lấy hàng do shop chưa chuẩn bị", "info_received"),
    ("Chưa tiếp nhận", "info_received"),
    # Could not be delivered, or the buyer set another day.
    ("Không giao được hàng", "delivery_failed"),
    ("Không phát được do người nhận vắng nhà", "delivery_failed"),
    ("Người mua hẹn lại ngày nhận", "delivery_failed"),
    # J&T's scans name the step.
    ("Ký nhận CPN", "delivered"),
    ("Khách hàng đã ký nhận", "delivered"),
    ("Quét kiện vấn đề", "exception"),
    ("Quét phát hàng", "out_for_delivery"),
    ("Đóng bao", "in_transit"),
    ("Gỡ bao", "in_transit"),
    ("Xuống hàng kiện đến", "in_transit"),
    ("Hàng đến TTTC", "in_transit"),
    ("Gửi hàng", "in_transit"),
    ("Nhận hàng bằng bao", "in_transit"),
    # FAN Courier: taken for delivery, picked up, handed to a point or a partner, carrier-side obstacles.
    ("Expeditie preluate spre livrare", "out_for_delivery"),
    ("Expediție preluată pentru livrare", "out_for_delivery"),
    ("Expeditie ridicata", "in_transit"),
    ("Colet ridicat de la expeditor", "in_transit"),
    ("Predat punct Livrare", "available_for_pickup"),
    ("Predat partener extern", "in_transit"),
    ("Locker plin", "exception"),
    ("Dimensiune caseta depasita", "exception"),
    ("Lipsa acte vama", "exception"),
    ("Livrare suspendată", "exception"),
    # MNG's states and Aras's arrival at the delivery branch.
    ("Gönderi Hazırlandı", "info_received"),
    ("Teslimat Birimine Ulaştı", "in_transit"),
    ("Kargonuz alıcı şubesine ulaşmıştır", "in_transit"),
    ("Alıcı Adresine Yönlendirildi", "out_for_delivery"),
    ("Geri Geliyor", "returned"),
    ("Gönderi geri dönüyor", "returned"),
    ("Destek Gerekiyor", "exception"),
    # Lotte's receiver registered is a delivery; a label printed, a leg, a shipment being prepared.
    ("인수자등록", "delivered"),
    ("배달완료(인수자등록)", "delivered"),
    ("출력", "info_received"),
    ("구간이동", "in_transit"),
    ("배송준비중", "info_received"),
]


@pytest.mark.parametrize(("raw", "expected"), CASES)
def test_the_construction_decides_the_status(raw: str, expected: str) -> None:
    assert canonical_status(raw) == expected


def test_the_evidence_is_the_carriers_words() -> None:
    assert read_status("Lipsa acte vama") == Reading("exception", "Lipsa acte vama", "text")
    assert read_status("인수자등록") == Reading("delivered", "인수자등록", "text")
    assert read_status("Shipper báo không giao được giao hàng") == Reading(
        "delivery_failed", "không giao được", "text")


# The narrow phrases stay narrow: the sender's own words, a recipient's missing identity card, a
# courier preparing the round, a label printed among other words and the recipient's own collection
# keep their reading.
NOT_WIDENED = [
    ("Lipsa act de identitate", "delivery_failed"),
    ("기사님이 배송 준비중", "out_for_delivery"),
    ("운송장출력", "info_received"),
    ("Giao hàng không thành công - hẹn lại ngày giao", "delivery_failed"),
    ("Đã giao hàng thành công", "delivered"),
]


@pytest.mark.parametrize(("raw", "expected"), NOT_WIDENED)
def test_the_broader_readings_are_kept(raw: str, expected: str) -> None:
    assert canonical_status(raw) == expected


@pytest.mark.parametrize("raw", ["Người gửi hàng hẹn lại ngày lấy", "Chờ gửi hàng", "Chưa ký nhận"])
def test_words_beyond_the_sources_meaning_are_not_read_by_these_phrases(raw: str) -> None:
    assert canonical_status(raw) == "unknown"


def test_a_recipient_not_answering_is_no_pickup_from_the_shop() -> None:
    # "nhận hàng" here is the recipient's, not the carrier's pickup; not answering the phone fails
    # the delivery (the rule by meaning, tests/test_status_handovers.py).
    assert canonical_status("Người nhận hàng không nghe máy") == "delivery_failed"
