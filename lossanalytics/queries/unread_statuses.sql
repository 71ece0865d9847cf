-- Purpose: the status values and event texts that nothing read (no published code, no
-- carrier phrase, no choice of the seller's), grouped by shape (the same words with other
-- numbers, status_evidence.shape_key), each line with how many parcels it leaves without a
-- status, most first (issue 11, item 6; lossanalytics.importing.status_vocabulary).

-- name: cells
-- Each unread value with each parcel it concerns.
WITH status_cells AS (
    -- A status or sub-status cell left unread is kept as a warning with its text.
    SELECT 'status' AS field, j.value, r.tracking_number
    FROM rejects AS j
    JOIN parcel_rows AS r ON r.import_id = j.import_id AND r.source_row = j.source_row
    WHERE j.reason = 'reject.unknown_status' AND j.value IS NOT NULL AND r.status_source IS NULL
),
row_texts AS (
    SELECT 'event_text' AS field, last_event_text AS value, tracking_number
    FROM parcel_rows
    WHERE status_source IS NULL AND last_event_text IS NOT NULL AND kind <> 'events'
),
scan_texts AS (
    SELECT 'event_text' AS field, description AS value, tracking_number
    FROM tracking_events
    WHERE status = 'unknown' AND description IS NOT NULL
)
SELECT * FROM status_cells
UNION ALL SELECT * FROM row_texts
UNION ALL SELECT * FROM scan_texts;

-- name: values
-- The distinct unread values, whose shapes Python derives (fold is Python's).
WITH cells AS ({cells})
SELECT DISTINCT value FROM cells;

-- name: by_shape
-- One line per field and shape (unread_shapes: value -> shape, registered by the caller):
-- the value with most parcels stands for it (ties by text), with how many distinct values
-- the line covers and the distinct parcels over all of them.
WITH cells AS ({cells}),
shaped AS (
    SELECT c.field, s.shape, c.value, c.tracking_number
    FROM cells AS c
    JOIN unread_shapes AS s ON s.value = c.value
),
per_value AS (
    SELECT field, shape, value, count(DISTINCT tracking_number) AS parcels
    FROM shaped
    GROUP BY field, shape, value
),
representatives AS (
    SELECT field, shape, value, count(*) OVER (PARTITION BY field, shape) AS values_covered
    FROM per_value
    QUALIFY row_number() OVER (PARTITION BY field, shape ORDER BY parcels DESC, value) = 1
),
lines AS (
    SELECT field, shape, count(DISTINCT tracking_number) AS parcels
    FROM shaped
    GROUP BY field, shape
)
SELECT r.field, r.value, r.values_covered, l.parcels
FROM representatives AS r
JOIN lines AS l ON l.field = r.field AND l.shape = r.shape
ORDER BY l.parcels DESC, r.field, r.value
LIMIT $limit;
