"""The canonical input fields an export column can map to, and how each is parsed."""

from __future__ import annotations

from enum import Enum


class Parse(str, Enum):
    """How the raw text of a field becomes a canonical value."""

    KEY = "key"            # tracking number: trimmed, upper-case, no inner spaces
    TEXT = "text"          # trimmed text, empty → NULL
    STATUS = "status"      # canonical status vocabulary (normalise.statuses)
    CARRIER = "carrier"    # canonical carrier name (normalise.carriers)
    MODE = "mode"          # explicit transport mode
    COUNTRY = "country"    # ISO 3166-1 alpha-2
    CURRENCY = "currency"  # ISO 4217
    DATE = "date"          # timestamp, format detected per column
    NUMBER = "number"      # double, decimal comma aware
    WEIGHT = "weight"      # double, converted to kg


FIELDS: dict[str, Parse] = {
    "tracking_number": Parse.KEY,
    "carrier": Parse.CARRIER,
    "service": Parse.TEXT,
    "mode": Parse.MODE,
    "order_id": Parse.TEXT,
    "marketplace": Parse.TEXT,
    "origin_country": Parse.COUNTRY,
    "dest_country": Parse.COUNTRY,
    "ship_date": Parse.DATE,
    "estimated_delivery_date": Parse.DATE,
    "delivered_date": Parse.DATE,
    "last_event_time": Parse.DATE,
    "last_event_text": Parse.TEXT,
    "status": Parse.STATUS,
    "declared_value": Parse.NUMBER,
    "currency": Parse.CURRENCY,
    "weight": Parse.WEIGHT,
    "insured_value": Parse.NUMBER,
    # Tracking event logs: one row per scan.
    "event_time": Parse.DATE,
    "location": Parse.TEXT,
}

# Fields that only a tracking source knows; their presence makes a file a tracking export.
TRACKING_FIELDS = frozenset({"status", "last_event_time", "delivered_date", "last_event_text"})
ORDER_FIELDS = frozenset({"order_id", "marketplace", "declared_value", "currency", "weight", "insured_value"})
