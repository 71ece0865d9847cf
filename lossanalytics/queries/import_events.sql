-- Store the scans of an event-log import.
INSERT INTO tracking_events
SELECT $import_id, source_row, tracking_number, event_time, coalesce(status, 'unknown'), status_raw,
       location, last_event_text
FROM stage_norm
WHERE accepted;
