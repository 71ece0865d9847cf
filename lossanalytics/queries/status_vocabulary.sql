-- The seller's statuses for values the product could not read, and re-reading stored rows with them
-- (lossanalytics.importing.status_vocabulary; the table is in schema.sql).
-- name: assign
INSERT OR REPLACE INTO status_vocabulary VALUES ($key, $raw, $status, $now);

-- name: assigned
SELECT raw, status FROM status_vocabulary ORDER BY assigned_at DESC;

-- name: by_key
-- The raw text too: each choice's shape is derived from it (status_evidence.seller_vocabulary).
SELECT raw_key, raw, status FROM status_vocabulary;

-- name: unread_rows
SELECT DISTINCT status_raw, last_event_text FROM parcel_rows
WHERE status_source IS NULL AND kind <> 'events' AND (status_raw IS NOT NULL OR last_event_text IS NOT NULL);

-- name: unknown_scans
SELECT DISTINCT status_raw, description FROM tracking_events WHERE status = 'unknown';

-- name: reread_keys
-- The keys of the rows (reread_rows) and scans (reread_scans) the seller's choices now read.
CREATE OR REPLACE TEMP TABLE reread_keys AS
SELECT DISTINCT p.tracking_number FROM parcel_rows AS p
JOIN reread_rows AS n
  ON p.status_raw IS NOT DISTINCT FROM n.status_raw AND p.last_event_text IS NOT DISTINCT FROM n.last_event_text
WHERE p.status_source IS NULL AND p.kind <> 'events'
UNION
SELECT DISTINCT e.tracking_number FROM tracking_events AS e
JOIN reread_scans AS n
  ON e.status_raw IS NOT DISTINCT FROM n.status_raw AND e.description IS NOT DISTINCT FROM n.description
WHERE e.status = 'unknown';

-- name: reread_rows
UPDATE parcel_rows AS p
SET status = n.status, status_source = n.status_source, status_evidence = n.status_evidence
FROM reread_rows AS n
WHERE p.status_raw IS NOT DISTINCT FROM n.status_raw AND p.last_event_text IS NOT DISTINCT FROM n.last_event_text
  AND p.status_source IS NULL AND p.kind <> 'events';

-- name: reread_scans
UPDATE tracking_events AS e SET status = n.status
FROM reread_scans AS n
WHERE e.status = 'unknown' AND e.status_raw IS NOT DISTINCT FROM n.status_raw
  AND e.description IS NOT DISTINCT FROM n.description;

-- name: reread_count
SELECT count(*) FROM reread_keys;

-- name: drop_reread_keys
DROP TABLE reread_keys;

-- name: unread_words
-- Per parcel, the carrier's words the product could not read (a status value, else an event text).
SELECT tracking_number, min(coalesce(status_raw, last_event_text)) AS words
FROM parcel_rows
WHERE status_source IS NULL AND kind <> 'events' AND coalesce(status_raw, last_event_text) IS NOT NULL
  AND list_contains($numbers, tracking_number)
GROUP BY tracking_number;
