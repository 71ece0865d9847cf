-- Purpose: find any parcel by tracking number or order id (lossanalytics.analytics.parcel_search),
-- and show one parcel: its facts, the rows and files it came from, and its claim.

-- name: matches
-- Parcels whose tracking number or order id (upper case, spaces removed) equals, starts
-- with or contains $needle: exact matches first, then prefixes, then the rest, each group
-- by tracking number; at most $limit rows, each with the count of every match.
WITH keyed AS (
    SELECT tracking_number, order_id, carrier, ship_date, status,
           upper(tracking_number) AS tracking_key,
           replace(upper(coalesce(order_id, '')), ' ', '') AS order_key
    FROM parcels
),
matched AS (
    SELECT *,
           CASE WHEN tracking_key = $needle OR order_key = $needle THEN 0
                WHEN starts_with(tracking_key, $needle) OR starts_with(order_key, $needle) THEN 1
                ELSE 2 END AS rank
    FROM keyed
    WHERE contains(tracking_key, $needle) OR contains(order_key, $needle)
)
SELECT tracking_number, order_id, carrier, ship_date, status,
       ['exact', 'prefix', 'contains'][rank + 1] AS "match",
       count(*) OVER () AS total
FROM matched
ORDER BY rank, tracking_number
LIMIT $limit;

-- name: parcel
-- One parcel as the view parcels derives it, whatever its ship date.
SELECT tracking_number, carrier, carrier_raw, service, mode, mode_source, order_id, marketplace, origin_country,
       dest_country, ship_date, estimated_delivery_date, delivered_date, last_event_time, last_event_text, status,
       status_raw, status_source, status_evidence, declared_value, currency, weight_kg, insured_value
FROM parcels
WHERE tracking_number = $tracking_number;

-- name: sources
-- Every import that holds a row of this parcel (a parcel row or tracking events), oldest
-- first, with the rows of the file it came from.
WITH found AS (
    SELECT import_id, 'parcel' AS held, source_row FROM parcel_rows WHERE tracking_number = $tracking_number
    UNION ALL
    SELECT import_id, 'events' AS held, source_row FROM tracking_events WHERE tracking_number = $tracking_number
)
SELECT i.id AS import_id, i.file_name, i.kind, i.imported_at, f.held,
       list(DISTINCT f.source_row ORDER BY f.source_row) AS source_rows
FROM found AS f
JOIN imports AS i ON i.id = f.import_id
GROUP BY i.id, i.file_name, i.kind, i.imported_at, f.held
ORDER BY i.id, f.held DESC;

-- name: claim
-- The seller's claim on this parcel, if there is one.
SELECT status, reported_on, filed_on, resolved_on, amount_claimed, amount_recovered, currency
FROM claims
WHERE tracking_number = $tracking_number;
