"""The parcel fields, defined once: the importer fills them, detection reads them.

`queries/schema.sql` declares the same columns for `parcel_rows` and `merged_parcels`
(with a few bookkeeping columns of their own); tests/test_parcel_columns.py holds the
two to each other.
"""

from __future__ import annotations

#: Every parcel field with its SQL type, in the order the importer and the CLI show them.
PARCEL_FIELDS: dict[str, str] = {
    "tracking_number": "VARCHAR",
    "carrier": "VARCHAR",
    "carrier_raw": "VARCHAR",
    "service": "VARCHAR",
    "mode": "VARCHAR",
    "order_id": "VARCHAR",
    "marketplace": "VARCHAR",
    "origin_country": "VARCHAR",
    "dest_country": "VARCHAR",
    "ship_date": "TIMESTAMP",
    "estimated_delivery_date": "TIMESTAMP",
    "delivered_date": "TIMESTAMP",
    "last_event_time": "TIMESTAMP",
    "last_event_text": "VARCHAR",
    "status": "VARCHAR",
    "status_raw": "VARCHAR",
    "declared_value": "DOUBLE",
    "currency": "VARCHAR",
    "weight_kg": "DOUBLE",
    "insured_value": "DOUBLE",
    "status_source": "VARCHAR",
    "status_evidence": "VARCHAR",
    "mode_source": "VARCHAR",
}
PARCEL_COLUMNS: tuple[str, ...] = tuple(PARCEL_FIELDS)
#: Columns both tables add to the parcel fields: where the row came from, the longest silence.
SOURCE_COLUMNS: dict[str, str] = {
    "import_id": "INTEGER", "source_row": "BIGINT", "max_scan_gap_days": "DOUBLE",
}
#: parcel_rows' own columns: the import kind and the row read as a parcel of its own.
ROW_ONLY_COLUMNS: dict[str, str] = {
    "kind": "VARCHAR", "is_parcel": "BOOLEAN", "parcel_status": "VARCHAR", "parcel_delivered_date": "TIMESTAMP",
}
