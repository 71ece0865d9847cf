"""Status and sub-status codes of tracking platforms, carrier APIs and marketplaces, each
mapped to a canonical status (DESIGN §4) by the meaning its publisher gives it.

Keys are compact: case-folded, without spaces, underscores, hyphens, dots or slashes.
Sources, as published by each vendor (read 2026-12):
- AfterShip "Delivery Statuses" and "Delivery Sub-statuses" (aftership.com/docs/tracking/
  enum/delivery-sub-statuses, 2025-04 and 2026-07 versions; the Exception_016…021
  additions of 27 March 2026 from AfterShip's help centre "Learn About Delivery Sub-Status").
- 17TRACK API v2 "Main status and sub-status" table.
- TrackingMore "logistics status" (trackingmore.com/docs/logistics_status.php).
- EasyPost, Shippo and ShipEngine tracking status enums; Karrio's TrackerStatus.
- FedEx Track API scan event codes; Amazon Seller Central order and shipment statuses.
- Amazon Shipping API v2 EventCode, Status and DetailCodes, and Easy Ship shipment
  statuses (Selling Partner API models).
- Delhivery's older tracking API scan statuses, as a recorded response shows them.
"""

from __future__ import annotations

# A platform sub-status written "<Tag>_<detail>" that is not listed below takes its
# tag's status (AfterShip "InTransit_007", 17TRACK "InTransit_PickedUp").
TAGS: dict[str, str] = {
    "pending": "info_received",
    "inforeceived": "info_received",
    "intransit": "in_transit",
    "outfordelivery": "out_for_delivery",
    "attemptfail": "delivery_failed",
    "deliveryfailure": "delivery_failed",
    "delivered": "delivered",
    "availableforpickup": "available_for_pickup",
    "exception": "exception",
    "expired": "expired",
    "notfound": "unknown",
    # TrackingMore writes its sub-statuses "transit001", "undelivered002" without a separator.
    "transit": "in_transit",
    "pickup": "out_for_delivery",
    "undelivered": "delivery_failed",
}

# Sub-statuses whose meaning differs from their tag's: they decide the outcome. Keyed
# with their separator as "_" (AfterShip "Exception_011", 17TRACK "Exception_Returned").
SUBSTATUS_CODES: dict[str, str] = {
    # AfterShip: the exceptions that say what happened.
    "exception_002": "delivery_failed",   # customer moved
    "exception_003": "delivery_failed",   # customer refused delivery
    "exception_007": "delivery_failed",   # incorrect address
    "exception_010": "returned",          # returning to sender
    "exception_011": "returned",          # returned to sender
    "exception_012": "damaged",           # shipment damage
    "exception_013": "lost",              # shipment lost
    "exception_020": "cancelled",         # shipment cancelled (2026)
    "exception_021": "lost",              # shipment disposed (2026)
    # 17TRACK.
    "exception_returning": "returned",
    "exception_returned": "returned",
    "exception_lost": "lost",
    "exception_damage": "damaged",
    "exception_destroyed": "lost",
    "exception_cancel": "cancelled",
    "exception_nobody": "delivery_failed",
    "exception_rejected": "delivery_failed",
    "intransit_customsrequiringinformation": "exception",
    "notfound_invalidcode": "unknown",
}

# TrackingMore sub-statuses, written without a separator ("exception008"): its numbers
# mean other things than AfterShip's "Exception_008".
TRACKINGMORE_CODES: dict[str, str] = {
    "notfound001": "info_received",
    "notfound002": "unknown",
    "exception004": "exception",         # unclaimed at the pickup point
    "exception006": "exception",         # held by customs
    "exception008": "cancelled",         # cancelled before pickup
    "exception007": "damaged",
    "exception009": "delivery_failed",   # refused by the receiver
    "exception010": "returned",
    "exception011": "returned",          # being returned
}

# Whole status values of APIs and marketplaces.
STATUS_CODES: dict[str, str] = {
    # EasyPost, Shippo, ShipEngine and Karrio.
    "pretransit": "info_received",
    "transit": "in_transit",
    "returntosender": "returned",
    "returned": "returned",
    "failure": "exception",
    "error": "exception",
    "canceled": "cancelled",
    "onhold": "exception",
    "deliverydelayed": "exception",
    "readyforpickup": "available_for_pickup",
    "informationreceived": "info_received",
    "damage": "damaged",
    "undelivered": "delivery_failed",
    "pickup": "out_for_delivery",        # TrackingMore: "also known as Out For Delivery"
    # ShipEngine status codes (its "DE", delivered, clashes with FedEx: see SOURCE_CODES).
    "ac": "in_transit",
    "ex": "exception",
    "un": "unknown",
    "at": "delivery_failed",
    "ny": "info_received",
    "sp": "available_for_pickup",
    # FedEx scan event codes.
    "oc": "info_received",
    "pu": "in_transit",
    "dp": "in_transit",
    "ar": "in_transit",
    "af": "in_transit",
    "it": "in_transit",
    "as": "in_transit",
    "cc": "in_transit",
    "cp": "in_transit",
    "od": "out_for_delivery",
    "hl": "available_for_pickup",
    "de": "delivery_failed",
    "se": "exception",
    "cd": "exception",
    "dd": "exception",
    "dy": "exception",
    "dl": "delivered",
    "ca": "cancelled",
    "rs": "returned",
    # Amazon order statuses.
    "shipped": "in_transit",
    "shipping": "in_transit",
    "partiallyshipped": "in_transit",
    "unshipped": "info_received",
    "pendingavailability": "info_received",
    "invoiceunconfirmed": "info_received",
    # Amazon Shipping API v2 event codes and statuses, Easy Ship shipment statuses.
    "readyforreceive": "info_received",
    "pendingschedule": "info_received",
    "pendingpickup": "info_received",
    "pendingdropoff": "info_received",
    "pickupdone": "in_transit",
    "packagereceivedbycarrier": "in_transit",
    "arrivedatcarrierfacility": "in_transit",
    "droppedoff": "in_transit",
    "atoriginfc": "in_transit",
    "atdestinationfc": "in_transit",
    "deliveryattempted": "delivery_failed",
    "rejectedbybuyer": "delivery_failed",
    "awaitingcustomerpickup": "available_for_pickup",
    "pickupcancelled": "cancelled",
    "labelcanceled": "cancelled",
    "returninitiated": "returned",
    "returningtoseller": "returned",
    "returnedtoseller": "returned",
    "lostintransit": "lost",
    # Delhivery's older tracking API: out for delivery, and on the way back to and
    # accepted by the seller ("Dispatched for RTO", "RETURN Accepted").
    "outdelivery": "out_for_delivery",
    "outdeliveryseller": "returned",
    "deliveredseller": "returned",
    # Amazon Shipping detail codes: why a delivery did not happen.
    "businessclosed": "delivery_failed",
    "customerunavailable": "delivery_failed",
    "unabletoaccess": "delivery_failed",
    "unabletocontactrecipient": "delivery_failed",
}

# Codes whose meaning depends on who wrote them; the default above follows FedEx,
# whose scan codes appear in the real track data this product is tested with.
SOURCE_CODES: dict[str, dict[str, str]] = {
    "shipengine": {"de": "delivered"},
}
