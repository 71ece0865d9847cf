-- The seller's home country as parcels_view.sql applies it.
-- name: origins
-- Parcels whose origin is taken from the home country, and, per recognised source (the
-- import's detected format), parcels whose exports name no origin and that no home
-- country fills; a source then suggests one (lossanalytics.analytics.home).
SELECT NULL AS detected_format, count(*) AS parcels FROM parcels WHERE origin_assumed
UNION ALL
SELECT i.detected_format, count(*) AS parcels
FROM parcels AS p JOIN imports AS i ON i.id = p.import_id
WHERE p.origin_country IS NULL
GROUP BY i.detected_format;
