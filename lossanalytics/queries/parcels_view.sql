-- Purpose: the parcels, one row per parcel, the unit of loss (DESIGN §3): a key's only
-- row, stored once in parcel_rows (is_parcel) with the parcel defaults of schema.sql, and
-- the parcels merged from several rows (merged_parcels). A carrier is shown under its
-- name in carrier_names where it has one (carrier_names.sql). A parcel whose exports name
-- no origin is taken to leave the seller's home country (Settings, key home.country) where
-- one is set, flagged origin_assumed: read here rather than stored, so a change of home
-- country, or a later file that names the origin, wins. Runs every time a database is opened.
CREATE OR REPLACE VIEW parcels AS
WITH home AS (
    -- One row, its country NULL when none is set (or the stored value is not a country code).
    SELECT CASE WHEN json_valid(any_value(value))
                 AND regexp_full_match(coalesce(json_extract_string(any_value(value), '$'), ''), '[A-Z]{2}')
                THEN json_extract_string(any_value(value), '$') END AS country
    FROM settings WHERE key = 'home.country'
)
SELECT
    -- The home country fills in a missing origin by CASE, not coalesce(): coalesce() with a value from
    -- another table writes out every parcel's text, while CASE keeps the stored column's dictionary
    -- (its few distinct texts), which the lane joins and groupings downstream then hash once each
    -- (about 0.15 CPU-s less for each of the Advice page's rates and figures at ten million parcels).
    tracking_number, coalesce(n.shown, parcel_carrier(r.carrier)) AS carrier, carrier_raw, service,
    parcel_mode(mode) AS mode, order_id, marketplace,
    CASE WHEN origin_country IS NULL THEN home.country ELSE origin_country END AS origin_country,
    origin_country IS NULL AND home.country IS NOT NULL AS origin_assumed, dest_country, ship_date,
    estimated_delivery_date,
    parcel_delivered_date AS delivered_date, last_event_time, last_event_text, parcel_status AS status,
    -- The carrier's words stand beside a status that was understood.
    CASE WHEN status <> 'unknown' THEN status_raw END AS status_raw,
    declared_value, currency, weight_kg, insured_value, CAST(NULL AS DOUBLE) AS max_scan_gap_days, import_id, source_row,
    status_source, status_evidence, mode_source
FROM parcel_rows AS r
LEFT JOIN carrier_names AS n ON n.carrier = r.carrier
CROSS JOIN home
WHERE is_parcel
UNION ALL
SELECT
    tracking_number, coalesce(n.shown, m.carrier) AS carrier, carrier_raw, service, mode, order_id, marketplace,
    CASE WHEN origin_country IS NULL THEN home.country ELSE origin_country END AS origin_country,
    origin_country IS NULL AND home.country IS NOT NULL AS origin_assumed, dest_country,
    ship_date, estimated_delivery_date, delivered_date, last_event_time, last_event_text, status, status_raw,
    declared_value, currency, weight_kg, insured_value, max_scan_gap_days, import_id, source_row,
    status_source, status_evidence, mode_source
FROM merged_parcels AS m
LEFT JOIN carrier_names AS n ON n.carrier = m.carrier
CROSS JOIN home
