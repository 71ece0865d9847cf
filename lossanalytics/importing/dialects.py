"""Declarative descriptions of the export formats the importer recognises.

Adding a format means adding a :class:`Dialect` to :data:`DIALECTS`: which header
names mean which canonical field, which fields it must have, and its conventions
(day-first dates, decimal commas, weight unit, fixed values such as the carrier).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from lossanalytics.importing.fields import FIELDS


def header_key(header: str) -> str:
    """A header in comparable form: lower case, punctuation and units as single spaces."""
    text = header.replace("\ufeff", "").strip().lower()
    return re.sub(r"[\W_]+", " ", text).strip()


@dataclass(frozen=True)
class Dialect:
    """One export format: header aliases per canonical field plus its conventions."""

    name: str
    aliases: Mapping[str, Sequence[str]]
    required: tuple[str, ...] = ("tracking_number",)
    day_first: bool = False
    decimal_comma: bool = False
    constants: Mapping[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        unknown = set(self.aliases) - set(FIELDS)
        if unknown:
            raise ValueError(f"dialect {self.name}: unknown fields {sorted(unknown)}")

    def match(self, headers: Sequence[str]) -> dict[str, int] | None:
        """Canonical field → column index, or None if a required field is missing.

        The first column that matches a field wins, so a file with both
        "Status" and "Status Description" maps the plain one.
        """
        lookup: dict[str, str] = {}
        for canonical, names in self.aliases.items():
            for name in names:
                lookup.setdefault(header_key(name), canonical)
        mapping: dict[str, int] = {}
        for index, header in enumerate(headers):
            canonical = lookup.get(header_key(header))
            if canonical and canonical not in mapping:
                mapping[canonical] = index
        if any(req not in mapping for req in self.required):
            return None
        return mapping


GENERIC_ENGLISH = Dialect(
    name="generic",
    aliases={
        "tracking_number": (
            "tracking number", "tracking no", "tracking #", "tracking", "tracking id", "tracking code",
            "tracking_number", "trackingnumber", "tracking num", "shipment tracking number",
            "parcel number", "parcel id", "waybill", "waybill number", "waybill no", "awb",
            "awb number", "consignment number", "shipment number",
        ),
        "carrier": ("carrier", "carrier name", "courier", "courier name", "shipping carrier", "carrier code"),
        "service": (
            "service", "service level", "shipping service", "carrier service", "service name",
            "shipping method", "ship method", "logistics channel",
        ),
        "mode": ("mode", "transport mode", "shipment mode", "shipping mode", "mode of transport"),
        "order_id": ("order id", "order number", "order no", "order #", "order", "order ref", "order reference"),
        "marketplace": ("marketplace", "sales channel", "channel", "store", "platform"),
        "origin_country": (
            "origin", "origin country", "ship from country", "from country", "origin country code",
            "sender country", "shipper country",
        ),
        "dest_country": (
            "destination", "destination country", "ship to country", "to country", "dest country",
            "destination country code", "recipient country", "ship country", "country",
        ),
        "ship_date": (
            "ship date", "shipped date", "shipping date", "shipment date", "date shipped", "ship time",
            "shipped at", "dispatch date", "dispatched", "fulfilment date", "fulfillment date",
        ),
        "estimated_delivery_date": (
            "estimated delivery date", "estimated delivery", "edd", "expected delivery date",
            "expected delivery", "promised date", "promised delivery date", "eta",
            "estimated arrival date",
        ),
        "delivered_date": ("delivered date", "delivery date", "date delivered", "delivered at", "delivered on"),
        "last_event_time": (
            "last event time", "last event date", "last scan", "last scan time", "last scan date",
            "last update", "last updated", "last checkpoint time", "latest event time", "last tracking update",
        ),
        "last_event_text": (
            "last event", "last event description", "last checkpoint", "latest event", "last scan description",
            "last tracking event", "last status detail",
        ),
        "status": ("status", "tracking status", "shipment status", "delivery status", "parcel status", "state"),
        "declared_value": (
            "value", "declared value", "order value", "order total", "item value", "goods value",
            "total value", "amount", "order amount",
        ),
        "currency": ("currency", "currency code", "order currency"),
        "weight": (
            "weight", "weight kg", "weight (kg)", "weight g", "weight (g)", "weight lb", "weight (lb)",
            "weight lbs", "weight oz", "parcel weight", "package weight", "gross weight",
        ),
        "insured_value": ("insured value", "insurance value", "insured amount", "insurance amount"),
    },
)

EVENT_LOG = Dialect(
    name="event_log",
    aliases={
        "tracking_number": GENERIC_ENGLISH.aliases["tracking_number"],
        "event_time": (
            "event time", "event date", "scan time", "scan date", "checkpoint time", "timestamp",
            "date time", "datetime", "time",
        ),
        "status": ("status", "event status", "scan status", "checkpoint status", "tag"),
        "last_event_text": ("description", "event", "event description", "scan description", "details", "message"),
        "location": ("location", "scan location", "event location", "city", "place"),
    },
    required=("tracking_number", "event_time"),
)

DIALECTS: tuple[Dialect, ...] = (EVENT_LOG, GENERIC_ENGLISH)


@dataclass(frozen=True)
class Recognition:
    """Which dialect a header matched, and the column of each canonical field."""

    dialect: Dialect
    mapping: dict[str, int]


def recognise(headers: Sequence[str], dialects: Sequence[Dialect] = DIALECTS) -> Recognition | None:
    """The dialect that explains the most columns of `headers`, or None."""
    best: Recognition | None = None
    for dialect in dialects:
        mapping = dialect.match(headers)
        if mapping is not None and (best is None or len(mapping) > len(best.mapping)):
            best = Recognition(dialect, mapping)
    return best
