"""Vietnamese, Indonesian, Thai and Malay read by their meaning (status_phrases_meaning_east_asian_26, round 126): a
parcel arrived and received by the addressee, received back by its sender or ending a return at a warehouse, refused
and going back, returned goods being sorted, a vehicle in trouble; a draft waybill, the sender's money collected at
the pickup, a shipment created or active in the system, a bill received from the sender or moved through a warehouse,
a parcel handed in at an agent or dropped off at a service point, a price adjusted for the weight, cash on delivery
reconciled, a partial delivery, a parcel on its way back to the shop, the last leg, a delivery attempted and a
driver's reasons for it, an issue reported, a request to check the address; in other words than the development
corpus's rows, written by the team to DESIGN §4's statuses. Counter-examples: texts other steps read, or that this
pass leaves alone."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    # Arrived at the destination and received by the addressee (Indonesian): delivered.
    ("Kiriman sudah sampai di alamat tujuan dan diterima oleh Budi", "delivered"),
    # Received back by the sender; a return ending at a warehouse (Indonesian): returned.
    ("Paket berhasil diterima kembali oleh pihak pengirim", "returned"),
    ("Paket diserahkan ke gudang yang menjadi tujuan akhir proses retur", "returned"),
    # Refused and to be sent back to the sender (Thai): returned.
    ("ลูกค้าปฏิเสธการรับ พัสดุจะส่งคืนต้นทาง", "returned"),
    # Returned goods being sorted (Vietnamese): returned.
    ("Đang phân loại trả về", "returned"),
    # A vehicle in trouble (Malay, Indonesian): held up, not damaged goods.
    ("Kenderaan rosak di lebuh raya", "exception"),
    ("Kendaraan kurir mogok", "exception"),
    # A draft order, the sender's money collected at the pickup (Vietnamese): before the carrier.
    ("Đơn hàng nháp", "info_received"),
    ("Bưu tá đang thu tiền của người gửi", "info_received"),
    # A shipment created or active in the system (Indonesian): before the carrier.
    ("Pengirimannya berhasil dibuat", "info_received"),
    ("Order sudah aktif di sistem", "info_received"),
    # A bill received from the sender, moved into or out of a warehouse (Vietnamese): on the way.
    ("Đã nhận vận đơn từ shop", "in_transit"),
    ("Nhập bưu gửi vào kho Hà Nội", "in_transit"),
    ("Xuất kiện hàng ra khỏi kho trung chuyển", "in_transit"),
    # Handed in at an agent, a price adjusted for the volume (Indonesian); dropped off at a branch (Thai): on the way.
    ("Kiriman sudah diproses oleh agen Bandung", "in_transit"),
    ("Penyesuaian tarif karena volume paket", "in_transit"),
    ("ฝากพัสดุที่สาขาเรียบร้อย", "in_transit"),
    ("ผู้ส่งได้นำพัสดุฝากที่จุดบริการ", "in_transit"),
    # Cash on delivery reconciled (Vietnamese), a partial delivery (Malay): delivered.
    ("Đang đối soát tiền thu hộ", "delivered"),
    ("Pesanan dihantar sebahagian", "delivered"),
    # On its way back to the sender (Vietnamese): returned.
    ("Hàng đang hoàn về người gửi", "returned"),
    # The last leg (Indonesian, Thai).
    ("Paket ditugaskan ke kurir siap diantar", "out_for_delivery"),
    ("Paketnya diantar ke alamat penerima", "out_for_delivery"),
    ("พนักงานจัดส่งติดต่อผู้รับแล้ว", "out_for_delivery"),
    # A delivery attempted and a driver's reasons for it (Thai, Malay): failed deliveries.
    ("พยายามนำจ่ายครั้งที่ 2", "delivery_failed"),
    ("Penghantaran telah dicuba", "delivery_failed"),
    ("Pelanggan tidak tersedia di premis", "delivery_failed"),
    ("Akses ke premis disekat", "delivery_failed"),
    ("Kebimbangan keselamatan di lokasi", "delivery_failed"),
    # An issue reported (Malay, the whole status), a request to check the address (Thai): held up.
    ("Masalah dilaporkan", "exception"),
    ("กรุณาตรวจสอบที่อยู่ผู้รับอีกครั้ง", "exception"),
]

COUNTER_EXAMPLES = [
    # An arrival on the way stays movement; a delivery received by the recipient stays delivered.
    ("Paket telah sampai di Hub Jakarta", "in_transit"),
    ("Paket berhasil diterima oleh penerima", "delivered"),
    # Goods damaged stay damaged; sorting on the way stays movement.
    ("Barang rosak", "damaged"),
    ("Đang phân loại", "in_transit"),
    # Goods taken into the warehouse in other words stay as read; a return warehouse stays a return.
    ("Đã nhập kho", "in_transit"),
    ("Đã nhập kho trả", "returned"),
    # A delivery already reconciled stays delivered.
    ("Giao hàng thành công, chưa đối soát", "delivered"),
    # A courier assigned to the pickup stays before the carrier.
    ("Kurir ditugaskan untuk pickup.", "info_received"),
    # A refusal without a return stays a failed delivery.
    ("ผู้รับปฏิเสธรับพัสดุ", "delivery_failed"),
    # Contacting the recipient without success stays a failed delivery.
    ("ติดต่อผู้รับไม่ได้", "delivery_failed"),
    # Not yet successful, ready for the pickup, handed over, paid, waiting for the next step, failed, arrived, sent:
    # left alone.
    ("Chưa thành công", "unknown"),
    ("Sẵn sàng lấy hàng", "unknown"),
    ("Trả vận đơn cho Abc", "unknown"),
    ("Đã trả tiền", "unknown"),
    ("Menunggu proses lanjutan kurir", "unknown"),
    ("Gagal", "unknown"),
    ("Tiba", "unknown"),
    ("ส่งแล้ว", "unknown"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_east_asian_meaning_26(text: str, expected: str) -> None:
    assert read_status(text).status == expected
