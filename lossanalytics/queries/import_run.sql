-- One import from start to end and its undoing (lossanalytics.importing.pipeline), and the import list.
-- name: previous_import
SELECT imported_at FROM imports WHERE sha256 = $sha AND id IS DISTINCT FROM $replaces ORDER BY id LIMIT 1;

-- name: next_import_id
SELECT nextval('import_id_seq');

-- name: warned_rows
-- Rows of the import with a value left empty (it could not be read), and rows with values kept as
-- written but worth checking (a warning whose reason is in $to_check).
WITH warned AS (
    SELECT source_row, list_contains($to_check, reason) AS to_check
    FROM rejects WHERE import_id = $id AND severity = 'warning'
)
SELECT count(DISTINCT source_row) FILTER (WHERE NOT to_check),
       count(DISTINCT source_row) FILTER (WHERE to_check)
FROM warned;

-- name: record_import
INSERT INTO imports VALUES ($id, $name, $sha, $format, $kind, $read, $stored, $updated, $rejected, $at);

-- name: filled_counts
-- Values per staged column of the whitelisted {columns}.
SELECT count(COLUMNS(*)) FROM (SELECT {columns} FROM stage_raw);

-- name: import_exists
SELECT count(*) FROM imports WHERE id = $id;

-- name: touched_by_import
CREATE OR REPLACE TEMP TABLE touched_keys AS
SELECT tracking_number, false AS is_new FROM parcel_rows WHERE import_id = $id
UNION SELECT tracking_number, false FROM tracking_events WHERE import_id = $id;

-- name: rows_of_import
SELECT count(*) FROM parcel_rows WHERE import_id = $id;

-- name: import_ids
SELECT id FROM imports;

-- name: import_count
SELECT count(*) FROM imports;
