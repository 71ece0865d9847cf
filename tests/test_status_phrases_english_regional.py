"""Hard distinctions of the seventeenth round (a): Canada Post's event descriptions, SMSA Express's
activity names, StarTrack's eServices statuses, Trax's and NovaX's statuses, a Pakistani courier's
non-delivery reasons, PARCELPOINT's and Royal Mail's messages. Each expected status is the source's
group or mapping, or the words where it gives none (full references in lossanalytics/normalise/known_texts/SOURCES.md,
seventeenth round, a); the last cases are the phrases' limits: where the same words mean something
else, they are not read this round's way."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import Reading, canonical_status, read_status

CASES = [
    # A return stated after its reason is a return.
    ("Refused by Customs. Unacceptable sender info. Item being returned to sender", "returned"),
    ("Recipient not located at address provided. Item being returned to sender.", "returned"),
    # The legs of a return, whatever their step.
    ("Return - In Transit", "returned"),
    ("Return - On Hold", "returned"),
    ("Return - Delivery Unsuccessful", "returned"),
    ("Return out for delivery", "returned"),
    ("Travelling back between cities. Not out for delivery yet.", "returned"),
    # Back at the carrier's depot, due out again: a failed delivery, not a return.
    ("Consignment has been returned to local carrier depot as undeliverable: to be re-delivered on a "
     "following day", "delivery_failed"),
    ("RETURNED TO CARRIER DEPOT", "delivery_failed"),
    ("To be Re-Delivered", "delivery_failed"),
    # Not yet out for delivery; not yet with the carrier.
    ("Travelling between cities. Not out for delivery yet.", "in_transit"),
    ("Consignment awaiting pickup by carrier", "info_received"),
    ("The sender has advised they've despatched your item to us.", "info_received"),
    # Holds, not parcels waiting for the recipient.
    ("Held at Delivery Depot", "exception"),
    ("Consignment held at carrier depot closest to receiver until a date and time authorised by receiver",
     "exception"),
    ("NCI (Undelivered shipment hold in operation for shipper/origin advice )", "exception"),
    ("Shipment - Not Attempted", "exception"),
    # A refusal, whatever it names; a consignee who cannot be reached or pay at the door.
    ("Refused Due to Duplicate Shipment", "delivery_failed"),
    ("Consignee Unable to Pay COD Charges", "delivery_failed"),
    ("Consignee Mobile Off", "delivery_failed"),
    # Collected by the recipient; left where the recipient asked.
    ("collected from retail", "delivered"),
    ("Your parcel has been collected from a PARCELPOINT.", "delivered"),
    ("LEFT AS INSTRUCTED", "delivered"),
    ("Awaiting Consignee for Collection", "available_for_pickup"),
    # Canada Post's dead-letter office (DESIGN: dead mail is lost).
    ("Item cannot be delivered as addressed; sent to the Undeliverable Mail Office", "lost"),
    # Limits: a stated return outweighs a reason; a depot hold for the recipient's collection waits
    # for pickup; a status naming its reason is no bare "not attempted"; a negated "left".
    ("Out of Service Area, returned to shipper", "returned"),
    ("Held at delivery depot for collection", "available_for_pickup"),
    ("Delivery not attempted - business closed", "delivery_failed"),
]


@pytest.mark.parametrize(("raw", "expected"), CASES)
def test_the_construction_decides_the_status(raw: str, expected: str) -> None:
    assert canonical_status(raw) == expected


def test_a_negated_phrase_is_not_read_as_its_outcome() -> None:
    assert canonical_status("Parcel could not be left as instructed") != "delivered"
    assert canonical_status("Not collected from depot") != "delivered"


def test_the_evidence_is_the_carriers_words() -> None:
    assert read_status("Return - In Transit") == Reading("returned", "Return - In Transit", "text")
