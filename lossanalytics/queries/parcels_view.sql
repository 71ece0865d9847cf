-- Purpose: the parcels, one row per parcel, the unit of loss (DESIGN §3): a key's only
-- row as it is (parcel_rows.is_parcel) or the merge of its rows (merged_parcels), with
-- the defaults every parcel gets. Runs every time a database is opened, after schema.sql.
CREATE OR REPLACE VIEW parcels AS
WITH merged AS (
    SELECT
        tracking_number, carrier, carrier_raw, service, mode, order_id, marketplace, origin_country, dest_country,
        ship_date, estimated_delivery_date, delivered_date, last_event_time, last_event_text,
        CASE WHEN status <> 'unknown' THEN status END AS status,
        CASE WHEN status <> 'unknown' THEN status_raw END AS status_raw,
        declared_value, currency, weight_kg, insured_value, CAST(NULL AS DOUBLE) AS max_scan_gap_days,
        import_id, source_row
    FROM parcel_rows
    WHERE is_parcel
    UNION ALL
    SELECT
        tracking_number, carrier, carrier_raw, service, mode, order_id, marketplace, origin_country, dest_country,
        ship_date, estimated_delivery_date, delivered_date, last_event_time, last_event_text, status, status_raw,
        declared_value, currency, weight_kg, insured_value, max_scan_gap_days, import_id, source_row
    FROM merged_parcels
)
SELECT
    m.tracking_number,
    coalesce(m.carrier, 'Unknown') AS carrier,
    m.carrier_raw, m.service,
    coalesce(m.mode, 'unknown') AS mode,
    m.order_id, m.marketplace, m.origin_country, m.dest_country,
    m.ship_date, m.estimated_delivery_date,
    -- A delivered date only stands when the newest status agrees the parcel arrived; a
    -- delivered parcel without one arrived at its last scan.
    CASE WHEN coalesce(m.status, 'delivered') = 'delivered' THEN coalesce(m.delivered_date, m.last_event_time) END
        AS delivered_date,
    m.last_event_time, m.last_event_text,
    coalesce(m.status, CASE WHEN m.delivered_date IS NOT NULL THEN 'delivered' ELSE 'unknown' END) AS status,
    m.status_raw, m.declared_value, m.currency, m.weight_kg, m.insured_value, m.max_scan_gap_days,
    m.import_id, m.source_row
FROM merged AS m
