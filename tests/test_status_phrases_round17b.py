"""Hard distinctions of the seventeenth round (b): PTT Kargo's status table, CTT Express's incident
names, Blue Express's tracking concepts, recorded Logen pages, Korea Post EMS event names and Naver
Commerce's delivery states. Each expected status is the source's own status group or code, or the
words where it gives none (full references in lossanalytics/normalise/known_texts/SOURCES.md, seventeenth round, b)."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import Reading, canonical_status, read_status

CASES = [
    # PTT: "İADE" before a reason is the return, not the failed attempt the reason names.
    ("İADE-Adres Yetersiz", "returned"),
    ("İADE-Adreste Yok", "returned"),
    ("İade : Alıcısı Kabul Etmiyor", "returned"),
    # Handed back to its sender is a return, not a delivery.
    ("Göndericisine Teslim Edildi", "returned"),
    # Left at or notified to the post office, or put in a parcel locker: waits for the recipient.
    ("PTT İşyerine Teslim Edildi", "available_for_pickup"),
    ("Teslim Edilemedi : PTT İşyerinde İhbarlandı", "available_for_pickup"),
    ("İhb-Kargomatiğe Bırakıldı", "available_for_pickup"),
    # Collected from the locker by the recipient, or handed to someone at the address: delivered.
    ("Kargomatikten Teslim Alındı", "delivered"),
    ("AYNI KONUTTA YAKINA TESLiM", "delivered"),
    ("Birinci Adreste Kendisine Teslim", "delivered"),
    # Held or refused at customs is a problem; weather too.
    ("Gönderi Gümrükte Tutuluyor", "exception"),
    ("Gönderinin İthaline Gümrükçe İzin Verilmedi", "exception"),
    ("Hava Şartları/Terör/Doğal Afet", "exception"),
    # Destroyed or fate unknown is a loss.
    ("Imha-Bekleme Süresi Bitti", "lost"),
    ("Gönderi Akıbeti Belirlenemedi/Kayıp", "lost"),
    # PTT's sorting and bagging moves on; the carrier's hand-out is the round.
    ("Torbaya Eklendi", "in_transit"),
    ("Dağıtıcıya Verildi", "out_for_delivery"),
    # CTT Express: a vehicle breakdown is the carrier's problem, not damaged goods.
    ("Averia vehiculo", "exception"),
    ("Destinatario no contesta", "delivery_failed"),
    ("Cerrado vacaciones", "delivery_failed"),
    ("Cliente no tiene preparada mercancia", "info_received"),
    ("Robo", "lost"),
    ("En gestion aduanera", "in_transit"),
    # Blue Express: delivery data to be solved is an address problem.
    ("Para solución", "exception"),
    # Korean: a failed or requested pickup is before the carrier has the parcel.
    ("집화 실패", "info_received"),
    ("수거 요청", "info_received"),
    ("고객님께 물품을 배달 준비 중입니다.", "out_for_delivery"),
    ("고객님께 물품을 전달하였습니다.", "delivered"),
    ("상대국인계", "in_transit"),
]


@pytest.mark.parametrize(("raw", "expected"), CASES)
def test_the_construction_decides_the_status(raw: str, expected: str) -> None:
    assert canonical_status(raw) == expected


def test_the_evidence_is_the_carriers_words() -> None:
    assert read_status("İADE-Adreste Yok") == Reading("returned", "İADE-Adreste Yok", "text")


# The narrow phrases stay narrow: a broader return, a negation and other words keep their reading.
NOT_WIDENED = [
    ("Alıcı adreste yok, göndericiye iade edildi", "returned"),
    ("Gönderi sorunlu alıcı nedeniyle iade edildi", "returned"),
    ("Alıcı kendisine teslim edilemedi", "delivery_failed"),
    ("Kargo teslim edilemedi, alıcı adreste yok", "delivery_failed"),
    ("Avería en la mercancía", "damaged"),
    ("배송 실패", "delivery_failed"),
]


@pytest.mark.parametrize(("raw", "expected"), NOT_WIDENED)
def test_the_broader_readings_are_kept(raw: str, expected: str) -> None:
    assert canonical_status(raw) == expected


@pytest.mark.parametrize("raw", ["İade talebi alındı", "Sipariş kabul edildi", "İmha İptal Edildi",
                                 "Intento de robo frustrado", "기사님께 물품을 전달하였습니다."])
def test_words_beyond_the_sources_meaning_are_not_read_by_these_phrases(raw: str) -> None:
    assert canonical_status(raw) not in {"returned", "in_transit", "lost", "delivered"}
