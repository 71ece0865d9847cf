-- Normalising staged rows and storing them (lossanalytics.importing.writer). Placeholders in
-- braces are whitelisted parcel columns, or expressions the importer's plan compiled.
-- name: normalise
-- Three steps: parse every field; drop implausible values; judge each row.
CREATE OR REPLACE TEMP TABLE stage_norm AS
SELECT rid, source_row, {stage_columns},
       CAST({problems} AS INTEGER) AS problems, {reject_reason} AS reject_reason
FROM (
    SELECT {plausible}
    FROM (SELECT {parsed} FROM stage_raw AS s {joins} WHERE NOT ({blank}))
);

-- name: rejected_rows
INSERT INTO rejects
SELECT $id, n.source_row, $header, {raw}, 'rejected', n.reject_reason
FROM stage_norm AS n JOIN stage_raw AS s ON s.rid = n.rid
WHERE n.reject_reason = $reason;

-- name: warned_values
-- Few rows have problems: their raw texts are read back from stage_raw by rid.
INSERT INTO rejects
SELECT $id, n.source_row, c.header, {raw}, 'warning', c.reason
FROM (SELECT rid, source_row, problems FROM stage_norm WHERE problems <> 0 AND reject_reason IS NULL) AS n
JOIN stage_raw AS s ON s.rid = n.rid
JOIN checks AS c ON n.problems & c.flag <> 0
ORDER BY n.source_row, c.bit;

-- name: stored_rows_of_import
CREATE OR REPLACE TEMP TABLE incoming_rows AS
SELECT source_row, {columns} FROM parcel_rows WHERE import_id = $import_id;

-- name: incoming_from_rows
CREATE OR REPLACE TEMP VIEW incoming AS SELECT * FROM incoming_rows;

-- name: line_items
-- One parcel row per key: the first row's facts, the items' values added up ({values}).
CREATE OR REPLACE TEMP TABLE incoming_rows AS
SELECT min(source_row) AS source_row, tracking_number, {values}
FROM stage_norm WHERE reject_reason IS NULL GROUP BY tracking_number;

-- name: summed
sum({column}) AS {column};

-- name: first_known
arg_min({column}, source_row) FILTER (WHERE {column} IS NOT NULL) AS {column};

-- name: incoming_from_stage
CREATE OR REPLACE TEMP VIEW incoming AS
SELECT source_row, {columns} FROM stage_norm WHERE reject_reason IS NULL;

-- name: known_keys
SELECT count(*) FROM touched_keys WHERE NOT is_new;

-- name: store_rows
-- A row is its own parcel when its key is new ({is_parcel}: on a first import, every key is); its parcel status and
-- delivered date follow the rules of schema.sql that a merged parcel follows in rebuild_parcels.sql.
INSERT INTO parcel_rows (import_id, source_row, kind, {columns}, is_parcel, parcel_status, parcel_delivered_date)
SELECT $import_id, source_row, $kind, {columns}, {is_parcel},
       parcel_status(nullif(status, 'unknown'), delivered_date),
       parcel_delivered_date(nullif(status, 'unknown'), delivered_date, last_event_time)
FROM incoming;

-- name: every_row_is_parcel
true;

-- name: new_key_is_parcel
tracking_number NOT IN (SELECT tracking_number FROM touched_keys WHERE NOT is_new);

-- name: touched_counts
SELECT (SELECT count(*) FROM touched_keys), (SELECT count(*) FROM affected_keys);

-- name: updated_parcels
-- A key new to this import cannot be known already: its only row is this one.
SELECT count(DISTINCT tracking_number) FROM stage_norm
WHERE reject_reason IS NULL AND tracking_number IN (SELECT tracking_number FROM affected_keys)
  AND (tracking_number IN (SELECT tracking_number FROM parcels) OR order_id IN (SELECT order_id FROM parcels));

-- name: affected_count
SELECT count(*) FROM affected_keys;

-- name: candidate_count
SELECT count(*) FROM candidate_rows;
