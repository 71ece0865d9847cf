-- The data lake export (lossanalytics.lake, docs/lake.md): the rows of each lake table, and
-- the statements that hash, stage and write them. Partitioned tables carry ship_month
-- ('YYYY-MM' of the parcel's ship date, '__unknown__' without one), which becomes the
-- folder name and is left out of the files, as Hive partitioning does. The column lists
-- are the lake's schema: changing one means a new SCHEMA_VERSION in lake.py.

-- name: parcels
-- One row per parcel, as the view parcels shows it, with the provenance of the row it came from
-- and, where nothing could read its status, the carrier's words that were not understood
-- (status_unread: what status_vocabulary.sql's unread_words gives the suspected list's reasons).
WITH unread AS (
    SELECT tracking_number, min(coalesce(status_raw, last_event_text)) AS words
    FROM parcel_rows
    WHERE status_source IS NULL AND kind <> 'events' AND coalesce(status_raw, last_event_text) IS NOT NULL
    GROUP BY tracking_number
)
SELECT coalesce(strftime(p.ship_date, '%Y-%m'), '__unknown__') AS ship_month,
       p.tracking_number, carrier, carrier_raw, service, mode, order_id, marketplace, origin_country, origin_assumed,
       dest_country, ship_date, estimated_delivery_date, delivered_date, last_event_time, last_event_text, status, status_raw,
       declared_value, currency, weight_kg, insured_value, max_scan_gap_days, import_id, source_row,
       status_source, status_evidence, mode_source,
       CASE WHEN p.status_source IS NULL AND p.status = 'unknown' THEN u.words END AS status_unread
FROM parcels AS p
LEFT JOIN unread AS u ON u.tracking_number = p.tracking_number;

-- name: events
-- Every scan event, in its parcel's ship-month partition (a scan without a known parcel, or
-- of a parcel without a ship date, in '__unknown__'), so that a parcel and its scans are
-- always read and rewritten together.
SELECT coalesce(strftime(p.ship_date, '%Y-%m'), '__unknown__') AS ship_month,
       e.import_id, e.source_row, e.tracking_number, e.event_time, e.status, e.status_raw, e.location, e.description
FROM tracking_events AS e
LEFT JOIN parcels AS p ON p.tracking_number = e.tracking_number;

-- name: imports
-- Every import: the provenance that parcels.import_id and events.import_id point to.
SELECT id, file_name, sha256, detected_format, kind, rows_read, rows_stored, rows_updated, rows_rejected,
       imported_at
FROM imports;

-- name: claims
-- The seller's claim work per parcel.
SELECT tracking_number, status, reported_on, filed_on, resolved_on, amount_claimed, amount_recovered, currency,
       steps_done, notes, updated_at
FROM claims;

-- name: settings
-- The seller's settings (detection thresholds, claim rules, advice): one JSON value per key.
SELECT key, value FROM settings;

-- name: columns
-- The name and DuckDB type of each column of a lake table (the rows of one of the blocks above).
SELECT column_name, column_type FROM (DESCRIBE ({rows}));

-- name: partition_hashes
-- Rows and a content hash per partition: the sum and the XOR of every row's hash, which
-- do not depend on row order; a re-export rewrites only partitions whose numbers changed.
SELECT ship_month, count(*) AS rows, coalesce(sum(hash(t)), 0) AS hash_sum, coalesce(bit_xor(hash(t)), 0) AS hash_xor
FROM ({rows}) AS t
GROUP BY ship_month;

-- name: table_hash
-- The same numbers for a table that is not partitioned.
SELECT count(*) AS rows, coalesce(sum(hash(t)), 0) AS hash_sum, coalesce(bit_xor(hash(t)), 0) AS hash_xor
FROM ({rows}) AS t;

-- name: stage
-- The rows of the partitions to write (lake_months, registered), grouped by partition so
-- that writing each one reads only its own row groups.
CREATE OR REPLACE TEMP TABLE lake_stage AS
SELECT * FROM ({rows}) AS t
WHERE ship_month IN (SELECT ship_month FROM lake_months)
ORDER BY ship_month;

-- name: partition_rows
-- One partition's rows, in a fixed order ({order}: whitelisted column names).
SELECT * EXCLUDE (ship_month) FROM lake_stage WHERE ship_month = $ship_month ORDER BY {order};

-- name: table_rows
-- A whole unpartitioned table, in a fixed order.
SELECT * FROM ({rows}) AS t ORDER BY {order};

-- name: drop_stage
DROP TABLE IF EXISTS lake_stage;

-- name: engine_version
-- The DuckDB that hashed the rows: another one may hash them differently.
SELECT version();

-- name: unread_words
-- The lake's status_unread of some parcels ($numbers): the rows status_vocabulary.sql's
-- unread_words gives on the database.
SELECT tracking_number, status_unread AS words FROM parcels
WHERE status_unread IS NOT NULL AND list_contains($numbers, tracking_number);
