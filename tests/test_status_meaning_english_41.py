"""English read by their meaning (status_phrases_meaning_english_41, round 135): the states before the carrier, the last
leg, failed attempts, returns and exceptions as a courier's status-code glosses, a marketplace's order-item transitions,
a courier's API status tables and a tracking platform's states word them, in other words than the development corpus's
rows where the words allow, written by the team to DESIGN §4's statuses. Counter-examples: texts other steps read, or
that this pass leaves alone."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    # A transit manifest, a manifest arrived or handed on inside the network: movement.
    ("Parcel added to the transit manifest at Dubai hub", "in_transit"),
    ("Transit manifest received", "in_transit"),
    ("Manifest reached destination hub", "in_transit"),
    ("Manifest handed over to the depot", "in_transit"),
    # A delivery run's manifest made: the last leg.
    ("Delivery run manifest generated", "out_for_delivery"),
    # A cancellation rejected, the order already being packed: still before the carrier.
    ("Cancellation request declined - order already being packed", "info_received"),
    # Not yet picked up from the seller; a pickup rescheduled: before the carrier.
    ("Parcel has not yet been collected from the seller's warehouse", "info_received"),
    ("Your parcel pickup was rescheduled to Monday", "info_received"),
    # Arrived at a delivery centre, not yet dispatched for delivery: movement.
    ("Consignment arrived at the delivery centre but not yet dispatched for delivery", "in_transit"),
    # Dispatched for delivery to the consignee: the last leg.
    ("Return parcel dispatched for delivery to the client", "out_for_delivery"),
    ("Item dispatched for delivery to the consignee this morning", "out_for_delivery"),
    # Accepted by the end consignee, or by the client with the POD: delivered.
    ("Consignment was accepted by the end consignee", "delivered"),
    ("Accepted by customer and POD received", "delivered"),
    # Read only where nothing else reads them: before the carrier.
    ("Consignment data amended", "info_received"),
    ("Fulfilment centre allocated", "info_received"),
    ("Picking has begun", "info_received"),
    ("Packed, quality check done", "info_received"),
    ("Courier is waiting for the seller to drop the box off", "info_received"),
    ("Executive out in field to pick up the return", "info_received"),
    ("The courier will pick up your parcel from you", "info_received"),
    # Out for some kind of delivery: the last leg.
    ("Out for express delivery", "out_for_delivery"),
    # Failed attempts.
    ("No response", "delivery_failed"),
    ("Incorrect mobile number", "delivery_failed"),
    ("Recipient unreachable", "delivery_failed"),
    ("Far zone", "delivery_failed"),
    ("Customer asked to come back tomorrow", "delivery_failed"),
    ("Max delivery attempts exceeded", "delivery_failed"),
    # A request to cancel: cancelled; the carrier to be contacted: a problem.
    ("Seller requested to cancel", "cancelled"),
    ("Courier should be contacted", "exception"),
]

COUNTER_EXAMPLES = [
    # A shipment manifested (its data) stays before the carrier; a manifest scan stays movement.
    ("Shipment manifested", "info_received"),
    ("Manifest Scan", "in_transit"),
    # A cancellation approved stays a cancellation.
    ("Cancellation approved", "cancelled"),
    # Picked up from the seller stays movement; a delivery rescheduled stays a delivery put off.
    ("Picked up from the seller", "in_transit"),
    ("Delivery rescheduled", "exception"),
    # An order not yet dispatched stays with its sender.
    ("Orders received but not yet dispatched.", "info_received"),
    # A delivery refused by the customer stays a failed delivery, not a delivery.
    ("Shipment not accepted by the end customer", "delivery_failed"),
    # Out for a return's delivery is not the last leg of a delivery.
    ("Out for RTO delivery", "returned"),
    # Shipment data updated (at any stage) is not read by this pass.
    ("Shipment data updated", "unknown"),
    # A delivery wanted on a later day, alone, says no attempt: left unread.
    ("Future delivery", "unknown"),
    ("Future Delivery Request", "unknown"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_courier_and_platform_states_read_by_meaning(text: str, expected: str) -> None:
    assert read_status(text).status == expected
