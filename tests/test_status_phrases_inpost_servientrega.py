"""Hard distinctions of the fifteenth round: InPost's longer Polish status descriptions (a ShipX
client's origin_status map and a tracking page's status names), Servientrega's (Colombia) states and
incidents, and a recorded Correios import trace. Each expected status is the source's status name or
mapping, or the words where it gives none (full references in lossanalytics/normalise/known_texts/SOURCES.md, fifteenth
round)."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

CASES = [
    # Waiting in a locker or at a point, whatever the text says would follow if not collected.
    ("I gotowe! Paczka czeka na odbiór w wybranym automacie Paczkomat. Jeśli paczka nie zostanie odebrana w tym "
     "czasie, zostanie zwrócona do Nadawcy, o czym poinformujemy Odbiorcę w osobnych komunikatach.", "available_for_pickup"),
    ("Paczka oczekuje w automacie Paczkomat. Będzie tam czekać na Ciebie przez kolejne 24 godziny. Pośpiesz się! "
     "Jeśli przesyłka nie zostanie odebrana z automatu Paczkomat, wróci do Nadawcy.", "available_for_pickup"),
    ("Prosimy o odebranie przesyłki z punktu InPost w ciągu 3 dni.", "available_for_pickup"),
    # Collected from the sender, handed in, or carried on to the chosen locker: moving on.
    ("Kurier odebrał paczkę od Nadawcy i przekazuje ją do oddziału InPost.", "in_transit"),
    ("Odebrana od klienta", "in_transit"),
    ("Paczka oczekuje na wyjęcie z automatu Paczkomat przez doręczyciela. Stąd trafi do najbliższego oddziału "
     "InPost i wyruszy w trasę do odbiorczego automatu Paczkomat.", "in_transit"),
    ("Upłynął termin odebrania paczki z PaczkoPunktu, ale paczka nadal jest w nim magazynowana - czeka na "
     "przyjazd kuriera, który ją zabierze do automatu Paczkomat.", "in_transit"),
    ("Przesyłka jest już w mieście Odbiorcy. Wkrótce trafi do rąk doręczyciela i rozpocznie ostatni etap "
     "podróży.", "in_transit"),
    # Only prepared by the sender: not yet with InPost.
    ("Nadawca poinformował nas, że przygotował przesyłkę do nadania. Podróż przesyłki jeszcze się nie "
     "rozpoczęła.", "info_received"),
    ("Klient wybrał jedną z zaproponowanych ofert.", "info_received"),
    # On the round; a journey ended or a return receipt sent is a delivery; outcomes.
    ("Przesyłka jest już na ostatnim etapie podróży - została przekazana kurierowi w celu dostarczenia pod "
     "wskazany adres.", "out_for_delivery"),
    ("Podróż przesyłki od Nadawcy do Odbiorcy zakończyła się, ale nie musi to oznaczać końca naszej "
     "znajomości:)", "delivered"),
    ("Przesyłka została odebrana. Zwrotne Potwierdzenie Odbioru zostało wysłane do Nadawcy.", "delivered"),
    ("Przekazanie do magazynu przesyłek niedoręczalnych.", "lost"),
    ("Paczka nie mieści się w skrytce automatu Paczkomat.", "exception"),
    ("Kurier InPost ponownie nie zastał Odbiorcy pod wskazanym adresem. Przesyłka wyruszyła w drogę powrotną do "
     "Nadawcy.", "returned"),
    # Servientrega: delivered back to the sender is a return, goods not ordered a refusal.
    ("ENTREGADO A REMITENTE", "returned"),
    ("M/CIA NO SOLICITADA", "delivery_failed"),
    ("Salio a ciudad destino", "in_transit"),
    ("EN PROCESAMIENTO", "in_transit"),
    # Earlier rows that keep their reading.
    ("Paczka odebrana przez klienta", "delivered"),
    ("Odebrana przez kuriera", "in_transit"),
    ("oczekuje na odbiór w punkcie", "available_for_pickup"),
    ("Przesyłka została odebrana przez kuriera.", "in_transit"),
    ("PARA DEVOLVER AL REMITENTE", "returned"),
    ("Importação autorizada  pela autoridade competente - Aguardando pagamento", "exception"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_fifteenth_round_reading(text: str, expected: str) -> None:
    assert read_status(text).status == expected
