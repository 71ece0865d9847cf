"""English tracking texts read by their meaning, seventh pass (round 33): the wording of US regional carriers' event
codes, an Indian courier's undelivered reasons and shipping platforms' steps, in other words than the development
corpus's rows, written by the team to DESIGN §4's statuses and labelled by what they say (whose side a step is on, what
has happened to the parcel), never by what the reader outputs. Counter-examples stand beside them: a delivery scheduled
without a holiday, a return whose lock is set, an unsendable parcel that is damaged or wrongly addressed, a code the
recipient refused to share, a data entry that went wrong, a delivery refused at the door."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

EXAMPLES = [
    # The recipient's one-time code never came: the hand-over could not be made.
    ("Delivery OTP was not received", "delivery_failed"),
    ("One time password not received by customer", "delivery_failed"),
    ("Consignee did not receive the delivery code", "delivery_failed"),
    # A holiday puts the delivery off to the next working day: a delay.
    ("Public holiday - delivery on next business day", "exception"),
    ("Holiday, will be attempted the following working day", "exception"),
    # A pickup missed or declined: the parcel is still with the sender.
    ("Pickup declined - restricted item", "info_received"),
    ("Pick up refused by shipper", "info_received"),
    ("Courier missed the pickup", "info_received"),
    ("Missed pickup, driver arrived after closing", "info_received"),
    # A return to origin called off: on to the recipient.
    ("RTO lock withdrawn", "in_transit"),
    ("RTS lock has been revoked", "in_transit"),
    # The carrier will not send it, details asked for, parcels swapped: held on the carrier's side.
    ("Unsendable: lithium batteries", "exception"),
    ("More information required", "exception"),
    ("Further details requested - call our team", "exception"),
    ("Parcels swapped at the destination hub", "exception"),
    ("Shipment was mixed up with another consignment", "exception"),
    # No way through the gate or the lobby: the courier could not reach the door.
    ("Missing entry code for the building", "delivery_failed"),
    ("Lobby fob required", "delivery_failed"),
    ("Driver needs the buzzer code", "delivery_failed"),
    # Data only.
    ("Shipping request submitted", "info_received"),
    ("Order details were created", "info_received"),
    ("Shipment data entered", "info_received"),
]

COUNTER_EXAMPLES = [
    # A delivery scheduled with no holiday named moves on as planned.
    ("Scheduled for delivery on next business day", "in_transit"),
    # A return lock set is a return.
    ("RTO lock applied", "returned"),
    # An unsendable parcel keeps the outcome its words give it.
    ("Unsendable - parcel damaged in handling", "damaged"),
    ("Unsendable - address incomplete", "delivery_failed"),
    # A code the recipient refused to share is the recipient's refusal.
    ("Customer refused to share OTP", "delivery_failed"),
    # A data entry that went wrong is not data received.
    ("Data entry error", "unknown"),
    # A delivery refused at the door is no pickup.
    ("Delivery refused by consignee", "delivery_failed"),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES + COUNTER_EXAMPLES)
def test_seventh_pass_reads_by_meaning(text, expected):
    assert read_status(text).status == expected
