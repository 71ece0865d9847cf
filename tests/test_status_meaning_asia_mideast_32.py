"""Thai, Arabic, Indonesian, Hebrew and Tagalog read by their meaning (status_phrases_meaning_asia_mideast_32, round
136): a Thai parcel waiting to be collected, ready to ship, being packed, a bare arrival, the carrier having come to
collect, the recipient collecting in person, a handover done, goods returned; an Arabic tracking number available, an
order that can be tracked, a shipment stuck; Indonesian goods taken by the courier; Hebrew goods in production,
backordered, pre-ordered or packed, a parcel in delivery, being returned, an order's cancellation; Tagalog an order
awaiting its payment or being prepared, delivered, cancelled; in other words than the development corpus's rows,
written by the team to DESIGN §4's statuses. Counter-examples: texts other steps read, or that this pass leaves alone."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    # A parcel waiting to be collected from the sender or the shop (Thai, the whole text): before the carrier, not a
    # pickup done.
    ("รอการรับพัสดุ", "info_received"),
    ("รอรับพัสดุจากร้านค้า", "info_received"),
    # Ready to ship, being packed (Thai, the whole text): before the carrier.
    ("สินค้าพร้อมจัดส่งแล้ว", "info_received"),
    ("กำลังแพ็คพัสดุ", "info_received"),
    # A bare arrival (Thai), the carrier having come to collect the goods: moving on.
    ("ถึง", "in_transit"),
    ("พนักงานขนส่งได้มารับพัสดุแล้ว", "in_transit"),
    # The recipient having come to collect it in person, a handover done: delivered.
    ("ผู้รับได้มารับพัสดุด้วยตนเองแล้ว", "delivered"),
    ("พัสดุส่งมอบสำเร็จแล้ว", "delivered"),
    ("ส่งมอบสินค้าให้ผู้รับเรียบร้อย", "delivered"),
    # Goods or a parcel returned (Thai): returned.
    ("ลูกค้าคืนพัสดุสำเร็จ", "returned"),
    # A tracking number available, a shipment that can now be tracked (Arabic): before the carrier.
    ("رقم تتبع الشحنة متوفر الآن", "info_received"),
    ("أصبحت الشحنة قابلة للتتبع", "info_received"),
    # A shipment or an order stuck (Arabic): held up, an exception.
    ("الطلب متوقف منذ يومين", "exception"),
    ("طلبك متوقف", "exception"),
    # Goods taken by the courier (Indonesian): moving on.
    ("Barang diambil kurir JNE", "in_transit"),
    ("Diambil kurir", "in_transit"),
    # Goods in production, backordered, pre-ordered, a parcel packed (Hebrew, the whole text): before the carrier.
    ("בייצור", "info_received"),
    ("הזמנה מוקדמת", "info_received"),
    ("הוזמן מראש", "info_received"),
    ("החבילה ארוזה", "info_received"),
    # A parcel in delivery (Hebrew, the whole text): the last leg.
    ("המשלוח במסירה", "out_for_delivery"),
    # Being returned (Hebrew): returned.
    ("המשלוח בתהליך של החזרה לשולח", "returned"),
    # A shipment's cancellation (Hebrew, the whole text): cancelled.
    ("ביטול המשלוח", "cancelled"),
    # An order awaiting its payment, being prepared, delivered, cancelled (Tagalog): by their meaning.
    ("Naghihintay ng pagbabayad ang order", "info_received"),
    ("Inihahanda na ng seller ang parcel", "info_received"),
    ("Naihatid na ang parcel mo", "delivered"),
    ("Kinansela ng seller ang order", "cancelled"),
]

COUNTER_EXAMPLES = [
    # A refund: left alone; a wait for the carrier to come: before the carrier, as an earlier pass reads it.
    ("คืนเงินสำเร็จ", "unknown"),
    ("รอขนส่งมารับสินค้า", "info_received"),
    # The recipient who will come, "in progress", "being shipped", goods received: left alone.
    ("ผู้รับจะมารับเอง", "unknown"),
    ("กำลังดำเนินการ", "unknown"),
    ("กำลังจัดส่ง", "unknown"),
    ("รับสินค้า", "unknown"),
    # Arrived at a named place stays movement as earlier passes read it; ready to send stays before the carrier.
    ("ถึงศูนย์คัดแยก", "in_transit"),
    ("พร้อมส่ง", "info_received"),
    # Paid, the carrier changed, received (Arabic): left alone; a shipment stopped for a while keeps its reading.
    ("تم الدفع", "unknown"),
    ("تم تغيير شركة الشحن", "unknown"),
    ("تم الاستلام", "unknown"),
    ("الشحنة متوقفة مؤقتًا", "exception"),
    # Waiting for the deliverer or the courier (Indonesian): left alone; not yet taken by the courier: not moving.
    ("Menunggu Pengantar", "unknown"),
    ("Menunggu kurir", "unknown"),
    ("Paket belum diambil kurir", "unknown"),
    # Earlier passes keep their reading: taken by the courier with "telah", ready to be collected.
    ("Paket telah diambil kurir", "in_transit"),
    ("Paket siap diambil", "available_for_pickup"),
    # A problem in the delivery, a request to cancel (Hebrew), not delivered (Tagalog): not this pass's readings.
    ("בעיה במסירה", "unknown"),
    ("בקשת ביטול הזמנה", "unknown"),
    ("Hindi na-deliver ang order", "unknown"),
    # Awaiting handling, in processing, new, an order or a shipping confirmation (Hebrew), "To Pay": left alone.
    ("ממתין לטיפול", "unknown"),
    ("בעיבוד", "unknown"),
    ("חדש", "unknown"),
    ("אישור הזמנה", "unknown"),
    ("אישור משלוח", "unknown"),
    ("To Pay", "unknown"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_asia_mideast_meaning_32(text: str, expected: str) -> None:
    assert read_status(text).status == expected
