-- Loss figures per group (DESIGN §7), for one or several groupings in one pass over the
-- outcomes. The placeholders in braces are filled by lossanalytics.analytics.metrics through db.render:
-- the outcome query, the whitelisted grouping columns ({keys}) and the grouping sets ({sets},
-- and {currency_sets}: the same sets each with the currency). grouping({keys}) is the bit mask
-- that tells the sets apart (1 = column not in the set); group_key holds a group's keys.
WITH outcomes AS (
    {outcomes}
),
grouped AS (
    SELECT *, strftime(ship_date, '%Y-%m') AS month, 'all' AS total FROM outcomes
),
keyed AS (
    SELECT {keys}, outcome, declared_value, coalesce(currency, '?') AS currency,
           date_diff('second', ship_date, delivered_date) / 86400.0 AS transit_days,
           -- On time: delivered by the end of the estimated day.
           CASE WHEN outcome = 'delivered' AND estimated_delivery_date IS NOT NULL
                THEN delivered_date < date_trunc('day', estimated_delivery_date) + INTERVAL 1 DAY END AS on_time
    FROM grouped
    -- Parcels that cannot be judged (no date at all) are no shipments of any rate.
    WHERE outcome <> 'unknown'
),
value_lost AS (
    SELECT set_id, row({keys}) AS group_key,
           list({'currency': currency, 'amount': round(amount, 2)} ORDER BY amount DESC) AS value_at_loss
    FROM (
        SELECT grouping({keys}) AS set_id, {keys}, currency, sum(declared_value) AS amount
        FROM keyed
        WHERE outcome IN ('lost', 'suspected_lost') AND declared_value IS NOT NULL
        GROUP BY GROUPING SETS ({currency_sets})
    )
    GROUP BY ALL
),
counts AS (
    SELECT grouping({keys}) AS set_id, {keys},
           count(*) AS shipments,
           count(*) FILTER (WHERE outcome = 'delivered') AS delivered,
           count(*) FILTER (WHERE outcome = 'lost') AS lost,
           count(*) FILTER (WHERE outcome = 'suspected_lost') AS suspected_lost,
           count(*) FILTER (WHERE outcome = 'damaged') AS damaged,
           count(*) FILTER (WHERE outcome = 'returned') AS returned,
           count(*) FILTER (WHERE outcome = 'cancelled') AS cancelled,
           count(*) FILTER (WHERE outcome = 'in_transit') AS in_transit,
           -- One sort for the three percentiles.
           quantile_cont(transit_days, [0.5, 0.9, 0.95]) FILTER (WHERE outcome = 'delivered') AS transit,
           avg(CAST(on_time AS DOUBLE)) AS on_time_rate,
           count(on_time) AS on_time_known,
           row({keys}) AS group_key
    FROM keyed
    GROUP BY GROUPING SETS ({sets})
)
SELECT c.* EXCLUDE (transit, group_key),
       c.transit[1] AS transit_p50, c.transit[2] AS transit_p90, c.transit[3] AS transit_p95,
       v.value_at_loss
FROM counts AS c
LEFT JOIN value_lost AS v ON v.set_id = c.set_id AND v.group_key IS NOT DISTINCT FROM c.group_key
ORDER BY c.shipments DESC
