"""Arabic, Persian, Indonesian and Vietnamese read by their meaning (status_phrases_meaning_asia_mideast_13, round 67):
shops' and delivery dashboards' states, a courier platform's webhook labels, courier apps' parcel and order texts and a
shipper app's states, in other words than the development corpus's rows where the words allow, written by the team to
DESIGN §4's statuses. Counter-examples: texts other steps read, or that this pass leaves alone."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    # Arabic: waiting to be assigned, assigned to a driver, being prepared, packed; delivered.
    ("في انتظار التعيين", "info_received"),
    ("معين لسائق", "info_received"),
    ("جاري تحضير الطلب", "info_received"),
    ("تم تعبئة الطرد", "info_received"),
    ("تم توصيل الشحنة", "delivered"),
    # Persian: a courier assigned, arrived at the collection point or at the delivery place; handed over; a return
    # registered, gone back to the sender; a failed delivery; a request cancelled by the sender.
    ("پیک تخصیص داده شد", "info_received"),
    ("پیک به محل دریافت رسید", "info_received"),
    ("پیک به محل تحویل رسید", "out_for_delivery"),
    ("بسته تحویل داده شد", "delivered"),
    ("مرجوعی ثبت شد", "returned"),
    ("بسته به فرستنده بازگشت", "returned"),
    ("تحویل ناموفق بود", "delivery_failed"),
    ("درخواست لغو شد", "cancelled"),
    ("مرسوله توسط فرستنده لغو گردید", "cancelled"),
    # Indonesian: a courier going to collect, assigned, booked; waiting for confirmation or for the goods; recorded,
    # in process, ready to be sent; taken by the courier, picked up, sent again; on the way to deliver; the recipient
    # not there; received at the destination.
    ("Kurir menuju lokasi pengambilan", "info_received"),
    ("Kurir dalam perjalanan untuk menjemput barang", "info_received"),
    ("Kurir telah ditugaskan", "info_received"),
    ("Sudah di booking oleh kurir", "info_received"),
    ("Menunggu konfirmasi admin", "info_received"),
    ("Paket menunggu barang siap", "info_received"),
    ("Pesanan tercatat", "info_received"),
    ("Pesanan diproses", "info_received"),
    ("Barang siap dikirim", "info_received"),
    ("Barang sudah dibawa oleh kurir", "in_transit"),
    ("Paket telah di-pickup kurir", "in_transit"),
    ("Dikirim ulang ke alamat tujuan", "in_transit"),
    ("Kurir otw antar paket", "out_for_delivery"),
    ("Penerima tidak di tempat, paket tertunda", "delivery_failed"),
    ("Pesanan telah diterima (sampai di tujuan)", "delivered"),
    # Vietnamese: a driver looked for, awaiting delivery, a redelivery awaited, a return under way or made.
    ("Đang tìm tài xế", "info_received"),
    ("Chờ giao", "in_transit"),
    ("Chờ giao lại hàng", "delivery_failed"),
    ("Đang hoàn về", "returned"),
    ("Đã hoàn về", "returned"),
]

COUNTER_EXAMPLES = [
    # Not delivered is a failed attempt; received by the customer is delivered; a bare "received" says the courier's
    # pickup and the recipient's receipt alike: left alone.
    ("لم يتم توصيل طلبك", "delivery_failed"),
    ("تم الاستلام من قبل العميل", "delivered"),
    ("تمّ الاستلام", "unknown"),
    # The courier's assignment cancelled is not the order cancelled; not handed over is not delivered: left alone.
    ("انتصاب پیک لغو شد", "unknown"),
    ("مرسوله تحویل داده نشد", "unknown"),
    # Received by the courier moves on; a courier on the way to the recipient is the last leg; held back alone is a
    # delay.
    ("Paket sudah diterima oleh kurir", "in_transit"),
    ("Kurir menuju lokasi penerima", "out_for_delivery"),
    ("Paket tertunda", "exception"),
    # "Hoàn tiền" (a refund) is no return; being delivered again is the last leg.
    ("Đã hoàn tiền", "unknown"),
    ("Đang giao lại", "out_for_delivery"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_shop_courier_and_shipper_states_read_by_meaning(text: str, expected: str) -> None:
    assert read_status(text).status == expected
