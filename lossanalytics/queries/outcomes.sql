-- Outcome of every parcel as of $as_of_end (DESIGN §4, §6), with the numbers behind each
-- suspected-lost rule. Two small tables are registered per call: mode_thresholds (the mode
-- defaults from the settings) and lane_history (lanes.sql, what each lane's delivered parcels
-- show is normal). {in_scope} is filters.sql's in_scope (lossanalytics.analytics.detect.in_scope).
-- Only open parcels are judged; the others' outcome is their status, and their rule columns
-- stay NULL (UNION ALL BY NAME), which keeps the query fast on a million parcels. A parcel
-- with no date at all (no ship date, scan or delivery date) cannot be placed in time: its
-- outcome is 'unknown', and rates leave it out (DESIGN §6: data that cannot support a rule).
-- {closed} (filters.sql's all or none) keeps the others or leaves them out: the rates over the
-- closed parcels' kept rows (lossanalytics.analytics.kept) judge the open parcels alone.
-- Only what was known by the end of the as-of day counts (DESIGN §4): a status stated by a scan or
-- a delivery after it (known_later) was not known yet, so that parcel was travelling that day,
-- judged by its age and estimate; its silence is not judged, as its scans before the day are not
-- known (only the latest scan is kept with a parcel). Its own fields stay those of the data.
-- {known_later} is filters.sql's stated_later, or its none where no parcel's status was stated after
-- the day (lossanalytics.analytics.lanes.stated_after): looking at every parcel's dates made the
-- query three times slower at ten million parcels.
WITH scoped AS NOT MATERIALIZED (
    SELECT p.*,
           coalesce(p.ship_date, p.last_event_time, p.delivered_date) IS NOT NULL AS dated,
           {known_later} AS known_later,
           CASE WHEN known_later THEN 'in_transit' ELSE p.status END AS status_then,
           dated AND status_then NOT IN ('delivered', 'lost', 'damaged', 'returned', 'cancelled') AS open
    FROM parcels AS p
    WHERE {in_scope}
),
open_parcels AS (
    SELECT *,
           CASE WHEN NOT known_later
                THEN date_diff('second', coalesce(last_event_time, ship_date), $as_of_end) / 86400.0 END AS days_silent,
           date_diff('second', ship_date, $as_of_end) / 86400.0 AS days_since_ship,
           date_diff('second', estimated_delivery_date, $as_of_end) / 86400.0 AS days_past_edd,
           -- After a failed delivery or an exception the parcel is known to be somewhere (going
           -- back, waiting for a second attempt): only the stuck-exception rule judges it.
           status_then IN ('exception', 'delivery_failed') AS in_exception
    FROM scoped
    WHERE open
),
thresholds AS (
    -- A lane learns a threshold once it has enough delivered parcels that show the number it
    -- needs (scan gaps exist only where an event log was imported); until then its mode's default.
    SELECT p.*,
           l.lane_delivered, l.lane_transit_p95, l.lane_gap_p95, l.lane_gap_p99, l.lane_late_p99,
           coalesce(l.lane_gaps_known >= $min_lane_history, false) AS stall_learned,
           coalesce(l.lane_delivered >= $min_lane_history, false) AS overdue_learned,
           coalesce(l.lane_edds_known >= $min_lane_history AND l.lane_late_p99 > $edd_grace_days, false)
               AS edd_learned,
           -- Without its own scan gaps a lane cannot know its customs: a parcel whose last scan
           -- mentions customs gets the customs allowance where that is longer than its mode's.
           coalesce(NOT stall_learned AND NOT p.known_later
                    AND $customs_hold_days > coalesce(m.stall_days, $default_stall_days)
                    AND regexp_matches(p.last_event_text, $customs_pattern, 'i'), false) AS with_customs,
           CASE WHEN stall_learned THEN greatest($min_stall_days, $stall_factor * l.lane_gap_p99)
                WHEN with_customs THEN $customs_hold_days
                ELSE coalesce(m.stall_days, $default_stall_days) END AS stall_days,
           CASE WHEN overdue_learned THEN $overdue_factor * l.lane_transit_p95
                ELSE coalesce(m.overdue_days, $default_overdue_days) END AS overdue_days,
           -- Lanes whose estimates are routinely optimistic earn the lateness they usually show.
           CASE WHEN edd_learned THEN l.lane_late_p99 ELSE $edd_grace_days END AS edd_grace_days
    FROM open_parcels AS p
    LEFT JOIN mode_thresholds AS m ON m.mode = p.mode
    LEFT JOIN lane_history AS l
        ON l.carrier = p.carrier AND l.mode = p.mode
       AND l.origin_country IS NOT DISTINCT FROM p.origin_country
       AND l.dest_country IS NOT DISTINCT FROM p.dest_country
),
rules AS (
    SELECT *,
           coalesce(NOT in_exception AND days_silent > stall_days, false) AS rule_stalled,
           coalesce(NOT in_exception AND days_since_ship > overdue_days, false) AS rule_overdue,
           coalesce(NOT in_exception AND days_past_edd > edd_grace_days, false) AS rule_past_edd,
           coalesce(status_then = 'expired'
             OR (status_then IN ('unknown', 'info_received') AND days_since_ship > $not_found_days), false) AS rule_gave_up,
           coalesce(in_exception AND days_silent > $exception_days, false) AS rule_stuck_exception
    FROM thresholds
),
judged AS (
    SELECT *,
           CASE WHEN rule_stalled OR rule_overdue OR rule_past_edd OR rule_gave_up OR rule_stuck_exception
                THEN 'suspected_lost' ELSE 'in_transit' END AS outcome,
           -- How far past its thresholds the parcel is (1 = just past, 2 = twice as long): each
           -- rule's elapsed time over the time it allows, the EDD rule counted from shipping.
           greatest(
               CASE WHEN NOT in_exception THEN days_silent / stall_days END,
               CASE WHEN NOT in_exception THEN days_since_ship / overdue_days END,
               CASE WHEN rule_past_edd THEN coalesce(
                   days_since_ship / nullif(
                       greatest(date_diff('second', ship_date, estimated_delivery_date) / 86400.0, 0) + edd_grace_days, 0),
                   1 + (days_past_edd - edd_grace_days) / 30.0) END,
               CASE WHEN status_then = 'expired' THEN 1.5 END,
               CASE WHEN rule_gave_up AND status_then <> 'expired' THEN days_since_ship / $not_found_days END,
               CASE WHEN rule_stuck_exception THEN days_silent / $exception_days END
           ) AS overrun,
           -- When the first rule fired (or will fire, if nothing changes): the silence, age and
           -- lateness allowances run from the last scan, the shipping and the estimate.
           CASE WHEN in_exception THEN coalesce(last_event_time, ship_date) + to_seconds($exception_days * 86400)
                ELSE least(
                    CASE WHEN NOT known_later THEN coalesce(last_event_time, ship_date) + to_seconds(stall_days * 86400) END,
                    ship_date + to_seconds(overdue_days * 86400),
                    estimated_delivery_date + to_seconds(edd_grace_days * 86400),
                    CASE WHEN status_then = 'expired' THEN coalesce(last_event_time, ship_date) END,
                    CASE WHEN status_then IN ('unknown', 'info_received')
                         THEN ship_date + to_seconds($not_found_days * 86400) END)
           END AS flag_time
    FROM rules
)
SELECT *,
       -- 50 just past a threshold, 75 at twice it, 100 at four times; the carrier's own bad news
       -- (an exception, an expired tracking) and each further rule that agrees add to it.
       CASE WHEN outcome = 'suspected_lost' THEN
           CAST(least(100, greatest(1, round(
               50 + 25 * log2(greatest(coalesce(overrun, 1), 1))
               + CASE WHEN in_exception OR status_then = 'expired' THEN 10 ELSE 0 END
               + 5 * (CAST(rule_stalled AS INTEGER) + CAST(rule_overdue AS INTEGER) + CAST(rule_past_edd AS INTEGER)
                      + CAST(rule_gave_up AS INTEGER) + CAST(rule_stuck_exception AS INTEGER) - 1)
           ))) AS INTEGER)
       END AS risk
FROM judged
UNION ALL BY NAME
SELECT *, CASE WHEN dated THEN status_then ELSE 'unknown' END AS outcome FROM scoped WHERE NOT open AND {closed}
