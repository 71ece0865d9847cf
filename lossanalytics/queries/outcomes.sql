-- Outcome of every parcel as of $as_of (DESIGN §4, §6), with the numbers behind each
-- suspected-lost rule. {filters} is a whitelisted predicate built by lossanalytics.filters.
WITH thresholds AS (
    SELECT * FROM mode_thresholds          -- registered per call: mode, stall_days, overdue_days
),
base AS (
    SELECT p.*,
           coalesce(t.stall_days, $default_stall_days) AS stall_days,
           coalesce(t.overdue_days, $default_overdue_days) AS overdue_days,
           date_diff('second', coalesce(p.last_event_time, p.ship_date), $as_of_end) / 86400.0 AS days_silent,
           date_diff('second', p.ship_date, $as_of_end) / 86400.0 AS days_since_ship,
           date_diff('second', p.estimated_delivery_date, $as_of_end) / 86400.0 AS days_past_edd
    FROM parcels AS p
    LEFT JOIN thresholds AS t USING (mode)
    WHERE (p.ship_date IS NULL OR p.ship_date < $as_of_end) AND {filters}
),
rules AS (
    SELECT *,
           status NOT IN ('delivered', 'lost', 'damaged', 'returned', 'cancelled') AS open,
           coalesce(days_silent > stall_days, false) AS rule_stalled,
           coalesce(days_since_ship > overdue_days, false) AS rule_overdue,
           coalesce(days_past_edd > $edd_grace_days, false) AS rule_past_edd,
           coalesce(status = 'expired'
             OR (status IN ('unknown', 'info_received') AND days_since_ship > $not_found_days), false) AS rule_gave_up,
           coalesce(status IN ('exception', 'delivery_failed') AND days_silent > $exception_days, false)
             AS rule_stuck_exception
    FROM base
),
classified AS (
    SELECT *,
           CASE
               WHEN NOT open THEN status
               WHEN rule_stalled OR rule_overdue OR rule_past_edd OR rule_gave_up OR rule_stuck_exception
                   THEN 'suspected_lost'
               ELSE 'in_transit'
           END AS outcome,
           -- How far past its thresholds the parcel is: 1 = just past, 2 = twice as long.
           greatest(
               days_silent / stall_days,
               days_since_ship / overdue_days,
               CASE WHEN days_past_edd > $edd_grace_days THEN 1 + (days_past_edd - $edd_grace_days) / 30.0 END,
               CASE WHEN rule_gave_up OR rule_stuck_exception THEN 1.0 END
           ) AS overrun
    FROM rules
)
SELECT *,
       CASE WHEN outcome = 'suspected_lost' THEN
           CAST(least(100, greatest(1, round(
               40 + 30 * (coalesce(overrun, 1) - 1)
               + CASE WHEN status IN ('exception', 'expired', 'delivery_failed') THEN 15 ELSE 0 END
               + 5 * (CAST(rule_stalled AS INTEGER) + CAST(rule_overdue AS INTEGER) + CAST(rule_past_edd AS INTEGER) - 1)
           ))) AS INTEGER)
       END AS risk
FROM classified
