-- Purpose: the status values and event texts that nothing read (no published code, no
-- carrier phrase, no choice of the seller's), each with how many parcels it leaves
-- without a status, most first (issue 11, item 6).
WITH status_values AS (
    -- A status or sub-status cell left unread is kept as a warning with its text.
    SELECT 'status' AS field, j.value, count(DISTINCT r.tracking_number) AS parcels
    FROM rejects AS j
    JOIN parcel_rows AS r ON r.import_id = j.import_id AND r.source_row = j.source_row
    WHERE j.reason = 'reject.unknown_status' AND j.value IS NOT NULL AND r.status_source IS NULL
    GROUP BY j.value
),
row_texts AS (
    SELECT last_event_text AS value, tracking_number
    FROM parcel_rows
    WHERE status_source IS NULL AND last_event_text IS NOT NULL AND kind <> 'events'
),
scan_texts AS (
    SELECT description AS value, tracking_number
    FROM tracking_events
    WHERE status = 'unknown' AND description IS NOT NULL
),
event_texts AS (
    SELECT 'event_text' AS field, value, count(DISTINCT tracking_number) AS parcels
    FROM (SELECT * FROM row_texts UNION ALL SELECT * FROM scan_texts)
    GROUP BY value
)
SELECT field, value, parcels
FROM (SELECT * FROM status_values UNION ALL SELECT * FROM event_texts)
ORDER BY parcels DESC, field, value
LIMIT $limit
