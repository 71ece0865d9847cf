"""Hard distinctions in Czech and Vietnamese, and in English milestone explanations: the
same words in another construction mean another step. Each case is a published text
labelled from its publisher's code or meaning (sources in lossanalytics/normalise/known_texts/SOURCES.md);
the last test holds broad words to what they do not mean."""

from __future__ import annotations

import pytest

from lossanalytics.normalise._rules import fold
from lossanalytics.normalise.statuses import Reading, canonical_status, read_status

CASES = [
    # Česká pošta: stored at the post office (after a failed attempt, or with its storage
    # ending) waits for pickup; handed back to the sender is a return; a letter box is a delivery.
    ("Uložení zásilky - adresát nezastižen.", "available_for_pickup"),
    ("SMS zpráva adresátovi - neúspěšný pokus o doručení a uložení zásilky.", "available_for_pickup"),
    ("E-mail adresátovi - blížící se konec úložní doby.", "available_for_pickup"),
    ("Doručená odesílateli", "returned"),
    ("Doručená", "delivered"),
    ("Zásilka dodána do domovní schrány.", "delivered"),
    ("Odeslání zásilky zpět odesílateli - adresát odmítl zásilku převzít.", "returned"),
    # Taken over for carriage is transit, being delivered is the round, data only is announced.
    ("Zásilka převzata do přepravy.", "in_transit"),
    ("Doručování zásilky.", "out_for_delivery"),
    ("Obdrženy údaje k zásilce.", "info_received"),
    ("Zásilka zatím nebyla předána dopravci.", "info_received"),
    # Missent, or no attempt for the carrier's technical reasons: a problem, not a failed attempt.
    ("Chybně směrovaná", "exception"),
    ("Příprava zásilky k doručení - pokus o doručení neuskutečněn z technických důvodů na straně České pošty.",
     "exception"),
    ("Poškozená", "damaged"),
    # Viettel Post: a postman sent to collect is before pickup; sent to deliver is the round;
    # the customer collecting at the office waits for pickup; nobody home failed.
    ("Giao cho Bưu tá đi nhận", "info_received"),
    ("Giao bưu tá đi phát", "out_for_delivery"),
    ("Thành công - Phát thành công", "delivered"),
    ("Thành công - Chuyển trả người gửi", "returned"),
    ("Tồn - Khách hàng đến bưu cục nhận", "available_for_pickup"),
    ("Tồn - Khách hàng nghỉ, không có nhà", "delivery_failed"),
    # GHN: collecting from the sender is not yet transit, returned successfully is a return.
    ("Nhân viên đang lấy hàng", "info_received"),
    ("Nhân viên đã lấy hàng", "in_transit"),
    ("Nhân viên đang giao cho người nhận", "out_for_delivery"),
    ("Nhân viên trả hàng thành công", "returned"),
    ("Nhân viên giao hàng thất bại", "delivery_failed"),
    ("Hàng bị mất", "lost"),
    # Gluey's event explanations: a vehicle sent to collect is before pickup; left by the
    # sender at a PUDO is handed over; rejected by the carrier is a problem, not a refusal.
    ("The carrier have dispatched a vehicle to collect the shipment / parcel.", "info_received"),
    ("A pickup has been scheduled for the shipment / parcel.", "info_received"),
    ("The parcel is ready for pickup at a drop-off location, i.e. the parcel have been left by the customer at a "
     "PUDO location.", "in_transit"),
    ("The shipment / parcel have been delivered to a local post office.", "available_for_pickup"),
    ("The parcel was rejected because it contains items that are prohibited for this service / country by the "
     "carrier.", "exception"),
    ("The parcel is too large / heavy to be delivered with the selected carrier service.", "exception"),
    ("The shipment / parcel is held at a hub because the address is incorrect.", "exception"),
    ("Customs are waiting for required documents to clear the parcel.", "exception"),
    ("The parcel has been released from customs and is ready for further transit.", "in_transit"),
]


@pytest.mark.parametrize(("raw", "expected"), CASES)
def test_the_construction_decides_the_status(raw: str, expected: str) -> None:
    assert canonical_status(raw) == expected


def test_vietnamese_d_folds_to_d() -> None:
    # "đ" has no accent to decompose; folded as "d" the phrase is one run of whole words.
    assert fold("Đã giao hàng thành công") == "da giao hang thanh cong"
    assert read_status("Đã giao hàng thành công") == Reading("delivered", "Đã giao", "text")


# Words that fold into a tracking phrase but mean something else, each with the status it
# must not be read as: "mặt hàng" (an item), "yêu cầu hoãn" (asked to postpone), "hủy phân
# công phát" (a round assignment cancelled), "phát hành" (issued), "hoàn thành"
# (completed), "đã giao hàng cho đơn vị vận chuyển" (handed to the carrier), a refund
# ("platba byla vrácena" is money), delivered to the post office (it waits there), a refusal
# by the recipient, a damage.
NOT_MEANT = [
    ("Mặt hàng cấm gửi", "lost"),
    ("Khách hàng yêu cầu hoãn giao hàng", "returned"),
    ("Hủy phân công phát", "cancelled"),
    ("Hóa đơn đã phát hành", "delivered"),
    ("Đơn hàng đã hoàn thành", "returned"),
    ("Đã giao hàng cho đơn vị vận chuyển", "delivered"),
    ("Vráceno na třídicí centrum", "returned"),
    ("Zásilka byla doručena na poštu", "delivered"),
    ("Shipment rejected because the recipient refused it", "exception"),
    ("Parcel rejected due to damage", "exception"),
    ("Parcel too large for the letterbox, taken to the post office", "exception"),
    ("Payment of duties received", "exception"),
]


@pytest.mark.parametrize(("raw", "wrong"), NOT_MEANT)
def test_broad_words_do_not_misfire(raw: str, wrong: str) -> None:
    assert canonical_status(raw) != wrong
