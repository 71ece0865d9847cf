"""Each language's steps read by their meaning: word stems and case forms, spacing, the words that say
whose action it was (the recipient's receipt or the carrier's take-over). Written by the team to DESIGN §4's
statuses, not taken from a publisher, so they test how far the rules reach and where they stop, not a
vocabulary (tests/corpus holds the publishers' texts)."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

CASES = [
    # Hungarian, by its word stems: on the way, arrived at a centre, forwarded, taken from the sender,
    # the courier delivering it today, nobody reachable, a notice left, put in a locker, sent back to
    # the sender, data recorded, a delay (but delivered late is delivered), withdrawn.
    ("A küldemény úton van", "in_transit"),
    ("A csomag a logisztikai központba érkezett", "in_transit"),
    ("Továbbítva", "in_transit"),
    ("Átvéve a feladótól", "in_transit"),
    ("Postára feladva", "in_transit"),
    ("A futár kiszállítja", "out_for_delivery"),
    ("Ma kézbesítjük", "out_for_delivery"),
    ("A címzett nem volt elérhető", "delivery_failed"),
    ("Értesítő hagyva", "delivery_failed"),
    ("Csomagautomatába helyezve", "available_for_pickup"),
    ("Visszaszállítás a feladóhoz", "returned"),
    ("Adatok rögzítve", "info_received"),
    ("Feladásra vár", "info_received"),
    ("Késés", "exception"),
    ("Vámnál visszatartva", "exception"),
    ("Késéssel kézbesítve", "delivered"),
    ("Visszavonva", "cancelled"),
    # Italian: moved to a branch, accepted, leaving, the courier delivering, a notice left, ready or
    # deposited for pickup, waiting to be taken over.
    ("Trasferita alla filiale", "in_transit"),
    ("Accettazione", "in_transit"),
    ("Partenza dalla filiale", "in_transit"),
    ("Il corriere sta consegnando", "out_for_delivery"),
    ("Uscita per la consegna", "out_for_delivery"),
    ("Avviso di passaggio lasciato", "delivery_failed"),
    ("Consegna non effettuata", "delivery_failed"),
    ("Pronta per il ritiro", "available_for_pickup"),
    ("Depositata presso il locker", "available_for_pickup"),
    ("In attesa di presa in carico", "info_received"),
    # Chinese: handed to the local delivery company, please collect it yourself, collected, a delivery
    # moved to another day, an order submitted (a customs inspection stays unread: a hold in one
    # source, a routine step in another; tests/test_status_phrases_round19a.py).
    ("包裹已交给当地派送商", "in_transit"),
    ("请到营业厅自取", "available_for_pickup"),
    ("已自取", "delivered"),
    ("客户要求改天派送", "exception"),
    ("订单已提交", "info_received"),
    # Japanese: on the way to deliver, left at the door (置き配), receipt declined, at a pickup locker,
    # the address being checked, parcel data registered, a pickup scheduled from the sender.
    ("配達に向かっています", "out_for_delivery"),
    ("置き配完了", "delivered"),
    ("受取辞退", "delivery_failed"),
    ("受取ロッカーに到着", "available_for_pickup"),
    ("住所確認中", "exception"),
    ("荷物情報登録", "info_received"),
    ("集荷予定", "info_received"),
    ("集荷完了", "in_transit"),
    # Korean, spaced or not: the driver assigned, delivery today, being delivered; handed to the customer,
    # left at the guard room; an address error, no contact; a storage locker, kept at the post office;
    # the address to check; the goods being prepared.
    ("배송기사 배정", "out_for_delivery"),
    ("오늘 배송 예정", "out_for_delivery"),
    ("배달 중", "out_for_delivery"),
    ("고객님께 전달 완료", "delivered"),
    ("경비실 보관", "delivered"),
    ("주소 오류", "delivery_failed"),
    ("연락 두절", "delivery_failed"),
    ("보관함 도착", "available_for_pickup"),
    ("우체국 보관", "available_for_pickup"),
    ("주소 확인 필요", "exception"),
    ("상품 준비중", "info_received"),
    # Russian: the courier carrying the order, handed out for delivery, delivery today; the addressee
    # not found or not answering (a tracking number not found stays unread); waiting at the place of
    # handing over; a tracking number assigned, an order placed or created, waiting for handover.
    ("Курьер везёт заказ", "out_for_delivery"),
    ("Выдано на доставку", "out_for_delivery"),
    ("Доставка сегодня", "out_for_delivery"),
    ("Адресат не найден", "delivery_failed"),
    ("Получатель не выходит на связь", "delivery_failed"),
    ("Трек не найден", "unknown"),
    ("Ожидает адресата в месте вручения", "available_for_pickup"),
    ("Присвоен трек-номер", "info_received"),
    ("Заказ оформлен", "info_received"),
    ("Ожидает передачи в службу доставки", "info_received"),
    # Russian: delivered or received at a sorting centre, a warehouse, a city or the carrier, or
    # received from the sender, is a handover on the way; handed out to the driver or the round is
    # out for delivery; received by the sender is back with them; delivered, received or handed to
    # the addressee (or collected at the warehouse) stays delivered.
    ("Доставлено в сортировочный центр", "in_transit"),
    ("Получено на складе", "in_transit"),
    ("Доставлен в город получателя", "in_transit"),
    ("Посылка доставлена перевозчику", "in_transit"),
    ("Получено от отправителя", "in_transit"),
    ("Выдано водителю", "out_for_delivery"),
    ("Выдан в доставку", "out_for_delivery"),
    ("Получено отправителем", "returned"),
    ("Доставлено", "delivered"),
    ("Получено адресатом", "delivered"),
    ("Выдан на складе", "delivered"),
    # Turkish: accepted, on the way; leaving to deliver, delivered today; refused, nobody at the address;
    # collectable at the branch or waiting there, at the delivery point; to be handed to the carrier,
    # being prepared; lost.
    ("Gönderi kabul edildi", "in_transit"),
    ("Kargonuz yolda", "in_transit"),
    ("Teslimat için yola çıktı", "out_for_delivery"),
    ("Bugün teslim edilecek", "out_for_delivery"),
    ("Alıcı teslim almayı reddetti", "delivery_failed"),
    ("Adreste kimse yok", "delivery_failed"),
    ("Şubeden teslim alınabilir", "available_for_pickup"),
    ("Kargo şubede bekliyor", "available_for_pickup"),
    ("Kargoya verilecek", "info_received"),
    ("Kargo hazırlanıyor", "info_received"),
    ("Kayıp", "lost"),
    ("Kabul edilmedi", "delivery_failed"),
    # Vietnamese: at, leaving or out of the warehouse, in transshipment; the recipient received the goods
    # ("đã nhận hàng" alone is the carrier's take-over); the customer not answering, a delivery set again;
    # slow delivery, a problem order; a new order, waiting for handover.
    ("Đã đến kho", "in_transit"),
    ("Rời kho", "in_transit"),
    ("Đang trung chuyển", "in_transit"),
    ("Người nhận đã nhận hàng", "delivered"),
    ("Đã nhận hàng", "in_transit"),
    ("Khách hàng không nghe máy", "delivery_failed"),
    ("Chậm giao hàng", "exception"),
    ("Đơn hàng có vấn đề", "exception"),
    ("Đơn hàng mới", "info_received"),
    ("Chờ bàn giao", "info_received"),
    # Ukrainian: the addressee not found, arrived in the branch, a waybill created.
    ("Адресата не знайдено", "delivery_failed"),
    ("Не знайдено", "unknown"),
    ("Прибуло у відділення", "available_for_pickup"),
    ("Створено накладну", "info_received"),
    # Ukrainian: delivered to a sorting terminal or received from the sender moves on; "Отримано" alone
    # is the addressee's receipt.
    ("Доставлено до сортувального терміналу", "in_transit"),
    ("Отримано від відправника", "in_transit"),
    ("Отримано", "delivered"),
    # Ready to be collected (Turkish, Romanian).
    ("Teslim alınmaya hazır", "available_for_pickup"),
    ("Gata de ridicare", "available_for_pickup"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_step_is_read_by_its_meaning(text: str, expected: str) -> None:
    assert read_status(text).status == expected
