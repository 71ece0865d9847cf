"""Hard distinctions of the twenty-second round (a): Polish wording read by its word forms
(status_phrases_polish), from Poczta Polska's tracking web service event names, Paczka w RUCHu's
(ORLEN Paczka's) status names, DPD Polska's recorded events and FedEx's Polish status names. Each
expected status is the source's own code, or DESIGN §4 where it is narrower (full references in
lossanalytics/normalise/known_texts/SOURCES.md, twenty-second round, a)."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import Reading, canonical_status, read_status

CASES = [
    # A return named in the locative outweighs the failed delivery beside it; "wraca" is under way.
    ("Nieudane doręczenie - decyzja o zwrocie", "returned"),
    ("Powiadomienie sms o zwrocie przesyłki", "returned"),
    ("Paczka nieodebrana, wraca do nadawcy", "returned"),
    # Held for inspection, not collected, a complaint, a sender asked for instructions: a problem.
    ("Nieudane doręczenie - zatrzymana - do kontroli", "exception"),
    ("Przesyłka nieodebrana w terminie", "exception"),
    ("Reklamacja przesyłki", "exception"),
    ("Nadawca został powiadomiony, oczekuje się na odpowiedź", "exception"),
    ("Wyjątek podczas doręczenia", "exception"),
    # At the office of exchange, back from customs, released, directed, at a dispatch depot: moving on.
    ("Odebranie w urzędzie wymiany (poczta przychodząca)", "in_transit"),
    ("Przesyłka po zwrocie z cła", "in_transit"),
    ("Zwolniona przez urząd celny", "in_transit"),
    ("Skierowanie przez cło - przywóz", "in_transit"),
    ("Paczka w ekspedycji", "in_transit"),
    ("Przesyłka w urzędzie doręczenia", "in_transit"),
    ("Mamy Twoją przesyłkę", "in_transit"),
    # Sent to the office of undeliverable items: lost.
    ("Przyjęcie w urzędzie przesyłek niedoręczalnych", "lost"),
    ("Skierowanie do urzędu niedoręczalnych przesyłek", "lost"),
    # Awaiting collection named as a noun, taken into a point, at the kiosk: waiting for pickup.
    ("Dodanie do księgi awizacyjnej - oczekiwanie na odbiór w Urzędzie", "available_for_pickup"),
    ("Powiadomienie email o oczekiwaniu przesyłki w urzędzie", "available_for_pickup"),
    ("Przyjęcie przesyłki do punktu Pickup", "available_for_pickup"),
    ("Paczka w kiosku", "available_for_pickup"),
    # Handed to the postman, or directed to its delivery: out for delivery.
    ("Wydanie doręczycielowi", "out_for_delivery"),
    ("Przesyłka wydana listonoszowi", "out_for_delivery"),
    ("Przesyłka skierowana do doręczenia", "out_for_delivery"),
    # Handed to the person entitled to collect it, collected at the depot, a bare delivery: delivered.
    ("Wydanie uprawnionemu do odbioru", "delivered"),
    ("Odbiór własny", "delivered"),
    ("Doręczenie", "delivered"),
    ("Doręczenie przesyłki", "delivered"),
    # Registered, nothing more: only data.
    ("Rejestracja przesyłki", "info_received"),
    ("Rejestracja danych paczki", "info_received"),
]


@pytest.mark.parametrize(("raw", "expected"), CASES)
def test_the_word_forms_decide_the_status(raw: str, expected: str) -> None:
    assert canonical_status(raw) == expected


def test_the_evidence_is_the_carriers_words() -> None:
    assert read_status("Nieudane doręczenie - decyzja o zwrocie") == Reading("returned", "zwrocie", "text")
    assert read_status("Wydanie uprawnionemu do odbioru") == Reading(
        "delivered", "Wydanie uprawnionemu", "text")


# The narrow phrases stay narrow: a return still wins over "nieodebrana", a damage over a complaint,
# a parcel posted at a kiosk or waiting for the courier's collection is no pickup (only data: the courier has
# yet to collect it from the sender), and a bare failed
# delivery or a customs hold keeps its reading.
NOT_WIDENED = [
    ("Przesyłka nieodebrana - zwrot do nadawcy", "returned"),
    ("Reklamacja: przesyłka uszkodzona", "damaged"),
    ("Nadana w kiosku", "in_transit"),
    ("Paczka oczekuje na odbiór przez kuriera", "info_received"),
    ("Nieudane doręczenie - kolejna próba jutro", "delivery_failed"),
    ("Zatrzymanie w cle", "exception"),
    ("Zwrot do urzędu nadania", "returned"),
    ("Przekazanie przesyłki kurierowi", "in_transit"),
]


@pytest.mark.parametrize(("raw", "expected"), NOT_WIDENED)
def test_the_broader_readings_are_kept(raw: str, expected: str) -> None:
    assert canonical_status(raw) == expected


@pytest.mark.parametrize("raw", ["Oczekiwanie na odbiór przez kuriera", "Umówiono odbiór własny",
                                 "Powiadomienie mail"])
def test_words_beyond_the_sources_meaning_are_not_read_by_these_phrases(raw: str) -> None:
    assert canonical_status(raw) == "unknown"
