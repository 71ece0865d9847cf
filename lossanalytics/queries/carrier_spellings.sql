-- Every carrier name stored with the rows, how many rows carry it and which came first:
-- what carrier_names.py groups into carriers and picks the most common spelling from.
SELECT carrier, count(*) AS rows, min(import_id) AS first_import, min(source_row) AS first_row
FROM parcel_rows
WHERE carrier IS NOT NULL
GROUP BY carrier
ORDER BY carrier
