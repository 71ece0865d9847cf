"""Hard distinctions of the twenty-first round (a): Czech carrier wording (Česká pošta's codes, GLS, DPD and
FOFR in Czech, UPS's Czech event texts, a Czech integration's recorded descriptions) and Express One's
transfer step. Each expected status is the source's own code, or DESIGN §4 where it is narrower (full
references in lossanalytics/normalise/known_texts/SOURCES.md, twenty-first round, a)."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import Reading, canonical_status, read_status

CASES = [
    # Delivered to a parcel shop or an access point, stored there: waiting for the recipient.
    ("Doručeno do UPS Access Point", "available_for_pickup"),
    ("Doručeno do DPD ParcelShopu", "available_for_pickup"),
    ("Na žádost příjemce doručen na AP", "available_for_pickup"),
    ("uskladněno v parcelshop", "available_for_pickup"),
    ("V parcelshop", "available_for_pickup"),
    # Awaiting its delivery to the access point, or a delivery still to come: on the way.
    ("Čeká se na doručení na AP", "in_transit"),
    ("Zásilka bude doručena zítra", "in_transit"),
    ("Zásilka zadržena pro budoucí doručení", "in_transit"),
    # Not delivered, whatever the word order; an address or a closed business stops the delivery.
    ("zásilka nebyla doručena", "delivery_failed"),
    ("Zásilku se nepodařilo doručit", "delivery_failed"),
    ("Nelze doručit do AP, další pokus", "delivery_failed"),
    ("Adresa neúplná", "delivery_failed"),
    ("Číslo ulice chybné", "delivery_failed"),
    ("Pobočka zavřena, další pokus", "delivery_failed"),
    # Sent back, not sent by the sender.
    ("Odeslání zpět — adresát odmítl", "returned"),
    ("zpětné zaslání odesílateli", "returned"),
    ("Vrácení", "returned"),
    # A delay, a missort, a remote area: a problem on the way.
    ("Provozní zpoždění", "exception"),
    ("Doručení opožděno o 1 den", "exception"),
    ("Nesprávně roztříděno", "exception"),
    ("Odlehlá oblast — dodatečný čas", "exception"),
    # Delivered in other words.
    ("balíček jsme úspěšně doručili", "delivered"),
    ("zásilka je u vás", "delivered"),
    # The round today, the driver's round.
    ("Připraveno pro doručení dnes", "out_for_delivery"),
    ("rozvážená", "out_for_delivery"),
    # Taken over from the sender, at a depot or facility, processed, at customs: moving on.
    ("vyzvedli u odesílatele", "in_transit"),
    ("řidič - převzatá", "in_transit"),
    ("už je v našem depu", "in_transit"),
    ("dorazil/a do zařízení", "in_transit"),
    ("Balík zpracován v zařízení", "in_transit"),
    ("Proclení", "in_transit"),
    ("Podáno", "in_transit"),
    ("átszállítás", "in_transit"),
    # Only data: the parcel is not with the carrier yet.
    ("Registrace", "info_received"),
    ("pořízená", "info_received"),
]


@pytest.mark.parametrize(("raw", "expected"), CASES)
def test_the_construction_decides_the_status(raw: str, expected: str) -> None:
    assert canonical_status(raw) == expected


def test_the_evidence_is_the_carriers_words() -> None:
    assert read_status("Doručeno do UPS Access Point") == Reading(
        "available_for_pickup", "Doručeno do UPS Access Point", "text")
    assert read_status("Čeká se na doručení na AP") == Reading("in_transit", "Čeká se na doručení", "text")


# The narrow phrases stay narrow: a delivery with a delay, a parcel posted at a parcel shop, a failed
# delivery followed by storage and Slovak depot lines keep their reading.
NOT_WIDENED = [
    ("Doručeno se zpožděním", "delivered"),
    ("Doručeno dnes v 10:15", "delivered"),
    ("Zásilka byla podána v ParcelShopu", "in_transit"),
    ("Zásilka nebyla doručena, uložena na poště", "available_for_pickup"),
    ("Zásilka dorazila na výdejní místo", "available_for_pickup"),
    ("Odoslané z depa", "in_transit"),
]


@pytest.mark.parametrize(("raw", "expected"), NOT_WIDENED)
def test_the_broader_readings_are_kept(raw: str, expected: str) -> None:
    assert canonical_status(raw) == expected


@pytest.mark.parametrize("raw", ["Zásilka byla odeslána odesílatelem", "Ukončená", "Nová"])
def test_words_beyond_the_sources_meaning_are_not_read_by_these_phrases(raw: str) -> None:
    assert canonical_status(raw) == "unknown"
