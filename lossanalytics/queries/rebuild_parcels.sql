-- Re-derive the parcels touched by the keys in temp table affected_keys and the orders
-- in temp table affected_orders (import_affected.sql) from all their accepted rows into
-- merged_parcels; their rows stop being a parcel on their own (parcel_rows.is_parcel,
-- which the rows of new keys keep: import_keys.sql). Both get the same defaults
-- (schema.sql's parcel_* macros).
-- Each field from its best source (DESIGN §3):
--   tracking facts: the row with the newest last event (event logs, then tracking files)
--   order facts:    order exports first, then the newest import
--   shipment facts: tracking exports first, then order exports, then event logs
--   mode:           the strongest source (a mode column, words in the service, the
--                   carrier's usual mode, a dialect's constant), then as shipment facts
-- Rows known only by their order id carry the key 'ORDER ' || order_id (parameter
-- order_prefix, fields.ORDER_KEY_PREFIX). Once a row with a tracking number and the
-- same order id exists, they belong to that parcel (to each, if the order went out in
-- several) and the order-only parcel disappears; a row under its own key ("direct")
-- beats one joined by order id.
-- A key is unique in parcels by construction: new keys and rebuild_keys never overlap,
-- every rebuilt key loses its is_parcel rows and is deleted from merged_parcels first
-- (tests/test_import_orders.py checks it).
-- The merge itself is rebuild_merge.sql, run on one share of candidate_rows at a time into
-- merged_new, which rebuild_store.sql stores.

CREATE OR REPLACE TEMP TABLE rebuild_keys AS
SELECT tracking_number FROM affected_keys
UNION
SELECT tracking_number FROM parcel_rows WHERE order_id IN (SELECT order_id FROM affected_orders)
UNION
SELECT $order_prefix || order_id FROM affected_orders;

UPDATE parcel_rows SET is_parcel = false
WHERE is_parcel AND tracking_number IN (SELECT tracking_number FROM rebuild_keys);

DELETE FROM merged_parcels WHERE tracking_number IN (SELECT tracking_number FROM rebuild_keys);

CREATE OR REPLACE TEMP TABLE candidate_rows AS
WITH source AS (
    SELECT * FROM parcel_rows WHERE tracking_number IN (SELECT tracking_number FROM rebuild_keys)
),
tracked_orders AS (
    SELECT DISTINCT order_id, tracking_number FROM source
    WHERE order_id IS NOT NULL AND NOT starts_with(tracking_number, $order_prefix)
)
SELECT
    coalesce(t.tracking_number, r.tracking_number) AS parcel_key,
    t.tracking_number IS NULL AS direct,
    r.*
FROM source AS r
LEFT JOIN tracked_orders AS t ON starts_with(r.tracking_number, $order_prefix) AND t.order_id = r.order_id;

-- merged_parcels' columns, declared: a table made empty by CREATE TABLE … AS … LIMIT 0 lost
-- every row of a large insert later in the same transaction (DuckDB 2.0.0; docs/performance.md).
CREATE OR REPLACE TEMP TABLE merged_new (
    tracking_number VARCHAR, carrier VARCHAR, carrier_raw VARCHAR, service VARCHAR, mode VARCHAR,
    order_id VARCHAR, marketplace VARCHAR, origin_country VARCHAR, dest_country VARCHAR,
    ship_date TIMESTAMP, estimated_delivery_date TIMESTAMP, delivered_date TIMESTAMP,
    last_event_time TIMESTAMP, last_event_text VARCHAR, status VARCHAR, status_raw VARCHAR,
    declared_value DOUBLE, currency VARCHAR, weight_kg DOUBLE, insured_value DOUBLE,
    max_scan_gap_days DOUBLE, import_id INTEGER, source_row BIGINT,
    status_source VARCHAR, status_evidence VARCHAR, mode_source VARCHAR
);
