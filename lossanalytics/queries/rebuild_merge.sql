-- Merge the candidate rows of rebuild_parcels.sql into temp table merged_new, one parcel per
-- parcel_key: the share of keys whose hash leaves remainder $batch when divided by
-- $batches. The importer runs it once per share, so that the aggregate's state (a few
-- KB per parcel, all of it in memory) stays bounded however many parcels one import
-- touches; every key falls in exactly one share. rebuild_store.sql then stores them.
INSERT INTO merged_new
WITH ranked AS (
    SELECT
        *,
        (coalesce(last_event_time, TIMESTAMP '1900-01-01'),
         CASE kind WHEN 'events' THEN 2 WHEN 'tracking' THEN 1 ELSE 0 END,
         direct, import_id, source_row) AS tracking_rank,
        (kind = 'orders', direct, import_id, source_row) AS order_rank,
        (CASE kind WHEN 'tracking' THEN 2 WHEN 'orders' THEN 1 ELSE 0 END,
         direct, import_id, source_row) AS shipment_rank,
        status IS NOT NULL AND status <> 'unknown' AS knows_status,
        (CASE mode_source WHEN 'column' THEN 4 WHEN 'service' THEN 3 WHEN 'carrier' THEN 2 WHEN 'dialect' THEN 1
         ELSE 0 END, shipment_rank) AS mode_rank
    FROM candidate_rows
    WHERE hash(parcel_key) % $batches = $batch
),
event_gaps AS (
    SELECT tracking_number, max(gap_days) AS max_scan_gap_days
    FROM (
        SELECT
            tracking_number,
            date_diff('second', lag(event_time) OVER (PARTITION BY tracking_number ORDER BY event_time), event_time)
                / 86400.0 AS gap_days
        FROM (SELECT DISTINCT tracking_number, event_time FROM tracking_events
              WHERE tracking_number IN (SELECT tracking_number FROM rebuild_keys)
                  AND hash(tracking_number) % $batches = $batch)
    )
    GROUP BY tracking_number
),
merged AS (
    SELECT
        parcel_key AS tracking_number,
        arg_max(carrier, shipment_rank) FILTER (WHERE carrier IS NOT NULL) AS carrier,
        arg_max(carrier_raw, shipment_rank) FILTER (WHERE carrier_raw IS NOT NULL) AS carrier_raw,
        arg_max(service, shipment_rank) FILTER (WHERE service IS NOT NULL) AS service,
        arg_max(mode, mode_rank) FILTER (WHERE mode IS NOT NULL) AS mode,
        arg_max(mode_source, mode_rank) FILTER (WHERE mode IS NOT NULL) AS mode_source,
        arg_max(order_id, order_rank) FILTER (WHERE order_id IS NOT NULL) AS order_id,
        arg_max(marketplace, order_rank) FILTER (WHERE marketplace IS NOT NULL) AS marketplace,
        arg_max(origin_country, shipment_rank) FILTER (WHERE origin_country IS NOT NULL) AS origin_country,
        arg_max(dest_country, shipment_rank) FILTER (WHERE dest_country IS NOT NULL) AS dest_country,
        arg_max(ship_date, shipment_rank) FILTER (WHERE ship_date IS NOT NULL) AS ship_date,
        arg_max(estimated_delivery_date, shipment_rank)
            FILTER (WHERE estimated_delivery_date IS NOT NULL) AS estimated_delivery_date,
        arg_max(delivered_date, tracking_rank) FILTER (WHERE delivered_date IS NOT NULL) AS delivered_date,
        max(last_event_time) AS last_event_time,
        arg_max(last_event_text, tracking_rank) FILTER (WHERE last_event_text IS NOT NULL) AS last_event_text,
        arg_max(status, tracking_rank) FILTER (WHERE knows_status) AS status,
        arg_max(status_raw, tracking_rank) FILTER (WHERE knows_status) AS status_raw,
        arg_max(status_source, tracking_rank) FILTER (WHERE knows_status) AS status_source,
        arg_max(status_evidence, tracking_rank) FILTER (WHERE knows_status) AS status_evidence,
        arg_max(declared_value, order_rank) FILTER (WHERE declared_value IS NOT NULL) AS declared_value,
        arg_max(currency, order_rank) FILTER (WHERE currency IS NOT NULL) AS currency,
        arg_max(weight_kg, order_rank) FILTER (WHERE weight_kg IS NOT NULL) AS weight_kg,
        arg_max(insured_value, order_rank) FILTER (WHERE insured_value IS NOT NULL) AS insured_value,
        max(max_scan_gap_days) AS row_gap_days,
        arg_max(import_id, tracking_rank) AS import_id,
        arg_max(source_row, tracking_rank) AS source_row
    FROM ranked
    GROUP BY parcel_key
)
SELECT
    m.tracking_number,
    parcel_carrier(m.carrier) AS carrier,
    m.carrier_raw, m.service,
    parcel_mode(m.mode) AS mode,
    m.order_id, m.marketplace, m.origin_country, m.dest_country, m.ship_date, m.estimated_delivery_date,
    parcel_delivered_date(m.status, m.delivered_date, m.last_event_time) AS delivered_date,
    m.last_event_time, m.last_event_text,
    parcel_status(m.status, m.delivered_date) AS status,
    m.status_raw, m.declared_value, m.currency, m.weight_kg, m.insured_value,
    coalesce(g.max_scan_gap_days, m.row_gap_days) AS max_scan_gap_days,
    m.import_id, m.source_row, m.status_source, m.status_evidence, m.mode_source
FROM merged AS m
LEFT JOIN event_gaps AS g USING (tracking_number);
