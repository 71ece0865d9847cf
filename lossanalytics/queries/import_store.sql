-- Normalising staged rows and storing them (lossanalytics.importing.writer). Placeholders in
-- braces are whitelisted parcel columns, or expressions the importer's plan compiled.
-- name: normalised
-- The normalised rows, in three steps: parse every field; drop implausible values; judge each row.
SELECT rid, source_row, {stage_columns},
       CAST({problems} AS INTEGER) AS problems, {reject_reason} AS reject_reason
FROM (
    SELECT {plausible}
    FROM (SELECT {parsed} FROM stage_raw AS s {joins} WHERE NOT ({blank}))
);

-- name: normalise
CREATE OR REPLACE TEMP TABLE stage_norm AS {normalised};

-- name: flags_of_stage_norm
-- The rows record_rejects reads: rejected, or with a value left empty.
CREATE OR REPLACE TEMP TABLE stage_flags AS
SELECT rid, source_row, problems, reject_reason FROM stage_norm WHERE problems <> 0 OR reject_reason IS NOT NULL;

-- name: staged_counts
SELECT count(*), count(*) FILTER (WHERE reject_reason IS NOT NULL) FROM stage_norm;

-- name: store_normalised
-- Every row that can be stored, straight from the staged cells; each is its own parcel until
-- rebuild_parcels.sql merges the keys that are not new (import_keys.sql), and its parcel status
-- and delivered date follow the rules of schema.sql that a merged parcel follows.
INSERT INTO parcel_rows (import_id, source_row, kind, {columns}, is_parcel, parcel_status, parcel_delivered_date)
WITH normalised AS ({normalised})
SELECT $import_id, source_row, $kind, {columns}, true,
       parcel_status(nullif(status, 'unknown'), delivered_date),
       parcel_delivered_date(nullif(status, 'unknown'), delivered_date, last_event_time)
FROM normalised
WHERE reject_reason IS NULL;

-- name: present_counts
-- Rows below the header that are not blank ({blank}), and the values present of each {counts}.
SELECT count(*) FILTER (WHERE NOT ({blank})), {counts} FROM stage_raw AS s;

-- name: stored_counts
-- Values stored in each whitelisted column of {columns} by this import.
WITH stored AS (SELECT {columns} FROM parcel_rows WHERE import_id = $import_id)
SELECT count(COLUMNS(*)) FROM stored;

-- name: failing_keys
-- Keys of a lookup table ({lookup}, lookups.py) that fail its check ({failing}).
SELECT count(*) FROM {lookup} WHERE {failing};

-- name: failing_rows
-- Rows this import stored that fail a check ({failing}, over their columns, plan.py's Check).
SELECT count(*) FROM parcel_rows WHERE import_id = $import_id AND {failing};

-- name: flagged_rows
-- The rows record_rejects reads, judged again: only those rejected or with a value left empty are kept.
CREATE OR REPLACE TEMP TABLE stage_flags AS
WITH normalised AS ({normalised})
SELECT rid, source_row, problems, reject_reason FROM normalised WHERE problems <> 0 OR reject_reason IS NOT NULL;

-- name: no_flags
-- Nothing rejected and no value left empty.
CREATE OR REPLACE TEMP TABLE stage_flags (rid BIGINT, source_row BIGINT, problems INTEGER, reject_reason VARCHAR);

-- name: rejected_rows
INSERT INTO rejects
SELECT $id, n.source_row, $header, {raw}, 'rejected', n.reject_reason
FROM stage_flags AS n JOIN stage_raw AS s ON s.rid = n.rid
WHERE n.reject_reason = $reason;

-- name: warned_values
-- Few rows have problems: their raw texts are read back from stage_raw by rid.
INSERT INTO rejects
WITH warned AS (SELECT rid, source_row, problems FROM stage_flags WHERE problems <> 0 AND reject_reason IS NULL)
SELECT $id, n.source_row, c.header, {raw}, 'warning', c.reason
FROM warned AS n
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

-- name: incoming_import
SET VARIABLE incoming_import = $import_id;

-- name: incoming_from_stored
-- The rows store_normalised stored, read back rather than held in memory.
CREATE OR REPLACE TEMP VIEW incoming AS
SELECT source_row, {columns} FROM parcel_rows WHERE import_id = getvariable('incoming_import');

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
-- A key new to this import cannot be known already: its only row is this one. The parcels
-- known before are those of other imports (this import's rows may be stored as parcels already),
-- looked up by the affected rows' keys and orders: a small update of a big database would
-- otherwise hash every stored key and order (seconds, and gigabytes).
WITH affected AS (
    SELECT tracking_number, order_id FROM incoming
    WHERE tracking_number IN (SELECT tracking_number FROM affected_keys)
),
known AS (
    SELECT tracking_number, order_id FROM parcels
    WHERE import_id <> $import_id
      AND (tracking_number IN (SELECT tracking_number FROM affected)
           OR order_id IN (SELECT order_id FROM affected))
)
SELECT count(DISTINCT tracking_number) FROM affected
WHERE tracking_number IN (SELECT tracking_number FROM known) OR order_id IN (SELECT order_id FROM known);

-- name: affected_count
SELECT count(*) FROM affected_keys;

-- name: candidate_count
SELECT count(*) FROM candidate_rows;
