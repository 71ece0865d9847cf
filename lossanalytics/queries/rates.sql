-- Loss figures per group (DESIGN §7). The placeholders in braces are filled by
-- lossanalytics.metrics: the outcome query and the whitelisted grouping columns.
WITH outcomes AS (
    {outcomes}
),
keyed AS (
    SELECT {key_defs}, outcome, declared_value, currency,
           date_diff('second', ship_date, delivered_date) / 86400.0 AS transit_days,
           CASE WHEN outcome = 'delivered' AND estimated_delivery_date IS NOT NULL
                THEN delivered_date < estimated_delivery_date + INTERVAL 1 DAY END AS on_time
    FROM outcomes
),
value_lost AS (
    SELECT {keys}, list({'currency': currency, 'amount': round(amount, 2)} ORDER BY amount DESC) AS value_at_loss
    FROM (
        SELECT {keys}, coalesce(currency, '?') AS currency, sum(declared_value) AS amount
        FROM keyed
        WHERE outcome IN ('lost', 'suspected_lost') AND declared_value IS NOT NULL
        GROUP BY ALL
    )
    GROUP BY ALL
),
counts AS (
    SELECT {keys},
           count(*) AS shipments,
           count(*) FILTER (WHERE outcome = 'delivered') AS delivered,
           count(*) FILTER (WHERE outcome = 'lost') AS lost,
           count(*) FILTER (WHERE outcome = 'suspected_lost') AS suspected_lost,
           count(*) FILTER (WHERE outcome = 'damaged') AS damaged,
           count(*) FILTER (WHERE outcome = 'returned') AS returned,
           count(*) FILTER (WHERE outcome = 'cancelled') AS cancelled,
           count(*) FILTER (WHERE outcome = 'in_transit') AS in_transit,
           quantile_cont(transit_days, 0.5) FILTER (WHERE outcome = 'delivered') AS transit_p50,
           quantile_cont(transit_days, 0.9) FILTER (WHERE outcome = 'delivered') AS transit_p90,
           quantile_cont(transit_days, 0.95) FILTER (WHERE outcome = 'delivered') AS transit_p95,
           avg(CAST(on_time AS DOUBLE)) AS on_time_rate,
           count(on_time) AS on_time_known
    FROM keyed
    GROUP BY ALL
)
SELECT c.*, v.value_at_loss
FROM counts AS c
LEFT JOIN value_lost AS v USING ({keys})
ORDER BY c.shipments DESC
