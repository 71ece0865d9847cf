"""English status labels of shipping integrations (status_phrases_english_labels).

Each case is labelled from the integration's own mapping of the label or the carrier's own
meaning, as named in the comment (sources in /work/notes/vocab8_sources.txt and
lossanalytics/normalise/known_texts/SOURCES.md); the negative cases keep a broad word from giving a specific status."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

CASES = [
    # OMS StatusMapper (code-index file 43614226515): Shiprocket current_status names before
    # the courier has the parcel map to PACKED/MANIFESTED, "NDR" to NDR, RTO ACKNOWLEDGED to
    # RTO_DELIVERED; NDR reasons of Shiprocket and Delhivery; Blue Dart, DTDC, Shadowfax, Ekart.
    ("READY TO SHIP", "info_received"),
    ("AWB ASSIGNED", "info_received"),
    ("PICKUP QUEUED", "info_received"),
    ("PICKUP GENERATED", "info_received"),
    ("OUT FOR PICKUP", "info_received"),
    ("NDR", "delivery_failed"),
    ("RTO ACKNOWLEDGED", "returned"),
    ("CONTACT NUMBER NOT REACHABLE", "delivery_failed"),
    ("PHONE SWITCHED OFF", "delivery_failed"),
    ("COD NOT READY", "delivery_failed"),
    ("CASH NOT AVAILABLE", "delivery_failed"),
    ("CUSTOMER REQUESTED RESCHEDULE", "delivery_failed"),
    ("COD amount not ready", "delivery_failed"),
    ("Customer Unreachable", "delivery_failed"),
    ("Shipment Created", "info_received"),
    ("Non Delivery", "delivery_failed"),
    ("Booked", "info_received"),
    ("Pickup Assigned", "info_received"),
    ("Created", "info_received"),
    # Delhivery status mappings (code-index file 39371649464): UD|NOT PICKED is pickup_pending,
    # category pending; the integration's own internal names for reverse pickups and NDRs.
    ("NOT PICKED", "info_received"),
    ("pickup_pending", "info_received"),
    ("out_for_pickup", "info_received"),
    ("ndr", "delivery_failed"),
    ("rto_in_transit", "returned"),
    # RapidShyp (code-index file 31539060788): OFP shippingStatus pending, PUC shipped.
    ("Out for Pickup", "info_received"),
    ("Pickup Completed", "in_transit"),
    # Dart TrackingStatus enum (code-index file 46596362702): "label has been printed but not
    # yet dispatched", "ready for pickup in store".
    ("Printed", "info_received"),
    ("PickupInStore", "available_for_pickup"),
    # Amazon Shipping event mapping (code-index file 17746758656): FORWARD status NDR.
    ("RecipientRequestedAlternateDeliveryTiming", "delivery_failed"),
    # Shopify FulfillmentEventStatus (code-index file 56072211661): a label purchased; a
    # fulfillment confirmed, the default while no carrier information exists.
    ("LABEL_PURCHASED", "info_received"),
    ("CONFIRMED", "info_received"),
    # Royal Mail event names (code-index file 23184260470): EVGPD, EVNSR, EVNDA, EVAIE.
    ("Due to be delivered today", "out_for_delivery"),
    ("Item Prepared for Redelivery", "delivery_failed"),
    ("Available for Redelivery or Collection", "available_for_pickup"),
    ("Sender despatching item", "info_received"),
    # A recorded Delhivery response (code-index file 1699096228), each scan with its status:
    # NOT_PICKED and WAITING_PICKUP before the pickup, RETURNED, OUT_DELIVERY_SELLER ("Dispatched
    # for RTO") and DELIVERED_SELLER ("RETURN Accepted") on the way back to the seller.
    ("Package not picked/recieved from client", "info_received"),
    ("Received soft data for consignment.", "info_received"),
    ("Request for delayed pickup", "info_received"),
    ("Shipment Recieved at Origin Center", "in_transit"),
    ("Consignment received at return city", "returned"),
    ("RETURN Accepted", "returned"),
    ("OUT_DELIVERY", "out_for_delivery"),
    ("OUT_DELIVERY_SELLER", "returned"),
    ("DELIVERED_SELLER", "returned"),
    # Its converter (code-index file 35135667863): "Consignment received" is in transit.
    ("Consignment received", "in_transit"),
    # An order status enum (code-index file 24166308302): Awaiting Despatch, then Despatched.
    ("Awaiting Despatch", "info_received"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_integration_labels(text: str, expected: str) -> None:
    assert read_status(text).status == expected


# A label word inside a longer text keeps the meaning the longer text gives it.
NEGATIVE = [
    ("Delivery confirmed", "delivered"),       # "confirmed" counts written alone only
    ("RTO NDR", "returned"),                  # a failed delivery back to the seller is a return
    ("Customer refused - NDR raised", "delivery_failed"),
    ("Pickup completed by the recipient", "unknown"),  # not the carrier's pickup from the seller
    ("pickup001", "out_for_delivery"),        # TrackingMore's own numbered pickup tag still reads
    ("PICKUP_EXCEPTION", "exception"),        # a separated label is no TrackingMore pickup tag
    ("DELIVERED_OTHER", "delivered"),         # a delivered sub-status other than to the seller
    ("Item awaiting despatch at the hub", "in_transit"),  # "awaiting despatch" counts alone only
]


@pytest.mark.parametrize(("text", "expected"), NEGATIVE)
def test_label_words_in_longer_texts(text: str, expected: str) -> None:
    assert read_status(text).status == expected


def test_not_picked_up_alone_is_not_a_pickup_still_to_come() -> None:
    # A post office writes "Not picked up" of a parcel left unclaimed; only Delhivery's
    # "Not Picked" is the courier's pickup from the seller still to come.
    assert read_status("Not picked up").status != "info_received"
    assert read_status("Parcel not picked up from the locker").status != "info_received"
    assert read_status("Not Picked").status == "info_received"
