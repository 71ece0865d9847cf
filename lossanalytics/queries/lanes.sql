-- What is normal on each lane (carrier × origin × destination × mode), learned from the parcels
-- delivered before $as_of_end (DESIGN §6): transit-time percentiles, the distribution of each
-- parcel's longest silence between two scans (known only where an event log was imported),
-- and how late against its estimated delivery date a parcel arrives. Never filtered by the
-- dashboard filters: a lane's normal does not change with what the seller looks at.
-- A delivery dated before its shipping teaches nothing (queries/shipping.sql's rule).
WITH delivered AS (
    SELECT carrier, origin_country, dest_country, mode, max_scan_gap_days,
           {transit_seconds} / 86400.0 AS transit_days,
           date_diff('second', estimated_delivery_date, delivered_date) / 86400.0 AS days_late
    FROM parcels
    WHERE status = 'delivered' AND delivered_date < $as_of_end
      AND {delivered_after_shipping}
)
SELECT carrier, origin_country, dest_country, mode,
       count(*) AS lane_delivered,
       quantile_cont(transit_days, 0.95) AS lane_transit_p95,
       count(max_scan_gap_days) AS lane_gaps_known,
       quantile_cont(max_scan_gap_days, 0.95) AS lane_gap_p95,
       quantile_cont(max_scan_gap_days, 0.99) AS lane_gap_p99,
       count(days_late) AS lane_edds_known,
       quantile_cont(days_late, 0.99) AS lane_late_p99
FROM delivered
GROUP BY ALL
