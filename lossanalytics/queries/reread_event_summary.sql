-- Purpose: after the seller gave statuses to scans nobody could read, re-derive the status
-- of the event-log rows of the parcels in temp table reread_keys by the rule of
-- import_event_summary.sql (the newest final status, else the newest known one).
UPDATE parcel_rows AS p
SET status = s.status, status_raw = s.status_raw, status_source = s.status_source,
    status_evidence = s.status_evidence
FROM (
    SELECT
        import_id, tracking_number,
        arg_max(status, (status IN ('delivered', 'returned', 'damaged', 'cancelled'), event_time)) AS status,
        arg_max(status_raw, (status IN ('delivered', 'returned', 'damaged', 'cancelled'), event_time)) AS status_raw,
        'event_text' AS status_source,
        arg_max(description, (status IN ('delivered', 'returned', 'damaged', 'cancelled'), event_time))
            AS status_evidence
    FROM tracking_events
    WHERE status <> 'unknown' AND tracking_number IN (SELECT tracking_number FROM reread_keys)
    GROUP BY import_id, tracking_number
) AS s
WHERE p.kind = 'events' AND p.import_id = s.import_id AND p.tracking_number = s.tracking_number;

-- A row that is its own parcel carries its parcel fields (schema.sql's macros).
UPDATE parcel_rows
SET parcel_status = parcel_status(nullif(status, 'unknown'), delivered_date),
    parcel_delivered_date = parcel_delivered_date(nullif(status, 'unknown'), delivered_date, last_event_time)
WHERE is_parcel AND tracking_number IN (SELECT tracking_number FROM reread_keys);

-- Parcels merged from several rows are merged again (rebuild_parcels.sql).
CREATE OR REPLACE TEMP TABLE touched_keys AS
SELECT DISTINCT tracking_number, false AS is_new FROM parcel_rows
WHERE NOT is_parcel AND tracking_number IN (SELECT tracking_number FROM reread_keys);
