"""Hard distinctions in Hungarian, Turkish, Thai, Greek and Indonesian: the same words in
another construction mean another step. Each case is a published text labelled from its
publisher's code or meaning (sources in lossanalytics/normalise/known_texts/SOURCES.md); the last test holds
broad words to what they do not mean."""

from __future__ import annotations

import pytest

from lossanalytics.normalise._rules import fold
from lossanalytics.normalise.statuses import Reading, canonical_status, read_status

CASES = [
    # Foxpost / Magyar Posta: delivered back to the sender is a return, in the locker or
    # waiting at the pickup point is not yet delivered, "Átvéve" alone is the collection.
    ("Visszaküldve (feladónak szállítva)", "returned"),
    ("Visszaküldve a feladónak", "returned"),
    ("Automatában megérkezett", "available_for_pickup"),
    ("Átvételre vár", "available_for_pickup"),
    ("Átvéve", "delivered"),
    ("Sikeresen kézbesítve háznál", "delivered"),
    # Not deliverable: failed, unless the reason is damage; delivery today is the round.
    ("Nem szállítható (házhoz szállítás sikertelen)", "delivery_failed"),
    ("Sikertelen kézbesítési kísérlet", "delivery_failed"),
    ("Sérülés miatt nem kézbesíthető", "damaged"),
    ("Csomag kézbesítés ma – ETA és módosítás", "out_for_delivery"),
    ("Küldemény kézbesítve – kérdőív", "delivered"),
    ("Kézbesítés alatt", "out_for_delivery"),
    # Collected from the sender is transit; missorted is a problem.
    ("Feladótól összeszedve", "in_transit"),
    ("Hibásan rendezett - átirányított", "exception"),
    # MNG Kargo, n11, DHL's Turkish reading: the negation fails, back to the sender is a
    # return, waiting at the recipient's branch waits for pickup, taken over is transit.
    ("Teslim Edildi", "delivered"),
    ("⚠️ Teslim edilemedi", "delivery_failed"),
    ("Teslimat Başarısız", "delivery_failed"),
    ("Göndericiye iade edildi", "returned"),
    ("Alıcı şubesinde bekliyor", "available_for_pickup"),
    ("Kargo Teslim Alındı", "in_transit"),
    ("Adres Hatalı", "delivery_failed"),
    ("Alıcı Bulunamadı", "delivery_failed"),
    ("Kayıp Kargo", "lost"),
    ("Hasarlı Kargo", "damaged"),
    ("Gümrük İşlemleri", "in_transit"),
    ("Ödeme Bekleniyor", "exception"),
    ("Dağıtıma Çıkarıldı", "out_for_delivery"),
    # Handed to the carrier is transit, to the recipient a delivery; being returned a return.
    ("Kargo firmasına teslim edildi, takip numarası atandı", "in_transit"),
    ("Alıcıya teslim edildi", "delivered"),
    ("Gönderi oluşturuldu, kargoya verilmedi", "info_received"),
    ("İade sürecinde", "returned"),
    # Thailand Post and Flash Express: delivery unsuccessful is not a delivery, delivered at
    # a pickup point waits there, returned to origin is a return, held in stock a problem.
    ("นำจ่ายสำเร็จ", "delivered"),
    ("นำจ่ายไม่สำเร็จ", "delivery_failed"),
    ("นำจ่าย ณ จุดรับสิ่งของ", "available_for_pickup"),
    ("ส่งคืนต้นทาง", "returned"),
    ("อยู่ระหว่างการนำจ่าย", "out_for_delivery"),
    ("已退件 ตีกลับแล้ว", "returned"),
    ("已滞留 พัสดุคงคลัง", "exception"),
    ("已签收 เซ็นรับแล้ว", "delivered"),
    # Flash and Kerry timelines: could not be signed for (refused) is no delivery, the staff
    # delivering your parcel is the round, Kerry taking the parcel in is transit.
    ("ไม่สามารถเซ็นรับพัสดุได้ ผู้รับปฏิเสธ", "delivery_failed"),
    ("เซ็นรับพัสดุเรียบร้อย", "delivered"),
    ("08:57 พนักงานกำลังจัดส่งพัสดุของคุณ - คานหาม, พระนครศรีอยุธยา", "out_for_delivery"),
    ("13:59 เคอรี่จัดส่งพัสดุของคุณเรียบร้อยแล้ว - คานหาม, พระนครศรีอยุธยา", "delivered"),
    ("13:35 เคอรี่เข้ารับพัสดุแล้ว", "in_transit"),
    # Greek couriers, upper case without accents and lower case with them.
    ("Η ΑΠΟΣΤΟΛΗ ΠΑΡΑΔΟΘΗΚΕ", "delivered"),
    ("Αποστολή παραδόθηκε", "delivered"),
    ("ΕΠΙΣΤΡΟΦΗ", "returned"),
    ("ΚΡΑΤΗΣΗ", "exception"),
    ("Η αποστολή παρελήφθη", "in_transit"),
    # J&T Indonesia: received by a branch is transit, received (by the recipient) is the
    # delivery; sent to the recipient's address is the round, sent on to a hub is transit.
    ("Paket telah diterima", "delivered"),
    ("Paket telah diterima oleh DC_PULO_GADUNG", "in_transit"),
    ("Paket akan dikirim ke alamat penerima", "out_for_delivery"),
    ("Paket akan dikirimkan ke JAT_GATEWAY", "in_transit"),
    ("Paket akan diretur", "returned"),
    ("Paket Gagal dikirim", "delivery_failed"),
    ("Paket disimpan di gudang J&T", "exception"),
    # An Indonesian courier's delivery outcomes: refused, bad address and vacant house fail,
    # back to the sender is a return, destroyed is a loss, "Diterima" alone the delivery.
    ("Diterima", "delivered"),
    ("Ditolak", "delivery_failed"),
    ("Alamat Tidak Lengkap", "delivery_failed"),
    ("Rumah Kosong Tidak Dihuni", "delivery_failed"),
    ("Kembali ke Pengirim", "returned"),
    ("Dimusnahkan", "lost"),
    # Turkish: the courier set off to deliver is the round, not a departure from a hub.
    ("Kurye kargoyu teslim etmek için yola çıktı", "out_for_delivery"),
    ("Dağıtımda", "out_for_delivery"),
]


@pytest.mark.parametrize(("raw", "expected"), CASES)
def test_the_construction_decides_the_status(raw: str, expected: str) -> None:
    assert canonical_status(raw) == expected


def test_turkish_i_folds_to_i() -> None:
    # Capital "İ" lower-cases to "i" with a combining dot and capital "I" to "i", while
    # lower case writes "ı": all three read "i".
    assert fold("İADE EDİLDİ") == "iade edildi"
    assert fold("Kargo Teslim Alındı") == fold("KARGO TESLIM ALINDI") == "kargo teslim alindi"
    assert read_status("İADE EDİLDİ") == Reading("returned", "İADE EDİLDİ", "text")


def test_greek_reads_with_and_without_accents() -> None:
    assert read_status("Αποστολή παραδόθηκε") == Reading("delivered", "παραδόθηκε", "text")
    assert read_status("Η ΑΠΟΣΤΟΛΗ ΠΑΡΑΔΟΘΗΚΕ") == Reading("delivered", "ΠΑΡΑΔΟΘΗΚΕ", "text")


# Texts whose words overlap a tracking phrase, each with the status it must not be read as:
# taken over for carriage (a shop's status name), the carrier taking the parcel in, handed
# to the carrier, the carrier's successful pickup, a tracking app's network failure, a
# branch receiving the parcel, an order "ready for delivery", a shop page on how to send a
# parcel back, a depot in another language.
NOT_MEANT = [
    ("Átvéve szállításra", "delivered"),
    ("Teslim alındı", "delivered"),
    ("📦 Kargoya verildi", "delivered"),
    ("บริษัทขนส่งรับพัสดุสำเร็จ", "delivered"),
    ("เครือข่ายล้มเหลว", "delivery_failed"),
    ("Paket telah diterima oleh DC_PULO_GADUNG", "delivered"),
    ("Έτοιμη για παράδοση", "delivered"),
    ("Visszaküldés menete", "returned"),
    ("Pacco in deposito", "in_transit"),
    ("Held at depot", "in_transit"),
]


@pytest.mark.parametrize(("raw", "wrong"), NOT_MEANT)
def test_broad_words_do_not_misfire(raw: str, wrong: str) -> None:
    assert canonical_status(raw) != wrong
