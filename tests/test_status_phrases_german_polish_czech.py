"""German, Polish and Czech carrier texts whose construction decides against the broad word
beside them: a parcel shop where the recipient collected the parcel, storage at a depot that
is no pickup point, a delivery "not possible as planned". Each case is a published text
labelled from its source's mapping or meaning (sources in tests/corpus/SOURCES.md, December
2026 ninth round); the traps hold the new phrases to what they do not mean."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import Reading, canonical_status, read_status

CASES = [
    # DPD Germany's status texts as paketda explains them (paketstatus-dpd.html and its status pages):
    # the recipient collecting at a parcel shop is a delivery, the sender or the driver handing it in or
    # taking it away is transit; a misdelivery, a wrong depot or a loading error is the carrier's problem.
    ('Abholung beim falschen Empfänger nach Falschzustellung.', 'exception'),
    ('Abholung im Pickup Paketshop durch Empfänger.', 'delivered'),
    ('Abholung von Pickup Paketshop durch DPD Zusteller.', 'in_transit'),
    ('Ablieferung an eine dritte Person mit Benachrichtigung an den Empfänger.', 'delivered'),
    ('An der Empfängeradresse ist ein Zugangscode erforderlich.', 'delivery_failed'),
    ('An einen falschen Standort weitergeleitet.', 'exception'),
    ('Auftragsdaten übermittelt.', 'info_received'),
    ('Beim Verladen ist ein Fehler aufgetreten.', 'exception'),
    ('Bruch im Gewahrsam des Systempartners (BUN )', 'damaged'),
    ('Der Empfänger hat das Paket nicht abgeholt.', 'exception'),
    ('Der Empfänger wurde beim dritten Versuch nicht angetroffen und benachrichtigt.', 'delivery_failed'),
    ('Der Empfänger wurde nicht angetroffen. Benachrichtigung wurde hinterlassen.', 'delivery_failed'),
    ('Die Annahme wurde verweigert (ohne Begründung).', 'delivery_failed'),
    ('Durch Versender an Pickup Paketshop übergeben.', 'in_transit'),
    ('Empfänger aufgrund von Urlaub nicht angetroffen, jedoch benachrichtigt.', 'delivery_failed'),
    ('Empfänger hat Urlaub', 'delivery_failed'),
    ('Erfolgreich zugestellt.', 'delivered'),
    ('Ihr Paket konnte nicht wie geplant zugestellt werden und ist wieder im Paketzustellzentrum.', 'delivery_failed'),
    ('In Zustellung.', 'out_for_delivery'),
    ("Driver's return. Back at parcel delivery centre after an unsuccessful delivery attempt. Consignee not located, notification has been left.", 'delivery_failed'),
    # Česká pošta's Podání Online state list (8.13.4 Přehled stavů zásilek): posted, customs and the
    # office of exchange are transit, an attempt failed, the sender's data only announced.
    ('Data z PodáníOnline', 'info_received'),
    ('Adresní údaje k zásilce', 'info_received'),
    ('Podaná', 'in_transit'),
    ('Přepravovaná (pouze I.TÚ)', 'in_transit'),
    ('Vstup na dodací poštu', 'in_transit'),
    ('Dosílka na jinou adresu', 'in_transit'),
    ('Uloženo na poště', 'available_for_pickup'),
    ('Chybně směrovaná (vinou pošty)', 'exception'),
    ('Předaná k doručení jiné poště', 'in_transit'),
    ('Chybně směrovaná (vinou odesílatele)', 'exception'),
    ('Vrácená (odepřeno přijetí)', 'returned'),
    ('Vrácená (adresát neznámý)', 'returned'),
    ('Vrácená (prošlá odběrní lhůta)', 'returned'),
    ('Vrácená (úmrtí adresáta)', 'returned'),
    ('Vrácená (adresát se odstěhoval bez udání adresy)', 'returned'),
    ('Vrácená (nedostatečná adresa)', 'returned'),
    ('Výstup z vyměňovací pošty', 'in_transit'),
    ('Vstup do země určení', 'in_transit'),
    ('Celní řízení', 'in_transit'),
    ('Ukončení celního řízení', 'in_transit'),
    ('Pokus o doručení', 'delivery_failed'),
    # DPD Polska event texts (a config of its event codes, paczkobot's and two trackers' mappings):
    # storage at the DPD depot is transit, not a pickup point; posting at a Pickup point is transit.
    ('Przesyłka utworzona.', 'info_received'),
    ('Zarejestrowano dane przesyłki, przesyłka jeszcze nie nadana.', 'info_received'),
    ('Przesyłka została wysłana.', 'in_transit'),
    ('Przesyłka została odebrana przez kuriera.', 'in_transit'),
    ('Przesyłka została doręczona przez kuriera.', 'delivered'),
    ('Przyjęcie przesyłki w oddziale DPD', 'in_transit'),
    ('Wydanie przesyłki do doręczenia.', 'out_for_delivery'),
    ('Magazynowanie przesyłki w oddziale.', 'in_transit'),
    ('Zwrot przesyłki.', 'returned'),
    ('Przekazanie przesyłki kurierowi', 'in_transit'),
    ('przesyłka oczekuje na odbiór w DHL POP', 'available_for_pickup'),
    ('Nadanie przesyłki w punkcie Pickup', 'in_transit'),
    ('Zarejestrowano dane przesyłki', 'info_received'),
    ('Przeładunek w sortowni za granicą', 'in_transit'),
    ('Przyjęcie paczki w sortowni za granicą', 'in_transit'),
    ('Przesyłka niedoręczona', 'delivery_failed'),
    # Orlen Paczka (paczkobot's mapping): being prepared by the sender is announced only.
    ('Twoja paczka jest w trakcie przygotowania przez nadawcę', 'info_received'),
    ('Paczka w trakcie przygotowania', 'info_received'),
    ('Z przyjemnością informujemy, że Twoja paczka została nadana.', 'in_transit'),
    ('Paczka nadana', 'in_transit'),
    ('Paczka w sortowni regionalnej', 'in_transit'),
    # FedEx Poland (paczkobot's mapping).
    ('Przesyłka wydana do doręczenia kurierowi FedEx.', 'out_for_delivery'),
    ('Przesyłka w oddziale FedEx.', 'in_transit'),
    ('Przesyłka doręczona do odbiorcy.', 'delivered'),
    # Geis Poland (paczkobot's mapping): loading onto the delivery round is out for delivery.
    ('Dostarczenie', 'delivered'),
    ('Załadunek na rozwóz', 'out_for_delivery'),
]


@pytest.mark.parametrize(("raw", "expected"), CASES)
def test_sourced_texts_read_their_source_meaning(raw: str, expected: str) -> None:
    assert canonical_status(raw) == expected


TRAPS = [
    # A return named beside the unclaimed parcel or the failed attempt still wins (returned comes first).
    ("Der Empfänger hat das Paket nicht abgeholt. Rücksendung an den Absender.", "returned"),
    ("Sendung konnte nicht zugestellt werden. Rücksendung an den Absender.", "returned"),
    # Collected by the recipient elsewhere is still a delivery; the sender's handing-in still transit.
    ("Die Sendung wurde vom Empfänger abgeholt.", "delivered"),
    # Not posted is only announced; the carrier's technical failure stays a problem, not an attempt.
    ("Zásilka nebyla podána.", "info_received"),
    ("Pokus o doručení neuskutečněn z technických důvodů na straně České pošty", "exception"),
    # Prepared for delivery is not the sender's preparation; a parcel not located is lost, a
    # consignee not located a failed attempt.
    ("Paczka w trakcie przygotowania do doręczenia", "unknown"),
    ("Parcel not located", "lost"),
    ("Consignee not located", "delivery_failed"),
    # "Dostarczenie" only as the whole event, never inside another phrase.
    ("Dostarczenie przesyłki", "unknown"),
]


@pytest.mark.parametrize(("raw", "expected"), TRAPS)
def test_the_new_phrases_keep_to_their_meaning(raw: str, expected: str) -> None:
    assert canonical_status(raw) == expected


def test_evidence_is_the_carriers_own_words() -> None:
    assert read_status("Abholung im Pickup Paketshop durch Empfänger.") == Reading(
        "delivered", "Abholung im Pickup Paketshop durch Empfänger", "text")
    assert read_status("Magazynowanie przesyłki w oddziale.") == Reading(
        "in_transit", "Magazynowanie przesyłki w oddziale", "text")
    assert read_status("Pokus o doručení") == Reading("delivery_failed", "Pokus o doručení", "text")
