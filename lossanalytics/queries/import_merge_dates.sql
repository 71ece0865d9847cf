-- Dates that disagree only once merged (lossanalytics.importing.merged_dates): a parcel's ship date from one
-- row (an order export) and its delivery from another (a tracking export) that, merged, put the delivery
-- before the shipping by queries/shipping.sql's rule. A row's own two dates were checked as it was read
-- (importing/plan.py); these are checked after the merge (rebuild_merge.sql's temp table merged_new, from the
-- rows of candidate_rows), whichever file came first. An undo checks the warnings of the parcels it rebuilt
-- again (warned_before): a warning whose conflict the undone file made is gone, one that named it names a
-- file that remains.

-- name: warn
-- One warning per parcel rebuilt (merged_new) whose delivery the merge dates before the shipping, from each
-- import the warners part names for it (this_import or warned_before) when that import gave one of the two dates
-- and no one row gave both: its row, column and date, with the parcel and the file, row and date of the
-- other (as JSON in `value`, which importing.merged_dates reads back). The import being written is $id, the
-- file $name; headers $ship_header, $delivered_header, $scan_header name its columns (NULL after an undo:
-- then a warning keeps the column it named).
INSERT INTO rejects
WITH late AS (
    SELECT tracking_number, ship_date, delivered_date FROM merged_new WHERE NOT {delivered_after_shipping}
),
warners AS (
    {warners}
),
givers AS (
    -- Each row of a late parcel, with which of its two merged dates it gave (a delivery may be a last scan's).
    SELECT l.tracking_number, l.ship_date, l.delivered_date, c.import_id, c.source_row,
           c.ship_date = l.ship_date AS gave_ship,
           coalesce(c.delivered_date, c.last_event_time) = l.delivered_date AS gave_delivery,
           c.delivered_date IS NULL AS by_scan
    FROM late AS l
    JOIN candidate_rows AS c ON c.parcel_key = l.tracking_number
),
per_parcel AS (
    -- The warning import's row of either date, and the row that gave the other: another file's (the
    -- newest) first.
    SELECT g.tracking_number, w.warner, any_value(w.kept_column) AS kept_column,
           any_value(g.ship_date) AS ship_date, any_value(g.delivered_date) AS delivered_date,
           coalesce(bool_or(gave_ship AND gave_delivery), false) AS one_row,
           min(source_row) FILTER (WHERE import_id = w.warner AND gave_delivery) AS delivery_row,
           arg_min(by_scan, source_row) FILTER (WHERE import_id = w.warner AND gave_delivery) AS delivery_by_scan,
           min(source_row) FILTER (WHERE import_id = w.warner AND gave_ship) AS ship_row,
           arg_max(struct_pack(import_id := import_id, source_row := source_row),
                   (import_id <> w.warner, import_id, -source_row)) FILTER (WHERE gave_ship) AS ship_giver,
           arg_max(struct_pack(import_id := import_id, source_row := source_row),
                   (import_id <> w.warner, import_id, -source_row)) FILTER (WHERE gave_delivery) AS delivery_giver
    FROM givers AS g
    JOIN warners AS w ON w.tracking_number = g.tracking_number
    GROUP BY g.tracking_number, w.warner
),
warned AS (
    SELECT p.*, delivery_row IS NOT NULL AS gave_delivery,
           CASE WHEN delivery_row IS NOT NULL THEN ship_giver ELSE delivery_giver END AS other
    FROM per_parcel AS p
    WHERE NOT one_row AND coalesce(delivery_row, ship_row) IS NOT NULL
),
shown AS (
    -- A date as the seller wrote it: without a time of day where it had none.
    SELECT w.*, i.file_name AS other_file,
           CASE WHEN CAST(ship_date AS TIME) = TIME '00:00' THEN strftime(ship_date, '%Y-%m-%d')
                ELSE strftime(ship_date, '%Y-%m-%d %H:%M') END AS ship_text,
           CASE WHEN CAST(delivered_date AS TIME) = TIME '00:00' THEN strftime(delivered_date, '%Y-%m-%d')
                ELSE strftime(delivered_date, '%Y-%m-%d %H:%M') END AS delivered_text
    FROM warned AS w
    LEFT JOIN imports AS i ON i.id = w.other.import_id
    WHERE w.other IS NOT NULL
)
SELECT warner, coalesce(delivery_row, ship_row),
       coalesce(CASE WHEN NOT gave_delivery THEN $ship_header WHEN delivery_by_scan THEN $scan_header
                     ELSE $delivered_header END, kept_column),
       json_object('parcel', tracking_number,
                   'date', CASE WHEN gave_delivery THEN delivered_text ELSE ship_text END,
                   'file', coalesce(other_file, $name), 'row', other.source_row,
                   'other_date', CASE WHEN gave_delivery THEN ship_text ELSE delivered_text END)::VARCHAR,
       'warning',
       CASE WHEN gave_delivery THEN 'reject.merged_delivered_before_shipped' ELSE 'reject.merged_shipped_after_delivered' END
FROM shown
ORDER BY 1, 2, tracking_number
RETURNING source_row, column_name, value, reason;

-- name: this_import
-- The import being written ($id) warns of every late parcel it rebuilt.
SELECT tracking_number, CAST($id AS INTEGER) AS warner, CAST(NULL AS VARCHAR) AS kept_column FROM late

-- name: warned_before
-- After an undo, the imports that had warned of a parcel it rebuilt (temp table merged_date_warnings, from
-- set_aside) warn of it again if it is still late, in the column they named.
SELECT DISTINCT l.tracking_number, w.import_id AS warner, w.column_name AS kept_column
FROM merged_date_warnings AS w
JOIN late AS l ON l.tracking_number = w.parcel

-- name: set_aside
-- The merged-date warnings (reasons $reasons) of the parcels an undo rebuilt (temp table rebuild_keys), kept
-- in temp table merged_date_warnings and removed from rejects: warn with warned_before writes back those whose
-- parcel is still late, naming the rows that remain.
CREATE OR REPLACE TEMP TABLE merged_date_warnings AS
WITH merged_warnings AS MATERIALIZED (
    SELECT import_id, source_row, column_name, value FROM rejects WHERE reason IN (SELECT unnest($reasons))
)
SELECT import_id, source_row, column_name, try(json_extract_string(value, '$.parcel')) AS parcel
FROM merged_warnings
WHERE try(json_extract_string(value, '$.parcel')) IN (SELECT tracking_number FROM rebuild_keys);

-- name: remove_set_aside
-- Remove from rejects the warnings set_aside keeps.
DELETE FROM rejects AS r
WHERE r.reason IN (SELECT unnest($reasons))
  AND EXISTS (SELECT 1 FROM merged_date_warnings AS w
              WHERE w.import_id = r.import_id AND w.source_row = r.source_row
                AND w.column_name IS NOT DISTINCT FROM r.column_name);
