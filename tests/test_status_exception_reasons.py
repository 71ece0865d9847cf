"""English exception, delay and non-delivery reasons, and negated steps.

Every case is labelled from its source's own code, group or meaning, or from DESIGN §4 where the
source's group is coarser (sources in lossanalytics/normalise/known_texts/SOURCES.md, "English exception, delay and
non-delivery reasons", and /work/notes/round8b_sources.txt): refused, bad address, moved, business
closed or recipient away is a failed delivery; held, missent, rescheduled or delayed is a
problem; customs clearance in progress or released is transit. The traps keep a reason from losing to
a step word later in the same text ("Dispatch", "delivering", "Delivery exception"), and a negated
step ("not accepted", "not arrived") from reading as the step itself."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import read_status

SOURCED = [
    # X12 214 AT701 shipment status and AT702 status reason names (code-index file 43479859933).
    ("Shipment Delayed", "exception"),                                   # AT701 SD
    ("U.S. Customs Hold at In-Bond Location", "exception"),             # AT701 PR
    ("Paperwork Received - Did not Receive Shipment or Equipment", "info_received"),  # AT701 OO
    ("Arrived at Customs", "in_transit"),                                # AT701 K1
    ("Shipment has been Reconsigned", "in_transit"),                     # AT701 AI
    ("Address Corrected - Delivery Attempted", "delivery_failed"),      # AT702 A6
    ("Mis-sort", "exception"),                                           # AT702 AA
    ("Restricted Articles Unacceptable", "exception"),                   # AT702 AE
    ("Weather or Natural Disaster Related", "exception"),                # AT702 AO
    ("Hold Due to Customs Documentation Problems", "exception"),         # AT702 AS
    ("Unable to Contact Recipient for Broker Information", "exception"), # AT702 AT
    ("Exceeds Service Limitations", "exception"),                        # AT702 AV
    ("Consignee Closed", "delivery_failed"),                             # AT702 B1
    ("Held per Shipper", "exception"),                                   # AT702 BB
    ("Missing Documents", "exception"),                                  # AT702 BC
    ("Road Conditions", "exception"),                                    # AT702 BE
    ("Held for Protective Service", "exception"),                        # AT702 BL
    ("Refused by Customer", "delivery_failed"),                          # AT702 BS
    ("Waiting for Customer Pick-up", "available_for_pickup"),            # AT702 C1
    ("Credit Hold", "exception"),                                        # AT702 C2
    ("Suspended at Customer Request", "exception"),                      # AT702 C3
    ("Customer Vacation", "delivery_failed"),                            # AT702 C4
    ("Customer Strike", "exception"),                                    # AT702 C5
    ("Waiting Shipping Instructions", "exception"),                      # AT702 C6
    ("Cash Not Available From Consignee", "delivery_failed"),            # AT702 C9
    ("Carrier Dispatch Error", "exception"),                             # AT702 D1
    ("Driver Not Available", "exception"),                               # AT702 D2
    ("Processing Delay", "exception"),                                   # AT702 P1
    ("Waiting Inspection", "exception"),                                 # AT702 P2
    ("Held for Full Carrier Load", "exception"),                         # AT702 P4
    ("Trailer not Available", "exception"),                              # AT702 T3
    ("Insufficient Delivery Time", "exception"),                         # AT702 T7
    # UPS activity descriptions with a PrestaShop module's groups (code-index file 20518983022).
    ("The receiving business was closed and delivery has been rescheduled for the next business day.",
     "delivery_failed"),                                                 # 55
    ("Customer was not available when UPS attempted delivery. Will deliver to a nearby UPS Access Point™ "
     "for customer pick up.", "delivery_failed"),                       # 5R
    ("UPS Access Point™ location closed and package not delivered. Another attempt will be made to UPS "
     "Access Point™ location.", "delivery_failed"),                     # 3J
    ("The receiver was not available for delivery. We'll make a second attempt the next business day.",
     "delivery_failed"),                                                 # 48
    ("This package is being held for a future delivery date.", "exception"),  # MF
    ("Uncontrollable events have delayed delivery. We are adjusting delivery plans as quickly as possible. "
     "Please check back on the next business day for updates.", "exception"),  # C5
    ("We tried to deliver to the business, but it was closed. A second attempt will be made the next "
     "business day.", "delivery_failed"),                               # G3
    ("The delivery date has been rescheduled as the receiver requested.", "exception"),  # ZC
    ("The receiver requested an alternate delivery address. The request is in progress.", "in_transit"),  # UD
    ("We've incorrectly sorted this package which may cause a delay.", "exception"),  # 34
    ("The maximum days to hold the package at the UPS Access Point™ location expired. The package will be "
     "returned.", "returned"),                                           # 6C
    ("The receiver does not want the product and refused the delivery.", "delivery_failed"),  # KR
    ("We've begun an investigation to locate the package.", "exception"),  # UP
    ("Delivered to UPS Access Point™ location and awaiting customer pickup.", "available_for_pickup"),  # ZP
    ("The package remains at the UPS Access Point™ location and is reaching the maximum days allowed to be "
     "held.", "available_for_pickup"),                                   # 5G
    ("The receiving business was closed at the time of the final delivery attempt.", "delivery_failed"),  # AY
    ("The sender requested that we hold this package.", "exception"),   # T3
    ("Shipper created a label, UPS has not received the package yet.", "info_received"),  # MP
    # FedEx events of a recorded eg1 response (code-index file 28097993869).
    ("Delivery exception: Customer not available or business closed", "delivery_failed"),  # 907
    ("Delivery exception: A request was made to change this delivery date.", "exception"),
    ("On the way: Package available for clearance", "in_transit"),       # 3001
    ("On the way: A trusted third-party vendor is on the way with your package.", "out_for_delivery"),  # 3450
    ("Customs Clearance: Import Released", "in_transit"),                # 3400
    ("Customs Clearance: Import In-Progress", "in_transit"),             # 3350
    ("International shipment release - Import", "in_transit"),           # 3400
    # A Gulf courier's status names with its integration's internal status (code-index file 58032918988).
    ("Held in Customs", "exception"),                                    # 27, filed in_transit: DESIGN
    ("Held For Consignee Pickup", "available_for_pickup"),               # 20, filed in_transit: DESIGN
    ("Shipment on Hold - Shipper", "exception"),                         # 92 shipment_on_hold
    ("Shipment on Hold - Warehouse", "exception"),                       # 109 shipment_on_hold
    ("Un Delivered", "delivery_failed"),                                 # 115, filed in_transit: the words
    ("No Answer", "delivery_failed"),                                    # 6 no_answer
    ("Custom Clearance in Process", "in_transit"),                       # 68
    ("Cleared From Customs", "in_transit"),                              # 69
]


@pytest.mark.parametrize("text, expected", SOURCED)
def test_sourced_exception_and_non_delivery_texts(text, expected):
    assert read_status(text).status == expected


# The words that decide, as the carrier wrote them: the reason, not the step word beside it.
DECIDING_WORDS = [
    ("Carrier Dispatch Error", "exception", "Dispatch Error"),
    ("Delivery exception: A request was made to change this delivery date.", "exception",
     "request was made to change this delivery date"),
    ("Paperwork Received - Did not Receive Shipment or Equipment", "info_received", "Did not Receive Shipment"),
    ("The receiver requested an alternate delivery address. The request is in progress.", "in_transit",
     "receiver requested an alternate delivery address"),
]


@pytest.mark.parametrize("text, expected, evidence", DECIDING_WORDS)
def test_the_reason_decides_not_the_step_word(text, expected, evidence):
    reading = read_status(text)
    assert (reading.status, reading.evidence) == (expected, evidence)


NEGATIONS = [
    # A refusal (Hermes "was not accepted when delivery was attempted" and DHL Paket "nicht
    # angenommen" are failed deliveries in SOURCES.md); the carrier turning a parcel away is a
    # problem (as "rejected by carrier"); not yet accepted, the carrier does not have it.
    ("Not accepted", "delivery_failed"),
    ("Parcel not accepted by recipient", "delivery_failed"),
    ("Shipment not accepted by carrier", "exception"),
    ("Not yet accepted", "info_received"),
    # The carrier without the parcel (UPS MP, X12 AT701 OO above; the Dart enum's "label has been
    # printed but not yet dispatched", SOURCES.md sixth round).
    ("Not yet dispatched", "info_received"),
    ("Not dispatched", "info_received"),
    ("UPS has not received the package yet", "info_received"),
    # An expected arrival or loading that did not happen is a problem (DHL Paket "nicht …
    # eingetroffen" is one in SOURCES.md; DESIGN §4: missed connection, capacity).
    ("Not arrived", "exception"),
    ("Shipment has not arrived", "exception"),
    ("Shipment not loaded", "exception"),
    # Not collected by the recipient: unclaimed, a problem, not "collected by the customer";
    # the notice before a return still waits for the recipient; a stated return is a return.
    ("Package not picked up by recipient", "exception"),
    ("Parcel not collected by the customer", "exception"),
    ("Item will be returned to sender if not collected by the recipient", "available_for_pickup"),
    ("Package returned to sender/not picked up", "returned"),
    # "Not picked up" alone is the courier's (Indian aggregators' "Not Picked") or the recipient's
    # (a post office's): unread, and neither a pickup scan nor a delivery; so are "not scanned"
    # and "not received by the customer".
    ("Not picked up", "unknown"),
    ("Not scanned", "unknown"),
    ("Item not received by customer", "unknown"),
    # The positive steps still read as before.
    ("Accepted", "in_transit"),
    ("Arrived at Facility", "in_transit"),
    ("Picked up", "in_transit"),
    ("Picked up by recipient", "delivered"),
    ("Received by customer", "delivered"),
]


@pytest.mark.parametrize("text, expected", NEGATIONS)
def test_a_negated_step_is_not_the_step(text, expected):
    assert read_status(text).status == expected


# DESIGN §4: a rescheduled delivery is a problem; with a failed attempt as its reason it stays one.
@pytest.mark.parametrize("text, expected", [
    ("Delivery rescheduled", "exception"),
    ("Delivery date changed", "exception"),
    ("Business closed - delivery rescheduled", "delivery_failed"),
    ("CUSTOMER REQUESTED RESCHEDULE", "delivery_failed"),  # Shiprocket's NDR reason (SOURCES.md sixth round)
    ("Missent", "exception"),
    ("Local holiday", "exception"),
    ("Strike", "exception"),
    ("Natural disaster", "exception"),
])
def test_rescheduling_and_delay_reasons(text, expected):
    assert read_status(text).status == expected
