-- The carrier names stored with the rows and the names they are shown under (lossanalytics.importing.carrier_names).
-- name: spellings
-- Every carrier name stored with the rows, how many rows carry it and which came first:
-- what carrier_names.py groups into carriers and picks the most common spelling from.
SELECT carrier, count(*) AS rows, min(import_id) AS first_import, min(source_row) AS first_row
FROM parcel_rows
WHERE carrier IS NOT NULL
GROUP BY carrier
ORDER BY carrier;

-- name: clear_names
DELETE FROM carrier_names;

-- name: store_names
INSERT INTO carrier_names SELECT carrier, shown FROM new_carrier_names;
