-- Dates that disagree only once merged (lossanalytics.importing.merged_dates): a parcel's ship date from one
-- row (an order export) and its delivery from another (a tracking export) that, merged, put the delivery
-- before the shipping by queries/shipping.sql's rule. A row's own two dates were checked as it was read
-- (importing/plan.py); these are checked after the merge (rebuild_merge.sql's temp table merged_new, from the
-- rows of candidate_rows), whichever file came first.

-- name: warn
-- One warning per parcel this import ($id, the file $name) rebuilt whose delivery the merge dates before the
-- shipping, when this import gave one of the two dates and no one row gave both: this file's row, column and
-- date, with the parcel and the file, row and date of the other (as JSON in `value`, which
-- importing.merged_dates reads back). Headers $ship_header, $delivered_header, $scan_header name the columns.
INSERT INTO rejects
WITH late AS (
    SELECT tracking_number, ship_date, delivered_date FROM merged_new WHERE NOT {delivered_after_shipping}
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
    -- This import's row of either date, and the row that gave the other: another file's (the newest) first.
    SELECT tracking_number, any_value(ship_date) AS ship_date, any_value(delivered_date) AS delivered_date,
           coalesce(bool_or(gave_ship AND gave_delivery), false) AS one_row,
           min(source_row) FILTER (WHERE import_id = $id AND gave_delivery) AS delivery_row,
           arg_min(by_scan, source_row) FILTER (WHERE import_id = $id AND gave_delivery) AS delivery_by_scan,
           min(source_row) FILTER (WHERE import_id = $id AND gave_ship) AS ship_row,
           arg_max(struct_pack(import_id := import_id, source_row := source_row),
                   (import_id <> $id, import_id, -source_row)) FILTER (WHERE gave_ship) AS ship_giver,
           arg_max(struct_pack(import_id := import_id, source_row := source_row),
                   (import_id <> $id, import_id, -source_row)) FILTER (WHERE gave_delivery) AS delivery_giver
    FROM givers
    GROUP BY tracking_number
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
SELECT $id, coalesce(delivery_row, ship_row),
       CASE WHEN NOT gave_delivery THEN $ship_header WHEN delivery_by_scan THEN $scan_header ELSE $delivered_header END,
       json_object('parcel', tracking_number,
                   'date', CASE WHEN gave_delivery THEN delivered_text ELSE ship_text END,
                   'file', coalesce(other_file, $name), 'row', other.source_row,
                   'other_date', CASE WHEN gave_delivery THEN ship_text ELSE delivered_text END)::VARCHAR,
       'warning',
       CASE WHEN gave_delivery THEN 'reject.merged_delivered_before_shipped' ELSE 'reject.merged_shipped_after_delivered' END
FROM shown
ORDER BY 2, tracking_number
RETURNING source_row, column_name, value, reason;
