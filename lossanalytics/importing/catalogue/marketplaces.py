"""Amazon Seller Central flat files (tab-delimited, cp1252 or UTF-8, CRLF).

Both reports have one row per order item. The All Orders report has no tracking number:
its orders are stored under their order id and join the tracked parcel as soon as a
file with the same order id and a tracking number arrives (rebuild_parcels.sql).
Amazon's carrier codes (AMZN_US, FEDEX, USPS, …) are known to the carrier normaliser.
"""

from __future__ import annotations

from lossanalytics.importing.dialects import Dialect

_ORDER = {
    "order_id": ("amazon-order-id",),
    "marketplace": ("sales-channel",),
    "service": ("ship-service-level",),
    "dest_country": ("ship-country",),
    "currency": ("currency",),
    "declared_value": ("item-price",),
}

# The status normaliser reads Amazon's order statuses ("Shipped - Lost in Transit"); a
# parcel the buyer rejected is on its way back to the seller, not merely undelivered.
_ORDER_STATUSES = {"Shipped - Rejected by Buyer": "returned"}

AMAZON_ALL_ORDERS = Dialect(
    name="amazon_all_orders",
    priority=125,
    aliases={**_ORDER, "status": ("order-status",)},
    required=("order_id",),
    signature=("purchase-date", "order-status", "fulfillment-channel"),
    kind="orders",
    values={"status": _ORDER_STATUSES},
    line_items=True,
)

AMAZON_FULFILLED_SHIPMENTS = Dialect(
    name="amazon_fulfilled_shipments",
    priority=130,
    aliases={
        **_ORDER,
        "tracking_number": ("tracking-number",),
        "carrier": ("carrier",),
        "ship_date": ("shipment-date",),
        "estimated_delivery_date": ("estimated-arrival-date",),
    },
    signature=("shipment-id", "fulfillment-center-id"),
    kind="orders",
    # Every row is a shipment Amazon handed to the carrier: in transit until a
    # tracking source says more.
    constants={"status": "Shipped"},
    line_items=True,
)
