-- Monthly loss figures per group, with what tells whether a month is mature yet: its share of
-- parcels still in transit and the group's 95th-percentile transit time. Placeholders in braces
-- are filled by lossanalytics.analytics.trends through sql_text.render (the outcome query, whitelisted
-- grouping columns).
WITH outcomes AS (
    {outcomes}
),
grouped AS (
    SELECT *, strftime(ship_date, '%Y-%m') AS month, 'all' AS total FROM outcomes
),
keyed AS MATERIALIZED (
    SELECT {keys}, date_trunc('month', ship_date) AS month_start, outcome,
           -- No transit time for a delivery dated before the shipping (queries/shipping.sql's rule).
           CASE WHEN outcome = 'delivered' THEN {transit_seconds} / 86400.0 END AS transit_days
    FROM grouped
    WHERE ship_date IS NOT NULL
),
group_transit AS (
    SELECT {keys}, quantile_cont(transit_days, 0.95) AS transit_p95
    FROM keyed
    GROUP BY ALL
),
monthly AS (
    SELECT {keys}, month_start,
           count(*) AS shipments,
           count(*) FILTER (WHERE outcome = 'delivered') AS delivered,
           count(*) FILTER (WHERE outcome = 'lost') AS lost,
           count(*) FILTER (WHERE outcome = 'suspected_lost') AS suspected_lost,
           count(*) FILTER (WHERE outcome = 'in_transit') AS in_transit
    FROM keyed
    GROUP BY ALL
)
SELECT m.*, strftime(m.month_start, '%Y-%m') AS month, g.transit_p95
FROM monthly AS m
LEFT JOIN group_transit AS g USING ({keys})
ORDER BY {keys}, m.month_start
