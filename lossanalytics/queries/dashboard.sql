-- The overview's small reads (lossanalytics.analytics.overview): filter choices, data version, import history, rejects, a parcel's scans.
-- name: filter_options
-- What the sidebar filters can offer: carriers, modes, destinations and the ship-date span.
SELECT
    list(DISTINCT carrier ORDER BY carrier) AS carriers,
    list(DISTINCT mode ORDER BY mode) AS modes,
    list(DISTINCT dest_country ORDER BY dest_country) FILTER (WHERE dest_country IS NOT NULL) AS dest_countries,
    min(ship_date) AS first_ship_date,
    max(ship_date) AS last_ship_date,
    count(*) AS parcels
FROM parcels;

-- name: data_version
-- Changes whenever an import is added or undone, a carrier is shown under another
-- name (carrier_names.sql), the seller gives a status to a value nobody read
-- (status_vocabulary) or changes the home country that unknown origins are taken
-- from (parcels_view.sql); part of every cache key.
SELECT CAST(coalesce(max(id), 0) AS HUGEINT) * 1000003 + count(*)
       + CAST((SELECT coalesce(bit_xor(hash(carrier, shown)), 0) FROM carrier_names) AS HUGEINT) * 1000003 * 1000003
       + CAST((SELECT coalesce(bit_xor(hash(raw_key, status)), 0) FROM status_vocabulary) AS HUGEINT) * 7919
       + CAST((SELECT coalesce(bit_xor(hash(value)), 0) FROM settings WHERE key = 'home.country') AS HUGEINT) * 104729
       AS version
FROM imports;

-- name: import_history
-- Every import, newest first, as the Import page lists them.
SELECT id AS import_id, file_name, detected_format, kind, rows_read, rows_stored, rows_updated, rows_rejected,
       imported_at
FROM imports
ORDER BY id DESC;

-- name: rejects
-- Rejected rows and set-aside values of one import, in file order.
WITH one_import AS (SELECT id, file_name FROM imports WHERE id = $import_id)
SELECT i.file_name, r.source_row, r.column_name, r.value, r.severity, r.reason
FROM rejects AS r JOIN one_import AS i ON i.id = r.import_id
ORDER BY r.source_row, r.column_name;

-- name: events_of
-- The tracking timeline of one parcel.
SELECT event_time, status, status_raw, location, description
FROM (SELECT DISTINCT event_time, status, status_raw, location, description
      FROM tracking_events WHERE tracking_number = $tracking_number)
ORDER BY event_time;

-- name: undated
-- Parcels the filters ({filters}, filters.sql) keep that have no date at all: outcomes.sql
-- cannot place them in time (outcome 'unknown'), so rates.sql leaves them out.
SELECT count(*) FROM parcels AS p
WHERE coalesce(p.ship_date, p.last_event_time, p.delivered_date) IS NULL AND {filters}

-- name: shipped_after
-- Parcels the filters ({filters}, filters.sql) keep that were shipped after the end of the day judged
-- ($as_of_end): filters.sql's in_scope leaves them out of every figure of that day.
SELECT count(*) FROM parcels AS p
WHERE p.ship_date >= $as_of_end AND {filters}

-- name: first_ship_after
-- The earliest ship date of the parcels the filters ({filters}, filters.sql) keep, when every one of them
-- with a ship date was shipped after the end of the day judged ($as_of_end); no row otherwise.
SELECT min(p.ship_date) AS first_ship FROM parcels AS p
WHERE p.ship_date IS NOT NULL AND {filters}
HAVING min(p.ship_date) >= $as_of_end

-- name: unread_by_carrier
-- Per carrier, its dated parcels in scope ({in_scope}, filters.sql) whose status nothing gave or read:
-- outcomes.sql judges them as still travelling, suspected lost once overdue, so a carrier with many of
-- them has a rate that says little. `with_words` had a status value or event text that no code or phrase read.
WITH unread AS (
    SELECT p.carrier, p.status_raw IS NOT NULL OR p.last_event_text IS NOT NULL AS with_words
    FROM parcels AS p
    WHERE p.status = 'unknown' AND coalesce(p.ship_date, p.last_event_time, p.delivered_date) IS NOT NULL
      AND {in_scope}
)
SELECT carrier, count(*) AS unread, count(*) FILTER (WHERE with_words) AS with_words
FROM unread
GROUP BY carrier
ORDER BY unread DESC, carrier;
