"""Public shipment data sets that have no carrier tracking number (docs/real-data.md).

Each is claimed only by its telltale columns (`signature`). Where a data set has a row
or booking ID but no tracking number, that ID is the parcel key, prefixed with the
data set's name when it is a bare row number, so ID 1 of one data set never merges
with ID 1 of another. Constants state what the data set's publisher says of all rows.
"""

from __future__ import annotations

from lossanalytics.importing.dialects import Dialect

# USAID Supply Chain Shipment Pricing Data (SCMS Delivery History): one row per
# line-item shipment, keyed by its ID. Scheduled vs delivered-to-client dates give
# lateness; "Shipment Mode" the mode; "Fulfill Via" (Direct Drop / From RDC) is the
# service. Vendor is the goods' supplier, not the carrier, so the carrier stays unknown.
# The weight column also holds text ("Weight Captured Separately"), set aside per row.
# "Line Item Insurance (USD)" is the premium paid (about 0.16% of the line's value), not the
# amount insured: read as the insured value it made a 40,000 USD line claimable for 60.60 USD.
# The model has no place for a premium, so it stays unread and the seller is told why.
SCMS_DELIVERY_HISTORY = Dialect(
    name="scms_delivery_history",
    priority=150,
    aliases={
        "tracking_number": ("ID",),
        "order_id": ("PO / SO #",),
        "mode": ("Shipment Mode",),
        "service": ("Fulfill Via",),
        "dest_country": ("Country",),
        "estimated_delivery_date": ("Scheduled Delivery Date",),
        "delivered_date": ("Delivered to Client Date",),
        "declared_value": ("Line Item Value",),
        "weight": ("Weight (Kilograms)",),
    },
    column_notes={"Line Item Insurance (USD)": "import.note.insurance_premium"},
    signature=("ASN/DN #", "Managed By", "Vendor INCO Term"),
    kind="tracking",
    constants={"currency": "USD"},
    key_prefix="SCMS-",
)

# Delivery truck trips (VTS data, India 2019–2020): one full-truckload trip per
# booking. The transporter is the carrier, the vehicle type the service; Planned_ETA
# against actual_eta gives lateness. All trips run by road within India. 37 of the 6,880
# trips have no actual_eta but a trip_end_date (and an on-time or delay mark): they ended,
# so the trip's end is their delivery when no arrival time was written.
TRUCK_TRIPS = Dialect(
    name="truck_trips",
    priority=145,
    aliases={
        "tracking_number": ("BookingID",),
        "carrier": ("supplierNameCode",),
        "service": ("vehicleType",),
        "ship_date": ("trip_start_date",),
        "estimated_delivery_date": ("Planned_ETA",),
        "delivered_date": ("actual_eta",),
    },
    signature=("GpsProvider", "Origin_Location", "Destination_Location"),
    kind="tracking",
    constants={"mode": "road", "origin_country": "IN", "dest_country": "IN"},
    fallbacks={"delivered_date": "trip_end_date"},
)

# Supply Chain Logistics Problem (Brunel University), sheet OrderList: orders with
# carrier and service level but no tracking number, stored under their order id.
# Ports are codes (PORT04), not countries, so the route stays unknown.
SUPPLY_CHAIN_ORDERS = Dialect(
    name="supply_chain_orders",
    priority=140,
    aliases={
        "order_id": ("Order ID",),
        "carrier": ("Carrier",),
        "service": ("Service Level",),
        "weight": ("Weight",),
    },
    required=("order_id",),
    signature=("Origin Port", "Destination Port", "Ship Late Day count"),
    kind="orders",
)

# E-Commerce Shipping Data (Kaggle "Customer Analytics"): one delivered shipment per
# row, keyed by its row ID. Its target column says whether the shipment "reached on
# time", so every row was delivered; it has no dates, carrier or destination.
ECOMMERCE_SHIPPING = Dialect(
    name="ecommerce_shipping",
    priority=135,
    aliases={
        "tracking_number": ("ID",),
        "mode": ("Mode_of_Shipment",),
        "declared_value": ("Cost_of_the_Product",),
        "weight": ("Weight_in_gms",),
    },
    signature=("Warehouse_block", "Reached.on.Time_Y.N"),
    kind="tracking",
    constants={"status": "delivered"},
    key_prefix="ECS-",
)
