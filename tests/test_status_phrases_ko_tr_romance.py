"""Hard distinctions of the tenth round in Korean, Turkish, Spanish, Portuguese, French,
Italian and English: a pickup only ordered or not made against the pickup, a receipt the
recipient confirmed against the carrier's take-over, a reason on the recipient's side against
one on the carrier's, a failed attempt that goes back to the depot against a return, a
collection notice against a failed delivery, a parcel held by the authorities, disposed of
or swapped. Each case is a published text labelled from its publisher's code or meaning, the
source named above it (full references in lossanalytics/normalise/known_texts/SOURCES.md, "Round 10")."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import canonical_status, read_status

CASES = [
    # CJ Logistics cargo states and reasons (code-index 16549952045): 01 pickup instructed and 12
    # not picked up are before the carrier has the parcel, 11 is the pickup; 84's reasons split
    # between the recipient's side (wrong customer information, unreachable) and the carrier's
    # (a sorting error, a remote or island area).
    ("집하지시", "info_received"),
    ("미집하", "info_received"),
    ("집하처리", "in_transit"),
    ("업체미출고", "info_received"),
    ("고객정보오류", "delivery_failed"),
    ("통화불가능", "delivery_failed"),
    ("분류오류", "exception"),
    ("도서/외곽지역", "exception"),
    # Recorded CJ, Hanjin and Lotte traces (chussum/delibee): the take-over from the sender is
    # transit, the recipient's confirmed receipt (80 인수확인) a delivery; a round announced for a
    # time window, or the courier preparing it, is out for delivery.
    ("보내시는 고객님으로부터 상품을 인수받았습니다", "in_transit"),
    ("인수확인", "delivered"),
    ("물품을 받으셨습니다.", "delivered"),
    ("고객님의 상품을 10시~12시에 배달 예정 입니다.", "out_for_delivery"),
    ("고객님의 상품을 배송할 예정입니다.(11∼13시)(배송담당:--)", "out_for_delivery"),
    ("배송원이 배송준비중 입니다.", "out_for_delivery"),
    # Yurtiçi operation codes (code-index 13997517251): NOP not processed is before the carrier,
    # ISR processed is transit, CNL blocked is a cancellation.
    ("Kargo İşlem Görmemiş.", "info_received"),
    ("Kargo işlem görmüş, faturası henüz düzenlenmemiştir.", "in_transit"),
    ("Kargo Çıkışı Engellendi.", "cancelled"),
    # Kolay Gelsin event types (code-index 32590656576): the pickup courier setting out is before
    # the pickup, the delivery courier setting out for the address is out for delivery.
    ("Toplama kuryesi yola çıktı", "info_received"),
    ("Kurye teslimat adresine yola çıktı", "out_for_delivery"),
    ("Kuryenin aracına yüklendi", "in_transit"),
    ("Alıcı adreste bulunamadı", "delivery_failed"),
    ("Alıcı teslimatı reddetti", "delivery_failed"),
    ("Alıcı talebi ile iade", "returned"),
    ("Gönderi kayıp", "lost"),
    ("Hasar raporu", "damaged"),
    # Interrapidísimo's states (code-index 48079074754): a failed attempt going back to the depot
    # is not a return; dispatched back to the origin is; custody, seizure, inspection and a
    # swapped parcel are problems; disposal is a loss; created without reception is data only.
    ("Cuando el intento de entrega es fallido, y el envío se encuentra en retorno a centro logístico.", "delivery_failed"),
    ("La entrega no es efectiva y el envío se encuentra en trayecto de devolución a su origen.", "returned"),
    ("Estado del envío cuando se encuentra en centro logístico de destino y será próximo a despachar a origen.",
     "returned"),
    ("En bodega final/custodia", "exception"),
    ("Incautado por autoridades", "exception"),
    ("En inspección", "exception"),
    ("Envío trocado", "exception"),
    ("Disposición final", "lost"),
    ("El envío se encuentra creado en sistema sin la recepción en centro logístico.", "info_received"),
    ("El envío se encuentra listo para ser reclamado en un punto de venta autorizado.", "available_for_pickup"),
    ("El envío se encuentra asignado para reparto en municipio o ciudad aledaña.", "out_for_delivery"),
    # CTT's recorded events (OpenParcel, code-index 28062478176): information received is not the
    # parcel; "será entregue durante o dia" beside "saiu para entrega" is out for delivery.
    ("A informação sobre o envio foi recebida.", "info_received"),
    ("Aguarda entrada nos CTT", "info_received"),
    ("O envio saiu para entrega. Será entregue durante o dia.", "out_for_delivery"),
    ("No ponto de entrega", "available_for_pickup"),
    # Swiss Post's event explanations (French, Italian, English pages): a collection notice after
    # a missed attempt waits for pickup; a recorded receipt confirmation is a delivery; a pickup
    # the carrier could not make is before the carrier has the parcel.
    ("Une tentative de distribution a eu lieu sans succès, le destinataire étant absent. Un avis de retrait pour "
     "cet envoi a été déposé à l’intention du destinataire.", "available_for_pickup"),
    ("L’accusé de réception a été reçu et a été saisi après coup (image de la signature disponible).", "delivered"),
    ("È stato effettuato un tentativo di recapito e il destinatario dell’invio era assente. Il destinatario ha "
     "ricevuto un invito di ritiro per l’invio.", "available_for_pickup"),
    ("L’invio è arrivato alla frontiera del paese d’impostazione e viene preparato per l’inoltro nel paese di "
     "destinazione.", "in_transit"),
    ("Collection attempt by mail carrier failed", "info_received"),
    ("Confirmation of receipt received", "delivered"),
    # Spedisci.Online's status table (code-index 33648518727): waiting for the courier's pickup.
    ("In attesa di ritiro", "info_received"),
    # Navlungo's tracking documentation: the pickup request received, the pickup still to come.
    ("The carrier received a request from the shipper and is about to pick up the shipment", "info_received"),
]


@pytest.mark.parametrize(("raw", "expected"), CASES)
def test_the_construction_decides_the_status(raw: str, expected: str) -> None:
    assert canonical_status(raw) == expected


def test_the_evidence_is_the_words_that_decided() -> None:
    assert read_status("Kargo İşlem Görmemiş.").evidence == "İşlem Görmemiş"
    assert read_status("En bodega final/custodia").evidence == "custodia"


NOT_MEANT = [
    # A delivery day named alone is no round under way (a recorded CJ trace in code-index 6719007233,
    # README of an item-info crawler, where this event carries no status).
    ("해당 물품은 12월 18일 배송 예정입니다.", "out_for_delivery"),
]


@pytest.mark.parametrize(("raw", "wrong"), NOT_MEANT)
def test_overlapping_words_do_not_misfire(raw: str, wrong: str) -> None:
    assert canonical_status(raw) != wrong
