-- Store the scans of an event-log import; the same scan listed twice (API responses
-- repeat scans) is stored once. import_event_summary.sql then summarises them per parcel.
INSERT INTO tracking_events
SELECT $import_id, min(source_row), tracking_number, event_time, coalesce(status, 'unknown'), status_raw,
       location, last_event_text
FROM stage_norm
WHERE reject_reason IS NULL
GROUP BY tracking_number, event_time, status, status_raw, location, last_event_text;
