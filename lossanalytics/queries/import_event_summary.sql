-- Summarise the scans of an event-log import into one parcel row per tracking number.
INSERT INTO parcel_rows (import_id, source_row, kind, tracking_number, carrier, carrier_raw, service, mode,
                         ship_date, last_event_time, last_event_text, status, status_raw, delivered_date)
WITH scans AS (
    SELECT * FROM stage_norm WHERE accepted
)
SELECT
    $import_id,
    arg_max(source_row, event_time),
    'events',
    tracking_number,
    arg_max(carrier, event_time) FILTER (WHERE carrier IS NOT NULL),
    arg_max(carrier_raw, event_time) FILTER (WHERE carrier_raw IS NOT NULL),
    arg_max(service, event_time) FILTER (WHERE service IS NOT NULL),
    arg_max(mode, event_time) FILTER (WHERE mode IS NOT NULL),
    min(event_time),                                   -- the first scan: handed to the carrier
    max(event_time),
    arg_max(last_event_text, event_time),
    arg_max(status, event_time) FILTER (WHERE status <> 'unknown'),
    arg_max(status_raw, event_time) FILTER (WHERE status <> 'unknown'),
    max(event_time) FILTER (WHERE status = 'delivered')
FROM scans
GROUP BY tracking_number;
