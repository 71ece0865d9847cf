-- The lane history kept with the data (table lane_history_store; lossanalytics.analytics.lanes).
-- lanes.sql learns from the deliveries before $as_of_end: as of any moment after the newest
-- delivery it can learn from, it learns the same rows, so those rows are kept once per data version.

-- name: newest_delivery
-- The newest delivery lanes.sql learns from, whatever the as-of day (NULL without any).
SELECT max(delivered_date) AS newest_delivery
FROM parcels
WHERE status = 'delivered' AND {delivered_after_shipping};

-- name: stored
-- The kept rows of data version $version, if they are what lanes.sql learns as of $as_of_end.
SELECT carrier, origin_country, dest_country, mode, lane_delivered, lane_transit_p95, lane_gaps_known,
       lane_gap_p95, lane_gap_p99, lane_edds_known, lane_late_p99
FROM lane_history_store
WHERE version = $version AND newest_delivery < $as_of_end;

-- name: forget
DELETE FROM lane_history_store;

-- name: keep
-- `learned` is the registered result of lanes.sql.
INSERT INTO lane_history_store
SELECT $version, $newest_delivery, carrier, origin_country, dest_country, mode, lane_delivered, lane_transit_p95,
       lane_gaps_known, lane_gap_p95, lane_gap_p99, lane_edds_known, lane_late_p99
FROM learned;
