"""Indonesian, Vietnamese and Thai read by their meaning (status_phrases_meaning_asia_mideast_22, round 92): lost or
damaged on the way, a courier delivering, a parcel on its way to a warehouse, sent back to the sender's address, not
where it should be, sent to the wrong place, a data error, a claim, declared received, handed in at an agent, at a
consolidator, forwarded, carried by air or sea, loaded onto a truck, in customs processing, redirected, registered in
a carrier's system (Indonesian); a courier on the way to collect, a failed delivery to be redelivered or returned,
goods being delivered to the customer, a pickup put off or in error, a courier who could not collect, an error in
delivering (Vietnamese); delivered to
the destination, a delivery with a problem, collected by the carrier, packed, waiting for the carrier (Thai); in other
words than the development corpus's rows, written by the team to DESIGN §4's statuses. Counter-examples: texts other
steps read, or that this pass leaves alone."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    # Indonesian: lost or damaged on the way, before "dalam perjalanan" reads movement.
    ("Kiriman hilang dalam perjalanan ke Surabaya", "lost"),
    ("Kiriman rusak dalam perjalanan", "damaged"),
    # A courier delivering; picked up and heading to a hub.
    ("Driver mengantarkan pesanan Anda hari ini", "out_for_delivery"),
    ("Paket sudah diambil kurir, sedang menuju gudang sortir", "in_transit"),
    # Sent back to the sender's address or the head office.
    ("Barang telah dikembalikan ke alamat penjual", "returned"),
    ("Kiriman sudah dikembalikan ke kantor pusat", "returned"),
    # Not where it should be, the wrong city, a data error, a claim.
    ("Barang tidak di tempat yang seharusnya", "exception"),
    ("Kiriman diteruskan ke cabang yang salah", "exception"),
    ("Ada kesalahan data penerima", "exception"),
    ("Klaim asuransi sedang ditinjau", "exception"),
    # Declared received; handed in at an agent, at a consolidator, forwarded, carried by sea, unloaded, customs,
    # redirected; registered in the system.
    ("Kiriman dinyatakan sudah diterima", "delivered"),
    ("Paket masuk melalui drop-off di gerai", "in_transit"),
    ("Barang berada di konsolidator Medan", "in_transit"),
    ("Barang diteruskan ke kota tujuan", "in_transit"),
    ("Kiriman dikirim melalui jalur laut", "in_transit"),
    ("Kiriman sudah diturunkan dari truk", "in_transit"),
    ("Sedang dalam pemeriksaan bea cukai", "in_transit"),
    ("Kiriman diarahkan ulang", "in_transit"),
    ("Pesanan telah didaftarkan ke sistem kurir", "info_received"),
    # Vietnamese: a courier on the way to collect; a failed delivery to be redelivered or returned.
    ("Shipper đang trên đường tới lấy hàng", "info_received"),
    ("Giao không thành công, sẽ chuyển hoàn", "delivery_failed"),
    # Being delivered to the recipient; a pickup put off; a courier who could not collect.
    ("Kiện hàng đang được giao tới người nhận", "out_for_delivery"),
    ("Việc lấy hàng bị hoãn", "info_received"),
    ("Bưu tá báo không lấy được", "info_received"),
    # An error when collecting (before the carrier); an error when delivering (a failed attempt).
    ("Bị lỗi khi lấy hàng", "info_received"),
    ("Đã lỗi giao hàng lần 2", "delivery_failed"),
    # Thai: delivered to the destination, the delivery completed; a problem in the shipping.
    ("พัสดุส่งถึงปลายทางสำเร็จ", "delivered"),
    ("การจัดส่งสินค้ามีปัญหา", "exception"),
    # Collected by the carrier; packed; waiting for the carrier to collect.
    ("ขนส่งรับสินค้าแล้ว", "in_transit"),
    ("พัสดุแพ็กเสร็จ", "info_received"),
    ("รอพนักงานมารับพัสดุ", "info_received"),
    ("รอขนส่งมารับสินค้า", "info_received"),
]

COUNTER_EXAMPLES = [
    # A bare loss, a parcel on its way, a courier heading to the recipient, a return to the sender: as other steps
    # read them.
    ("Paket hilang", "lost"),
    ("Paket sedang dalam perjalanan", "in_transit"),
    ("Kurir sedang menuju alamat penerima", "out_for_delivery"),
    ("Paket dikembalikan ke pengirim", "returned"),
    # Vietnamese: a shipper out delivering, a failed delivery, a pickup that failed: as read.
    ("Shipper đang đi giao", "out_for_delivery"),
    ("Giao hàng không thành công", "delivery_failed"),
    ("Không lấy được hàng", "info_received"),
    # Thai: arrived at the destination (not delivered), delivered, a problem parcel: as read.
    ("พัสดุถึงปลายทางแล้ว", "in_transit"),
    ("จัดส่งสำเร็จ", "delivered"),
    ("พัสดุมีปัญหา", "exception"),
    # Left alone: a delivery put off (by whom, not said), handed to a courier (to deliver or at the start), packed (by
    # the shop or by the carrier).
    ("Hoãn giao hàng", "unknown"),
    ("Paket diserahkan ke kurir", "in_transit"),
    ("Đã đóng gói", "unknown"),
    # A Thai wait for the carrier that other steps read stays with them.
    ("รอขนส่งเข้ารับพัสดุ", "info_received"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_asia_mideast_meaning_22(text: str, expected: str) -> None:
    assert read_status(text).status == expected
