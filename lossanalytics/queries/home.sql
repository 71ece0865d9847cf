-- The seller's home country as parcels_view.sql applies it.
-- name: origins
-- Parcels whose origin is taken from the home country, and, per recognised source (the
-- detected format of any import that brought one of the parcel's rows: a later tracking
-- update must not hide that a Chinese ERP export named it), parcels whose exports name no
-- origin and that no home country fills; a source then suggests one
-- (lossanalytics.analytics.home).
WITH unplaced AS (
    SELECT tracking_number FROM parcels WHERE origin_country IS NULL
),
sources AS (
    SELECT DISTINCT i.detected_format, r.tracking_number
    FROM unplaced AS u
    JOIN parcel_rows AS r USING (tracking_number)
    JOIN imports AS i ON i.id = r.import_id
)
SELECT NULL AS detected_format, count(*) AS parcels FROM parcels WHERE origin_assumed
UNION ALL
SELECT detected_format, count(*) AS parcels FROM sources GROUP BY detected_format;
