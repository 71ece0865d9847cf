-- The seller's home country as parcels_view.sql applies it.
-- name: assumed_origins
-- Parcels whose origin is taken from the home country (none when no home country is set).
SELECT count(*) AS parcels FROM parcels WHERE origin_assumed;

-- name: origin_sources
-- Per recognised source (the detected format of any import that brought one of the parcel's
-- rows: a later tracking update must not hide that a Chinese ERP export named it), parcels
-- whose exports name no origin and that no home country fills (none when one is set); a
-- source then suggests one (lossanalytics.analytics.home).
WITH unplaced AS (
    SELECT tracking_number FROM parcels WHERE origin_country IS NULL
),
sources AS (
    SELECT DISTINCT i.detected_format, r.tracking_number
    FROM unplaced AS u
    JOIN parcel_rows AS r USING (tracking_number)
    JOIN imports AS i ON i.id = r.import_id
)
SELECT detected_format, count(*) AS parcels FROM sources GROUP BY detected_format;
