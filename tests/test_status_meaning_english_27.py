"""English read by its meaning (status_phrases_meaning_english_27, round 71): the middle of the journey and its
problems as regional couriers', last-mile carriers', forwarders' and shipping platforms' event tables write them, in
other words than the development corpus's rows where the words allow, written by the team to DESIGN §4's statuses.
Counter-examples: texts other steps read, or that this pass leaves alone."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    # An address the carrier could not geolocate, correct or confirm: an address being corrected.
    ("Delivery address could not be geocoded", "exception"),
    ("Recipient address could not be geolocated, correction needed", "exception"),
    ("Driver was unable to confirm the apartment number - recipient contacted", "exception"),
    ("We could not verify the address - customer asked to confirm", "exception"),
    # An address geolocated: planning before the carrier has the parcel.
    ("Delivery address geocoded", "info_received"),
    ("Address geolocated", "info_received"),
    # Received at a depot or hub without damage: moving on.
    ("Parcel arrived at the depot in good condition", "in_transit"),
    ("Package received at our hub without any damage", "in_transit"),
    # Not scanned in, or not collected on the planned run: not yet with the carrier.
    ("Consignment not scanned in at origin", "info_received"),
    ("Parcel was not collected on the scheduled run", "info_received"),
    # On the way to return it, or at the return location: coming back.
    ("Courier on the way to return the parcel", "returned"),
    ("Package arrived at the return depot", "returned"),
    # It could not be returned: held.
    ("Parcel cannot be returned to sender", "exception"),
    # A booking with a forwarder or carrier, or a manifest pending: information only.
    ("Carrier booking confirmed", "info_received"),
    ("Freight booking", "info_received"),
    ("Manifest pending", "info_received"),
    # In a hub or branch of origin or destination, said on its own: in the network.
    ("In Hub Destination", "in_transit"),
    ("At origin branch", "in_transit"),
    # Tracking stopped on its own: the tracking source gave up.
    ("Tracking stopped", "expired"),
    # No delivery attempt made: a delay.
    ("No delivery attempt made", "exception"),
    # An unexpected issue: held.
    ("Unexpected issue at the sorting centre", "exception"),
]

COUNTER_EXAMPLES = [
    # An address not found, or an attempt named beside it, is a failed delivery.
    ("Delivery attempted - address could not be found", "delivery_failed"),
    ("Address not found", "delivery_failed"),
    # Received damaged is damaged.
    ("Parcel received at the depot damaged", "damaged"),
    # A recipient's parcel not picked up and returned is a return; not yet picked up says nothing.
    ("Parcel not picked up by recipient, returned to sender", "returned"),
    ("Not yet picked up", "unknown"),
    # An outcome named beside a missed scan still decides.
    ("Parcel not scanned in at depot, delivered to recipient", "delivered"),
    # A return to come or made is a return.
    ("Parcel will be returned to sender", "returned"),
    ("Returned to sender", "returned"),
    # Forwarded moves on; a booking cancelled is cancelled.
    ("Forwarded to destination", "in_transit"),
    ("Booking cancelled", "cancelled"),
    # A number not found is unknown; an attempt that failed is a failed delivery.
    ("Tracking number not found", "unknown"),
    ("Delivery attempt failed", "delivery_failed"),
    # A branch named alone may be a counter for collection: left alone.
    ("At branch", "unknown"),
    # A scan at the warehouse moves on.
    ("Shipment scanned at the warehouse", "in_transit"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_middle_of_journey_events_read_by_meaning(text: str, expected: str) -> None:
    assert read_status(text).status == expected
