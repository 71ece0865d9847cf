"""Hard distinctions of the twenty-third round (b): Hungarian carriers' recipient notifications (Magyar Posta,
GLS Hungary, DPD Hungary, Foxpost, Packeta Hungary, Express One) read by their verb forms and word order, and
DHL Parcel Slovakia's status names. Each expected status is the source's own code or category, or DESIGN §4
where it is narrower (full references in lossanalytics/normalise/known_texts/SOURCES.md, twenty-third round, b)."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import Reading, canonical_status, read_status

CASES = [
    # Not yet with the carrier: a pre-advice, a number created, prepared by the sender, not yet handed over.
    ("Előértesítés", "info_received"),
    ("csomag feladásához szükséges csomagszámot hoztak létre", "info_received"),
    ("A csomagot még nem adták át a FOXPOST részére", "info_received"),
    ("a csomag(ok) fizikailag még nem került(ek) átadásra részünkre", "info_received"),
    ("küldemény előkészítéséről", "info_received"),
    ("GLS csomag információ / GLS parcel information", "info_received"),
    ("feladást követő munkanapon megkíséreljük kézbesíteni", "info_received"),
    # Posted in either word order, accepted for carriage, in the carrier's warehouse, processing started.
    ("Csomagot adtak fel neked", "in_transit"),
    ("partnerünk az Ön részére kézbesítendő csomago(ka)t adott fel", "in_transit"),
    ("most adta fel az Ön csomagját", "in_transit"),
    ("A szállítmányt elfogadták a szállításra", "in_transit"),
    ("Csomagod már a raktárunkban van", "in_transit"),
    ("Küldemény feldolgozása megkezdődött", "in_transit"),
    # A delivery still to come is no delivery.
    ("választott átvevőhelyre lesz kézbesítve", "in_transit"),
    ("Z-BOXba kerül kézbesítésre", "in_transit"),
    ("szerződéses szállítópartnerünk fog kézbesíteni", "in_transit"),
    # Today's round: taken over for delivery, an attempt today.
    ("futárunk a mai napon kézbesítésre átvette", "out_for_delivery"),
    ("mai napon megkíséreljük kézbesíteni", "out_for_delivery"),
    # Waiting for the recipient, in either word order; the bare "Csomagod megérkezett" notice.
    ("A csomag készen áll átvételre", "available_for_pickup"),
    ("átvételre készen áll az alábbi átvevőhelyen", "available_for_pickup"),
    ("csomagja készen áll a Z-BOXban történő átvételre", "available_for_pickup"),
    ("csomagodat elhelyeztük GLS Automatánkban", "available_for_pickup"),
    ("még mindig a Z-BOXban várja", "available_for_pickup"),
    ("Csomagod megérkezett", "available_for_pickup"),
    ("Csomagja érkezett", "available_for_pickup"),
    # Failed, delivered, late, taken back to the sender.
    ("nem járt sikerrel csomagjának kézbesítésével", "delivery_failed"),
    ("küldeményét a mai napon sikeresen kézbesítettük", "delivered"),
    ("küldemény kézbesítése sikeresen megtörtént", "delivered"),
    ("GLS Automatában átvett csomag utánvét nyugtáját", "delivered"),
    ("Késik a kézbesítés – új ETA: 5 perc", "exception"),
    ("visszaszállítjuk a feladó részére", "returned"),
    ("Át nem vett csomagodat visszaszállítottuk", "returned"),
    # DHL Parcel Slovakia: the carrier's reason after "Nedoručené" is a problem, damage is damage, a refusal
    # or an absent recipient fails the delivery, receipts at depots move on (also at the delivery depot).
    ("Nedoručené - porucha vozidla", "exception"),
    ("Nedoručené - neskorý príjazd zásielok na depo", "exception"),
    ("Nedoručené - zdržanie na colnici", "exception"),
    ("Nedoručené - chybné alebo chýbajúce doklady", "exception"),
    ("Príjem na iné depo - závlek", "exception"),
    ("Nedoručené - zásielka poškodená", "damaged"),
    ("Nedoručené - príjemca nezastihnutý / oznámenie", "delivery_failed"),
    ("Nedoručené - odmietnuté iný dôvod", "delivery_failed"),
    ("Príjem na rozvozové depo", "in_transit"),
    ("Príjem zo zahraničia", "in_transit"),
    ("Prevzatie od zákazníka", "in_transit"),
    ("Preváženie/váženie", "in_transit"),
    ("Výdaj partnerovi", "in_transit"),
    ("Nevyzdvihnutý osobný odber", "exception"),
    ("Vymazanie", "cancelled"),
]


@pytest.mark.parametrize(("raw", "expected"), CASES)
def test_the_construction_decides_the_status(raw: str, expected: str) -> None:
    assert canonical_status(raw) == expected


def test_the_evidence_is_the_carriers_words() -> None:
    assert read_status("Csomagot adtak fel neked") == Reading("in_transit", "adtak fel", "text")
    assert read_status("Nedoručené - zásielka poškodená") == Reading("damaged", "poškodená", "text")


# The new word forms stay narrow: an arrival somewhere named is still movement, a negated delivery fails, a
# delivery late is a delivery, a parcel taken back to a depot is no return, "Vážení zákazníci" (dear
# customers) is no weighing, a return named with an uncollected parcel stays a return.
NOT_WIDENED = [
    ("Csomagod megérkezett a depóba", "in_transit"),
    ("A csomag megérkezett", "in_transit"),
    ("Nem kézbesítettük", "delivery_failed"),
    ("Késve kézbesítve", "delivered"),
    ("A csomagot visszaszállítottuk a depóba", "in_transit"),
    ("Vážení zákazníci", "unknown"),
    ("Nevyzdvihnutá zásielka vrátená odosielateľovi", "returned"),
    ("Nedoručené", "delivery_failed"),
]


@pytest.mark.parametrize(("raw", "expected"), NOT_WIDENED)
def test_the_narrow_readings_stay(raw: str, expected: str) -> None:
    assert canonical_status(raw) == expected
