"""Hard distinctions in the Nordic languages and in exception wording: the same words in
another construction mean another step. Each case is a published text labelled from its
publisher's code or meaning (sources in lossanalytics/normalise/known_texts/SOURCES.md)."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import Reading, canonical_status, read_status

CASES = [
    # PostNord (Swedish): forwarded to the service point, arrived there, handed over.
    ("Försändelsen är vidaresänd till mottagarens utlämningsställe", "in_transit"),
    ("Försändelsen har kommit till mottagarens utlämningsställe. Express körs ut till mottagaren, övriga försändelser "
     "aviseras", "available_for_pickup"),
    ("Försändelsen är överlämnad till mottagaren", "delivered"),
    # TrackingMore notfound001 (Swedish): "about to be picked up" by the carrier.
    ("Information mottagen/info mottagen. Paketet är på väg att hämtas.", "info_received"),
    # UPS Sweden: with a driver; at an Access Point; more address information needed.
    ("Den lokala UPS-anläggningen har tagit emot försändelsen och skickat den till en chaufför för slutleverans.",
     "out_for_delivery"),
    ("Ett utvalt UPS Access Point-utlämningsställe har tagit emot försändelsen och den är redo att hämtas när det "
     "passar mottagaren.", "available_for_pickup"),
    ("Undantag: Åtgärd krävs: Sändningen befinner sig just nu inom UPS nätverk. Mer information om leveransadressen "
     "behövs dock.", "exception"),
    # Bring status codes written with their Norwegian names.
    ("KLAR_FOR_HENTING", "available_for_pickup"),
    ("FORSØKT_UTLEVERT", "delivery_failed"),
    ("UTLEVERT", "delivered"),
    ("UTKJØRING_TIL_MOTTAKER", "out_for_delivery"),
    ("Sendingen er ankommet postkontor", "available_for_pickup"),
    ("Sendingen er ankommet terminal og blir videresendt", "in_transit"),
    ("Ingen sending er mottatt ennå, kun melding om dette", "info_received"),
    # Posti (Finnish) phases and events.
    ("Lähetys ei ole vielä saapunut Postille", "info_received"),
    ("Lähetys on saapunut varastolle", "in_transit"),
    ("Lähetys on noudettavissa", "available_for_pickup"),
    ("Asiakas noutanut", "delivered"),
    ("Lähetys on toimitettu", "delivered"),
    ("Lähetys on palautettu", "returned"),
    # Danish freight codes: refused, delivered with signature, damaged.
    ("Modtagelse nægtet", "delivery_failed"),
    ("Leveret med underskrift", "delivered"),
    ("Skadet ved transit", "damaged"),
    # 17TRACK: the recipient not found is a failed delivery; destroyed by customs is lost;
    # AfterShip Exception_001 keeps its generic "shipping exception".
    ("Delivery of the package failed due to the recipient not found.", "delivery_failed"),
    ("Delivery of the package failed due to some shipping exception", "exception"),
    ("The package was destroyed by customs due to security risks or other reasons.", "lost"),
    # Bring (English): pre-advice, handed in, loaded for delivery.
    ("EDI message for the package has been received by Bring.", "info_received"),
    ("No shipment has been received yet, only notification of the shipment.", "info_received"),
    ("Package has been handed in to Bring.", "in_transit"),
    ("Package has been loaded for delivery to the recipient.", "out_for_delivery"),
    # FedEx (French) exception examples, Woop statuses.
    ("Retard en douane", "exception"),
    ("Absence d’une personne pouvant réceptionner le colis", "delivery_failed"),
    ("Livraison en échec avec retour magasin", "returned"),
    # Freight codes (German): a wrong address fails the delivery; a cancelled route is a problem.
    ("Verkehrte Adresse", "delivery_failed"),
    ("Tour abgebrochen", "exception"),
    ("Geliefert mit Unterschrift", "delivered"),
]


@pytest.mark.parametrize(("raw", "expected"), CASES)
def test_the_construction_decides_the_status(raw: str, expected: str) -> None:
    assert canonical_status(raw) == expected


def test_nordic_letters_stay_in_the_phrases() -> None:
    # "ø" has no accent to fold off: the phrase keeps it, "å" and "ä" fold to "a".
    assert read_status("FORSØKT_UTLEVERT") == Reading("delivery_failed", "FORSØKT_UTLEVERT", "text")
    assert read_status("Väntar på att kunden hämtar") == Reading(
        "available_for_pickup", "Väntar på att kunden hämtar", "text")
