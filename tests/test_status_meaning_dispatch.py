"""On-demand and same-city dispatch states read by their meaning (round 38), in other words than the development
corpus's rows, written by the team to DESIGN §4's statuses and labelled by what they say (who holds the goods,
which end of the trip the courier is at), never by what the reader outputs. Counter-examples stand beside them: a
sender's pickup against a recipient's collection, a driver going to the sender against one going to the recipient,
a route cancelled against an order cancelled, a driver declining a job against a recipient refusing the goods."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    # A courier sought, proposed, assigned or answering the job: the goods are still with the sender.
    ("Searching for a courier near the store", "info_received"),
    ("Locating a rider for your order", "info_received"),
    ("Waiting for a driver to accept", "info_received"),
    ("Booked, a driver has yet to be assigned", "info_received"),
    ("Job accepted by the assigned rider", "info_received"),
    ("Accepted by a rider, not yet at the pickup", "info_received"),
    ("The courier has accepted the job", "info_received"),
    ("The rider has declined the order, finding another", "info_received"),
    ("Driver proposed, awaiting confirmation", "info_received"),
    ("Job broadcast to the three closest couriers", "info_received"),
    ("Delivery assigned to a nearby courier, waiting for his answer", "info_received"),
    # A courier heading to or standing at the sender's end.
    ("The rider is on his way to the pickup location", "info_received"),
    ("Courier travelling towards the origin", "info_received"),
    ("Driver is on the way to pick it up", "info_received"),
    ("The courier has arrived at the pickup location", "info_received"),
    ("En route to pickup", "info_received"),
    # A booking that nothing has moved yet.
    ("The order is in creation", "info_received"),
    ("The parcel isn't ready yet, the shop is packing it", "info_received"),
    ("Booking scheduled for a future date", "info_received"),
    ("The route of this order has been cancelled, a new one will be planned", "info_received"),
    ("A problem while collecting the goods from the shop", "info_received"),
    ("Ingresado", "info_received"),
    # A courier heading to or standing at the recipient's end, starting the round or taking the signature.
    ("The rider has collected the food and is heading to the drop-off", "out_for_delivery"),
    ("Courier on the way to the delivery point", "out_for_delivery"),
    ("The driver is at the drop-off location", "out_for_delivery"),
    ("The driver has started the route", "out_for_delivery"),
    ("Rider picked up the goods and started the delivery", "out_for_delivery"),
    ("Taking the recipient's signature", "out_for_delivery"),
    # Goods with the courier and moving.
    ("Parcel picked by the rider", "in_transit"),
    # Waiting for the customer to come for it.
    ("Your order is ready to be collected by the customer at the counter", "available_for_pickup"),
    # Bookings that ended before anything moved.
    ("The quote was rejected", "cancelled"),
    ("The order has been rejected because no courier accepted it", "cancelled"),
    # Outcomes and holds.
    ("A problem while delivering the goods", "delivery_failed"),
    ("Delivery successfully completed", "delivered"),
    ("Held in the rider's box until the next delivery intent", "exception"),
    ("Your booking is being handled by customer service", "exception"),
    ("Sin moradores en el domicilio", "delivery_failed"),
    ("Rechazado por el cliente", "delivery_failed"),
    ("Error en la dirección", "delivery_failed"),
]

COUNTER_EXAMPLES = [
    # A recipient's collection, not a sender's pickup.
    ("Picked up by the customer", "delivered"),
    ("Ready for collection at the pickup point", "available_for_pickup"),
    # A carrier taking the parcel in, not a courier taking the job.
    ("Accepted by courier", "in_transit"),
    # A return towards the origin, not a driver on his way to fetch the goods.
    ("Shipment on the way back to the origin", "returned"),
    # The order itself cancelled, not a route.
    ("The order has been cancelled", "cancelled"),
    # A recipient refusing, not a driver declining a job.
    ("Rejected by the recipient", "delivery_failed"),
    # A problem with no outcome named.
    ("There has been a problem with the delivery", "exception"),
    # A parcel moving between facilities, not a courier on his round.
    ("Departed from the origin facility", "in_transit"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_dispatch_states_read_by_meaning(text: str, expected: str) -> None:
    assert read_status(text).status == expected
