"""Hard distinctions of the nineteenth round (b): shipping-label platforms (MyParcel, shipcloud,
Qapla'), Chronopost's and Mondial Relay's French, and Taiwan's convenience-store logistics (ECPay,
ezShip, T-Cat). Each expected status is the source's own status code or group, or the words where
it gives none (full references in lossanalytics/normalise/known_texts/SOURCES.md, nineteenth round, b)."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import Reading, canonical_status, read_status

CASES = [
    # A concept, a registered shipment or a printed label: no parcel with the carrier yet, not the
    # broad "in behandeling" / "en cours de traitement" that read a parcel being processed.
    ("pending - registered", "info_received"),
    ("in behandeling - geregistreerd", "info_received"),
    ("en cours de traitement - concept", "info_received"),
    ("printed - digital stamp", "info_received"),
    ("A label has been created", "info_received"),
    ("Versandmarke erstellt", "info_received"),
    ("Es wurde eine Sendung angelegt", "info_received"),
    ("Colis prêt chez l'expéditeur", "info_received"),
    ("ATTESA RITIRO", "info_received"),
    # Order data received, goods not yet at the carrier, a driver on the way to collect (traditional
    # and simplified characters alike).
    ("訂單處理中(已收到訂單資料)", "info_received"),
    ("订单处理中(已收到订单资料)", "info_received"),
    ("商家未到貨（若訂單成立隔日未到貨即會發送，直到訂單失效刪除）", "info_received"),
    ("尚未寄件或尚未收到超商總公司提供的寄件訊息", "info_received"),
    ("等待賣家出貨", "info_received"),
    ("取件中", "info_received"),
    # Waiting for the recipient's collection: not the recipient's collection itself.
    ("Package(s) awaiting pickup by receiver", "available_for_pickup"),
    ("Paket(e) stehen zur Abholung durch den Empfänger bereit", "available_for_pickup"),
    ("afgeleverd - klaar om opgehaald te worden", "available_for_pickup"),
    ("livré - prêt à être collecté", "available_for_pickup"),
    ("已送達取件門市", "available_for_pickup"),
    ("商品配達買家取貨門市", "available_for_pickup"),
    # A breakdown, bad weather or a missort is a problem, not the "配送中" that follows it.
    ("車輛故障，後續配送中", "exception"),
    ("天候不佳，後續配送中", "exception"),
    ("送錯BASE (送錯營業所)", "exception"),
    # On its way to a pickup point, handed to a forwarder or a named carrier: moving on.
    ("Colis en cours de livraison au point de retrait", "in_transit"),
    ("Colis livré au transitaire.", "in_transit"),
    ("Colis remis à Mondial Relay", "in_transit"),
    ("物流中心驗收成功", "in_transit"),
    ("賣家已到門市寄件", "in_transit"),
    # Collected at the store, a delivery completed.
    ("買家已到店取貨", "delivered"),
    ("消費者成功取件", "delivered"),
    ("Livraison effectuée.", "delivered"),
    ("Paket(e) geliefert", "delivered"),
    ("A label has been deleted", "cancelled"),
    ("託運單刪除", "cancelled"),
    ("DANNEGGIAMENTO", "damaged"),
    ("SMARRIMENTO", "lost"),
]


@pytest.mark.parametrize(("raw", "expected"), CASES)
def test_the_construction_decides_the_status(raw: str, expected: str) -> None:
    assert canonical_status(raw) == expected


def test_the_evidence_is_the_carriers_words() -> None:
    assert read_status("Colis prêt chez l'expéditeur") == Reading("info_received", "prêt chez l'expéditeur", "text")
    assert read_status("已收到訂單資料") == Reading("info_received", "已收到訂單資料", "text")


# The narrow phrases stay narrow: an outcome named beside them, a negation or a handover still to
# come, and the broader words, keep their reading.
NOT_WIDENED = [
    ("Label has been created, package returned to sender", "returned"),
    ("Package picked up by the recipient", "delivered"),
    ("天候不佳，已退回", "returned"),
    ("Colis pas encore remis à La Poste", "info_received"),
    ("Votre colis est prêt à être expédié, il va être remis à La Poste.", "info_received"),
    ("Tentative de livraison effectuée", "delivery_failed"),
    ("Paket wird geliefert", "in_transit"),
    ("Retoure: Sendung angelegt", "returned"),
    ("Colis disponible au Point Relais", "available_for_pickup"),
]


@pytest.mark.parametrize(("raw", "expected"), NOT_WIDENED)
def test_the_broader_readings_are_kept(raw: str, expected: str) -> None:
    assert canonical_status(raw) == expected


@pytest.mark.parametrize("raw", ["Return label has been created", "Il va être remis à Chronopost",
                                 "Le colis n'a pas été remis à DPD", "Livraison non effectuée", "配完狀態刪除",
                                 "快递员取件中", "ATTESA RITIRO DESTINATARIO", "已完成取貨"])
def test_words_beyond_the_sources_meaning_are_not_read_by_these_phrases(raw: str) -> None:
    assert canonical_status(raw) not in {"delivered", "in_transit", "info_received", "available_for_pickup"}
