"""Indonesian and Vietnamese read by their meaning (status_phrases_meaning_asia_mideast_9, round 56): a failed pickup, a
parcel refused at an airport, a missort, a delivery at the address, the last leg and the linehaul of "dalam
pengantaran", a return received by its sender, failed deliveries, holds and a destroyed parcel, in other words than the
development corpus's rows, written by the team to DESIGN §4's statuses. Counter-examples: texts other steps read, or
that this pass leaves alone."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    ("Barang gagal dijemput kurir karena toko tutup", "info_received"),
    ("Lấy hàng thất bại, shop hẹn lại", "info_received"),
    ("Kiriman ditolak oleh pihak bandara", "exception"),
    ("Terjadi kesalahan sortir di hub Jakarta", "exception"),
    ("Pesanan sudah diterima di alamat penerima", "delivered"),
    ("Penugasan kurir pengantaran hari Senin", "out_for_delivery"),
    ("Sedang dalam pengantaran", "out_for_delivery"),
    ("Kiriman dalam pengantaran ke rumah penerima", "out_for_delivery"),
    ("Barang dalam pengantaran ka area Gowa", "in_transit"),
    ("Dikirim via laut ke Makassar", "in_transit"),
    ("Kiriman sudah sampai gudang Maros", "in_transit"),
    ("Paket masuk", "in_transit"),
    ("Paket di drop penjual di agen terdekat", "in_transit"),
    ("Diteruskan oleh pihak ketiga", "in_transit"),
    ("Barang telah diterima oleh penjual kembali", "returned"),
    ("Pengiriman terjadwal atas persetujuan pelanggan", "delivery_failed"),
    ("Pembeli tidak merasa pesan barang ini", "delivery_failed"),
    ("Kiriman gagal terkirim hari ini", "delivery_failed"),
    ("Kiriman mengalami kendala di jalan", "exception"),
    ("Alamat diluar jangkauan layanan", "exception"),
    ("Sedang pemeriksaan dokumen perizinan", "exception"),
    ("Kiriman dihancurkan oleh petugas", "lost"),
]

COUNTER_EXAMPLES = [
    # Taken from the sender by the courier moves on; a receipt from the sender is not a return; a refusal by the
    # buyer fails the delivery; a parcel only received at a hub is on its way.
    ("Paket diambil oleh kurir", "in_transit"),
    ("Paket telah diterima dari pengirim", "in_transit"),
    ("Paket ditolak oleh pembeli", "delivery_failed"),
    ("Paket telah diterima di hub Bandung", "in_transit"),
    ("Penerima tidak ada di rumah", "delivery_failed"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_indonesian_and_vietnamese_read_by_meaning(text: str, expected: str) -> None:
    assert read_status(text).status == expected
