"""Exports with plain English headers: shop, carrier and tracking-tool exports, scan
logs, and freight forwarders' shipment lists."""

from __future__ import annotations

from collections.abc import Mapping

from lossanalytics.importing.catalogue.vocabulary import synonyms
from lossanalytics.importing.dialects import Dialect

TRACKING_NUMBER = (
    "tracking number", "tracking no", "tracking #", "tracking", "tracking id", "tracking code",
    "tracking_number", "trackingnumber", "tracking num", "shipment tracking number",
    "parcel number", "parcel id", "waybill", "waybill number", "waybill no", "awb",
    "awb number", "consignment number", "shipment number",
)



def _with_synonyms(aliases: Mapping[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    """`aliases` plus the other names and languages of vocabulary.py for every field they map."""
    fields = (*aliases, *(name for name in ("substatus",) if name not in aliases))
    return {name: (*aliases.get(name, ()), *synonyms(name)) for name in fields}


# Plain English headers, and the same fields named in the other languages of vocabulary.py.
GENERIC_ENGLISH = Dialect(
    name="generic",
    priority=20,
    aliases=_with_synonyms({
        "tracking_number": TRACKING_NUMBER,
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
        "weight_unit": ("weight unit", "weight units", "unit of weight", "mass unit"),
        "insured_value": ("insured value", "insurance value", "insured amount", "insurance amount"),
    }),
)

# One row per scan; a log without a status column gets its statuses from the event text.
EVENT_LOG = Dialect(
    name="event_log",
    priority=30,
    aliases={
        "tracking_number": TRACKING_NUMBER,
        "event_time": (
            "event time", "event date", "scan time", "scan date", "checkpoint time", "timestamp",
            "date time", "datetime", "time", "event timestamp", "checkpoint date", "activity time",
            "zeitstempel", "ereigniszeit", "horodatage", "fecha y hora", "data e ora", "data e hora", "tijdstip",
            "data i godzina", "日時", "時刻", "事件时间", "轨迹时间",
        ),
        "status": ("status", "event status", "scan status", "checkpoint status", "tag", "event code", "scan code"),
        "last_event_text": (
            "description", "event", "event description", "scan description", "details", "message",
            "checkpoint", "checkpoint message", "activity", "scan event",
            "ereignis", "beschreibung", "événement", "evenement", "evento", "descripción", "descrizione",
            "descrição", "gebeurtenis", "omschrijving", "zdarzenie", "opis", "詳細", "内容", "轨迹描述", "事件",
        ),
        "location": ("location", "scan location", "event location", "city", "place", "checkpoint location",
                     *synonyms("location")),
        "carrier": ("carrier", "courier"),
    },
    required=("tracking_number", "event_time"),
)

# Freight forwarders (air, sea, rail and road freight): AWB / B/L / consignment numbers,
# country names, and mostly European conventions — semicolons, decimal commas and
# day-first dates. The mode comes from the mode or service text ("Sea LCL", "Rail").
FORWARDER = Dialect(
    name="forwarder",
    priority=10,
    aliases={
        "tracking_number": (
            "awb", "awb no", "awb number", "hawb", "hawb no", "house awb", "waybill", "waybill no",
            "waybill number", "consignment no", "consignment number", "consignment", "b l no", "bl no",
            "bl number", "bill of lading", "hbl", "hbl no", "shipment no", "shipment id",
        ),
        "carrier": ("forwarder", "freight forwarder", "agent", "carrier", "airline", "shipping line"),
        "service": ("service", "product", "service type", "transport service", "freight service"),
        "mode": ("mode", "transport mode", "mode of transport", "transport"),
        "order_id": ("customer reference", "your reference", "order no", "order number", "po number", "po no"),
        "origin_country": ("origin", "origin country", "country of origin", "shipper country", "from country"),
        "dest_country": ("destination", "destination country", "consignee country", "to country"),
        "ship_date": ("pickup date", "pick up date", "collection date", "departure", "etd", "atd", "shipped"),
        "estimated_delivery_date": ("eta", "estimated arrival", "planned delivery", "planned delivery date"),
        "delivered_date": ("ata", "delivery date", "pod date", "delivered", "delivered on"),
        "status": ("status", "shipment status", "milestone"),
        "last_event_text": ("last event", "last milestone", "remarks"),
        "last_event_time": ("last event time", "last milestone date", "last update"),
        "declared_value": ("value", "invoice value", "goods value", "customs value", "declared value"),
        "currency": ("currency", "curr", "invoice currency"),
        "weight": ("gross weight kg", "gross weight", "weight kg", "weight", "actual weight"),
        "insured_value": ("insured value", "insurance value"),
    },
    day_first=True,
    decimal_comma=True,
)
