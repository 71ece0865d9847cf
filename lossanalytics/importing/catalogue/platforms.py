"""Tracking and shipping platforms: AfterShip, 17TRACK, ShipStation, Shippo, parcelLab.

Their exports use the platforms' API field names (or dashboard labels). Courier slugs
(`ups`, `china-ems`, `yunexpress`), ISO alpha-3 countries and the platforms' status
tags are read by the normalisers; the `values` tables hold the codes they do not know.
"""

from __future__ import annotations

from collections.abc import Mapping

from lossanalytics.importing.catalogue.vocabulary import ENGLISH
from lossanalytics.importing.dialects import Dialect

# Values only one platform writes, which recognise its export whatever its columns are
# called: AfterShip's subtags are a tag and a number (`Exception_011`), 17TRACK's
# sub-statuses a status and a word (`Exception_Returned`, `InTransit_PickedUp`).
AFTERSHIP_SUBTAG = r"[A-Za-z]+_\d{3}"
SEVENTEEN_TRACK_SUBSTATUS = r"[A-Za-z]+_[A-Za-z]+"

# Fields whose columns platform exports also name in plain words ("Dispatch Date",
# "Destination Country"); their status columns keep the platforms' own names.
_PLAIN_FIELDS = (
    "order_id", "origin_country", "dest_country", "ship_date", "estimated_delivery_date", "delivered_date",
    "last_event_time",
)


def _also_plain(aliases: Mapping[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    """`aliases` plus vocabulary.py's English names for the plain fields they map."""
    return {name: (*names, *(ENGLISH.get(name, ()) if name in _PLAIN_FIELDS else ())) for name, names in aliases.items()}


def _without(aliases: Mapping[str, tuple[str, ...]], name: str) -> dict[str, tuple[str, ...]]:
    return {field: names for field, names in aliases.items() if field != name}

AFTERSHIP = Dialect(
    name="aftership",
    priority=120,
    aliases=_also_plain({
        "tracking_number": ("tracking_number", "tracking number"),
        "carrier": ("slug", "courier slug", "courier", "carrier", "carrier slug"),
        "service": ("shipment_type", "shipment type"),
        "order_id": ("order_id", "order id", "order number"),
        "origin_country": ("origin_country_iso3", "origin country iso3", "origin_country_region", "origin country"),
        "dest_country": (
            "destination_country_iso3", "destination country iso3", "destination_country_region",
            "destination country",
        ),
        "ship_date": ("shipment_pickup_date", "pickup date", "shipment pickup date"),
        "estimated_delivery_date": (
            "expected_delivery", "expected delivery", "order_promised_delivery_date", "promised delivery date",
        ),
        "delivered_date": ("shipment_delivery_date", "delivery date", "shipment delivery date"),
        "last_event_time": ("last_updated_at", "last checkpoint time", "checkpoint_time"),
        "last_event_text": (
            "last_checkpoint_message", "last checkpoint", "subtag_message", "subtag message", "latest event",
            "last event", "checkpoint message", "latest checkpoint",
        ),
        "status": ("tag", "status", "shipment status", "tracking status", "delivery status", "main status"),
        "substatus": ("subtag", "sub tag", "sub-status", "substatus", "sub status"),
        "weight": ("shipment_weight", "shipment weight"),
        "weight_unit": ("shipment_weight_unit", "shipment weight unit"),
    }),
    required=("tracking_number", "status", "substatus"),
    kind="tracking",
    marks={"substatus": AFTERSHIP_SUBTAG},
)

# An AfterShip export without its subtag column is still told by AfterShip's own name
# for the carrier column, the courier `slug`; the outcome is then in the tag and message.
AFTERSHIP_WITHOUT_SUBTAGS = Dialect(
    name="aftership",
    priority=119,
    aliases=_without(AFTERSHIP.aliases, "substatus"),
    required=("tracking_number", "status"),
    signature=("slug",),
    kind="tracking",
)

# 17TRACK's main status and sub-status names (NotFound, InTransit_PickedUp,
# Exception_Lost, …) are read by the status normaliser.
SEVENTEEN_TRACK = Dialect(
    name="17track",
    priority=115,
    aliases=_also_plain({
        "tracking_number": ("number", "tracking number", "tracking no", "tracking_number"),
        "carrier": ("carrier", "carrier name", "carrier_name", "courier"),
        "order_id": ("order no", "order number", "order_no"),
        "origin_country": ("origin", "origin country", "shipper country", "shipper_address_country"),
        "dest_country": ("destination", "destination country", "recipient country", "recipient_address_country"),
        "ship_date": ("pickup time", "pickup_time", "shipped time"),
        "delivered_date": ("delivery time", "delivery_time", "delivered time"),
        "last_event_time": ("latest event time", "latest_event_time", "latest event time iso", "last update"),
        "last_event_text": ("latest event", "latest_event", "latest event description", "last event"),
        "status": (
            "main status", "latest_status", "latest status", "package status", "status", "shipment status",
            "tracking status",
        ),
        "substatus": ("sub status", "sub_status", "substatus", "sub-status", "subtag", "sub tag"),
    }),
    required=("tracking_number", "status", "substatus"),
    kind="tracking",
    marks={"substatus": SEVENTEEN_TRACK_SUBSTATUS},
)

# A 17TRACK export without its sub-status column: told by its "Main Status" column.
SEVENTEEN_TRACK_MAIN_STATUS = Dialect(
    name="17track",
    priority=114,
    aliases=_without(SEVENTEEN_TRACK.aliases, "substatus"),
    required=("tracking_number", "status"),
    signature=("main status",),
    kind="tracking",
)

# ShipStation's shipments API (GET /shipments → {"shipments": [...]}) saved as JSON, or
# its fields as CSV columns. A shipment is a label: voided labels are cancelled.
_SHIPSTATION_FIELDS = {
    "tracking_number": ("trackingNumber",),
    "carrier": ("carrierCode",),
    "service": ("serviceCode",),
    "order_id": ("orderNumber",),
    "ship_date": ("shipDate",),
    "dest_country": ("shipTo.country",),
    "status": ("voided",),
    "weight": ("weight.value",),
    "weight_unit": ("weight.units",),
    "insured_value": ("insuranceOptions.insuredValue",),
}
SHIPSTATION = Dialect(
    name="shipstation",
    priority=110,
    aliases={name: (*names, *(f"shipments.{n}" for n in names)) for name, names in _SHIPSTATION_FIELDS.items()},
    kind="orders",
    json_rows=("shipments",),
    values={
        "status": {"true": "cancelled", "false": "info_received"},
        # ShipStation's carrier codes for accounts bought through it.
        "carrier": {
            "stamps_com": "USPS", "endicia": "USPS", "ups_walleted": "UPS", "fedex_walleted": "FedEx",
            "dhl_express_worldwide": "DHL Express",
        },
    },
)

# Shippo's tracks and transactions, flattened with dotted names; its statuses
# (PRE_TRANSIT, TRANSIT, FAILURE, …) are read by the status normaliser.
SHIPPO_STATUS = r"PRE_TRANSIT|TRANSIT|DELIVERED|RETURNED|FAILURE|UNKNOWN"
SHIPPO = Dialect(
    name="shippo",
    priority=105,
    aliases=_also_plain({
        "tracking_number": ("tracking_number",),
        "carrier": ("carrier",),
        "service": ("servicelevel.name", "servicelevel.token"),
        "origin_country": ("address_from.country",),
        "dest_country": ("address_to.country",),
        "estimated_delivery_date": ("eta",),
        "last_event_time": ("tracking_status.status_date",),
        "last_event_text": ("tracking_status.status_details",),
        "status": ("tracking_status.status",),
        "substatus": ("tracking_status.substatus.code",),
        "weight": ("parcel.weight",),
        "weight_unit": ("parcel.mass_unit",),
    }),
    required=("tracking_number", "status"),
    kind="tracking",
    marks={"status": SHIPPO_STATUS},
)

# Shippo's tracks under the labels of a dashboard or spreadsheet ("Tracking Status",
# "Status Details"): general words, so claimed only when the statuses are Shippo's own.
_SHIPPO_LABELS = {
    "tracking_number": ("tracking number",),
    "status": ("tracking status", "status"),
    "substatus": ("substatus", "substatus code", "sub status"),
    "last_event_text": ("status details",),
    "last_event_time": ("status date",),
}
SHIPPO_LABELLED = Dialect(
    name="shippo",
    priority=104,
    aliases={name: (*names, *_SHIPPO_LABELS.get(name, ())) for name, names in SHIPPO.aliases.items()},
    required=("tracking_number", "status"),
    kind="tracking",
    marks={"status": SHIPPO_STATUS},
    marks_required=True,
)

# parcelLab's exports: courier codes with a country suffix and its own status codes.
PARCELLAB = Dialect(
    name="parcellab",
    priority=100,
    aliases=_also_plain({
        "tracking_number": ("tracking_number", "tracking number", "trackingnumber"),
        "carrier": ("courier", "courier code"),
        "order_id": ("orderno", "order no", "order number"),
        "dest_country": ("destination_country_iso3", "destination country iso3", "destination country"),
        "ship_date": ("shipped at", "shipped_at", "first checkpoint time"),
        "estimated_delivery_date": ("announced delivery date", "announced_delivery_date", "expected delivery"),
        "delivered_date": ("delivered at", "delivered_at"),
        "last_event_time": ("last checkpoint time", "last_checkpoint_time", "last status time"),
        "last_event_text": ("last checkpoint", "last_checkpoint", "last status message"),
        "status": ("last delivery status code", "last_delivery_status_code", "status code", "status"),
        "weight": ("weight",),
    }),
    signature=("orderno",),
    kind="tracking",
    marks={"carrier": r"[a-z]+(?:-[a-z]+)*-(?:de|at|fr|uk|nl|ch|express|germany)"},
    values={
        "carrier": {
            "dhl-germany": "Deutsche Post DHL", "dhl-de": "Deutsche Post DHL", "dhl-express": "DHL Express",
            "dpd-de": "DPD", "gls-de": "GLS", "hermes-de": "Hermes", "post-at": "Austrian Post",
            "ups-de": "UPS", "colissimo-fr": "La Poste/Colissimo", "royal-mail": "Royal Mail",
        },
        "status": {
            "OrderProcessed": "info_received", "Upcoming": "info_received",
            "DestinationDeliveryCenter": "in_transit", "PickupReady": "available_for_pickup",
            "Failure": "delivery_failed", "ReturnToSender": "returned",
        },
    },
)
