"""The canonical input fields an export column can map to, and how each is parsed."""

from __future__ import annotations

from enum import Enum

from lossanalytics.i18n import t


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
    # A finer status beside the main one (AfterShip subtag, 17TRACK sub-status); it wins
    # whenever it names a status, so "Exception" + "Exception_013" reads as lost.
    "substatus": Parse.STATUS,
    # Why an event happened ("Incorrect address"); appended to the event text.
    "detail": Parse.TEXT,
    "declared_value": Parse.NUMBER,
    "currency": Parse.CURRENCY,
    "weight": Parse.WEIGHT,
    # A column naming each row's weight unit ("KG", "ounces"), for exports whose
    # header does not say it.
    "weight_unit": Parse.TEXT,
    "insured_value": Parse.NUMBER,
    # Tracking event logs: one row per scan.
    "event_time": Parse.DATE,
    "location": Parse.TEXT,
}

# Fields that only a tracking source knows; their presence makes a file a tracking export.
TRACKING_FIELDS = frozenset({"status", "substatus", "last_event_time", "delivered_date", "last_event_text"})
# A row needs one of these to be stored: a tracking number, or an order id under which
# the order waits for its tracking number (see ORDER_KEY_PREFIX).
KEY_FIELDS = ("tracking_number", "order_id")

# Key of a parcel known only by its order id (an Amazon All Orders row). Normalised
# tracking numbers never contain a space, so no real tracking number can look like
# this; rebuild_parcels.sql folds such rows into the order's tracked parcels as soon
# as a row with a tracking number and the same order id arrives.
ORDER_KEY_PREFIX = "ORDER "


def field_label(name: str | None, lang: str) -> str:
    """What a field is called on the mapping screen; None is "ignore this column"."""
    return t(f"import.field.{name or 'ignore'}", lang)
