-- Summarise the scans of an event-log import into one parcel row per tracking number.
-- Parcel facts that an event row repeats (service, route, weight, API pickup and
-- delivery times) are kept; without them the first scan is the hand-over and the
-- delivered scan the delivery. The status is the newest final one (delivered,
-- returned, damaged, cancelled) if there is one: carriers upload some scans after the
-- delivery scan ("On FedEx vehicle for delivery" an hour after "Delivered"), which must
-- not reopen the parcel. A loss declaration is final only while no scan follows it: a
-- parcel scanned after it was declared lost has been found.
INSERT INTO parcel_rows (import_id, source_row, kind, tracking_number, carrier, carrier_raw, service, mode,
                         order_id, origin_country, dest_country, ship_date, estimated_delivery_date,
                         delivered_date, last_event_time, last_event_text, status, status_raw,
                         declared_value, currency, weight_kg, insured_value, status_source, status_evidence,
                         mode_source)
SELECT
    $import_id,
    arg_max(source_row, event_time),
    'events',
    tracking_number,
    arg_max(carrier, event_time) FILTER (WHERE carrier IS NOT NULL),
    arg_max(carrier_raw, event_time) FILTER (WHERE carrier_raw IS NOT NULL),
    arg_max(service, event_time) FILTER (WHERE service IS NOT NULL),
    arg_max(mode, event_time) FILTER (WHERE mode IS NOT NULL),
    arg_max(order_id, event_time) FILTER (WHERE order_id IS NOT NULL),
    arg_max(origin_country, event_time) FILTER (WHERE origin_country IS NOT NULL),
    arg_max(dest_country, event_time) FILTER (WHERE dest_country IS NOT NULL),
    coalesce(min(ship_date), min(event_time)),
    max(estimated_delivery_date),
    coalesce(max(delivered_date), max(event_time) FILTER (WHERE status = 'delivered')),
    max(event_time),
    arg_max(last_event_text, event_time),
    arg_max(status, (status IN ('delivered', 'returned', 'damaged', 'cancelled'), event_time))
        FILTER (WHERE status <> 'unknown'),
    arg_max(status_raw, (status IN ('delivered', 'returned', 'damaged', 'cancelled'), event_time))
        FILTER (WHERE status <> 'unknown'),
    max(declared_value),
    arg_max(currency, event_time) FILTER (WHERE currency IS NOT NULL),
    max(weight_kg),
    max(insured_value),
    arg_max(status_source, (status IN ('delivered', 'returned', 'damaged', 'cancelled'), event_time))
        FILTER (WHERE status <> 'unknown'),
    arg_max(status_evidence, (status IN ('delivered', 'returned', 'damaged', 'cancelled'), event_time))
        FILTER (WHERE status <> 'unknown'),
    arg_max(mode_source, event_time) FILTER (WHERE mode IS NOT NULL)
FROM stage_norm
WHERE reject_reason IS NULL
GROUP BY tracking_number;
