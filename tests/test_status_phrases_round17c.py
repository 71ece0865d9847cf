"""Hard distinctions of the seventeenth round (c): Packeta's Czech and Slovak status names, PPL's
phases and a recorded PPL trace, FedEx's Hungarian and Italian status names, a tracking guide's
Italian carrier statuses (Swiss Post, UPS, Poste Italiane), Deliveo's and a GLS Hungary plugin's
names. Each expected status is the source's code or the meaning it gives (full references in
lossanalytics/normalise/known_texts/SOURCES.md, seventeenth round, c), and the negative cases keep each phrase to its
meaning."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import Reading, canonical_status, read_status

CASES = [
    # Czech and Slovak: the shop has not handed the parcel over yet; depot steps move on.
    ("Očekáváme dodání obchodem", "info_received"),
    ("Očakávame dodanie obchodom", "info_received"),
    ("Čekáme na přijetí zásilky do přepravy.", "info_received"),
    ("Přijato na depu", "in_transit"),
    ("Odoslané z depa", "in_transit"),
    ("Odeslána přepravcem", "in_transit"),
    ("Vybavovanie colného konania", "in_transit"),
    # Ready for the recipient's pickup, not the courier's.
    ("Pripravené na vyzdvihnutie", "available_for_pickup"),
    ("Odmietnuté príjemcom", "delivery_failed"),
    ("Zásilka se dnes doručuje.", "out_for_delivery"),
    ("Zásilku jsme doručili příjemci.", "delivered"),
    # Hungarian: an extraordinary event is a problem; taken over for delivery is the round.
    ("Rendkívüli esemény a kézbesítés során", "exception"),
    ("Kézbesítésre átvéve", "out_for_delivery"),
    ("Címke létrehozva", "info_received"),
    ("A csomagja nálunk van", "in_transit"),
    # Italian: no delivery date is no pickup; handed to customs is no delivery.
    ("Al momento non è disponibile nessuna data di consegna programmata", "unknown"),
    ("L'invio è stato consegnato alla dogana", "in_transit"),
    ("Notifica dell'invio da parte dello speditore (inoltro dei dati)", "info_received"),
    ("In attesa di ritiro da parte del cliente", "available_for_pickup"),
    ("La consegna programmata è in sospeso", "exception"),
    ("Errore di avviamento", "exception"),
]

# Negations and near misses the new phrases must not read as their outcome.
NOT_READ_AS = [
    ("Zásilku jsme nedoručili příjemci.", "delivered"),
    ("Pripravená na vyzdvihnutie kuriérom", "available_for_pickup"),
    ("Vrátenie peňazí", "returned"),
    ("Objednávka zrušena", "info_received"),
    ("Feladva más úton", "in_transit"),
    ("A csomag nincs nálunk", "in_transit"),
]


@pytest.mark.parametrize(("raw", "expected"), CASES)
def test_the_construction_decides_the_status(raw: str, expected: str) -> None:
    assert canonical_status(raw) == expected


@pytest.mark.parametrize(("raw", "wrong"), NOT_READ_AS)
def test_a_phrase_keeps_to_its_meaning(raw: str, wrong: str) -> None:
    assert canonical_status(raw) != wrong


def test_the_evidence_is_the_carriers_words() -> None:
    assert read_status("Kézbesítésre átvéve") == Reading("out_for_delivery", "Kézbesítésre átvéve", "text")
