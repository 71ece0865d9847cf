-- Loss figures per group (DESIGN §7), for one or several groupings in one pass over the
-- outcomes. The placeholders in braces are filled by lossanalytics.analytics.metrics through sql_text.render:
-- the outcome query, the whitelisted grouping columns ({keys}, every column of every set), the
-- grouping sets ({sets}; {currency_sets}: the same sets each with the currency; {coarse_sets}: the
-- sets without every column, {coarse_keys} their columns) and whether the finest set ({finest}: the
-- set of every column) and any coarser one ({coarse}) are asked for (the blocks asked and not_asked
-- below). grouping({keys}) is the bit mask that tells the sets apart (1 = column not in the set);
-- group_key holds a group's keys; coarse_id and coarse_key the same over the coarse sets' columns.
-- The statements are built from two pieces: `pass` (the CTEs over the outcomes, one pass) and
-- `aggregation` (the CTEs and the SELECT over its few rows); `rates` joins them in one statement,
-- `passed` and `aggregate` run them apart, so that the closed parcels' rows can be kept.

-- name: rates
-- The figures per group in one statement: the pass over the outcomes, then its aggregation.
WITH {pass},
{aggregation}

-- name: passed
-- The pass's rows, to be aggregated (and the closed parcels' kept, queries/closed_rates_store.sql)
-- apart: the rows of `fine` and of `coarse_transit`, told apart by `part`.
WITH {pass}
SELECT 'fine' AS part, * FROM fine
UNION ALL BY NAME
SELECT 'coarse' AS part, * FROM coarse_transit

-- name: aggregate
-- The aggregation of the pass's rows registered as `passed` (statement passed, perhaps kept rows
-- and rows of the open parcels together).
WITH fine AS (
    SELECT {keys}, lost_currency, outcome, shipments, on_time, on_time_known, value_lost, transit
    FROM passed
    WHERE part = 'fine'
),
coarse_transit AS (
    SELECT coarse_id, {coarse_keys}, transit FROM passed WHERE part = 'coarse'
),
{aggregation}

-- name: pass
outcomes AS (
    {outcomes}
),
grouped AS (
    SELECT *, strftime(ship_date, '%Y-%m') AS month, 'all' AS total FROM outcomes
),
keyed AS (
    SELECT {keys}, outcome, declared_value,
           -- The currency of a lost parcel's declared value; NULL for every other parcel, so that the
           -- parcels of a finest group with one outcome stay in one row of `fine`.
           CASE WHEN outcome IN ('lost', 'suspected_lost') AND declared_value IS NOT NULL
                THEN coalesce(currency, '?') END AS lost_currency,
           -- Percentiles of whole seconds, in days after: DuckDB picks among integers faster than
           -- among doubles (0.2 CPU-s of 2.3 at 10M); the days differ from those of days' percentiles
           -- by rounding alone (within 3e-16 relative). None for a delivery dated before the shipping
           -- (queries/shipping.sql's rule).
           {transit_seconds} AS transit_seconds,
           -- On time: delivered by the end of the estimated day.
           CASE WHEN outcome = 'delivered' AND estimated_delivery_date IS NOT NULL
                THEN delivered_date < date_trunc('day', estimated_delivery_date) + INTERVAL 1 DAY END AS on_time
    FROM grouped
    -- Parcels that cannot be judged (no date at all) are no shipments of any rate.
    WHERE outcome <> 'unknown'
),
fine AS (
    -- The parcels are grouped by their text keys (and outcome) once: counts and sums of any set
    -- add up from these few rows. Quantiles do not add up: the finest set's are taken here,
    -- where its delivered parcels are already grouped (one sort for the three percentiles).
    SELECT {keys}, lost_currency, outcome,
           count(*) AS shipments,
           count_if(on_time) AS on_time,
           count(on_time) AS on_time_known,
           sum(declared_value) FILTER (WHERE lost_currency IS NOT NULL) AS value_lost,
           quantile_cont(transit_seconds, [0.5, 0.9, 0.95]) FILTER (WHERE outcome = 'delivered' AND {finest}) AS transit
    FROM keyed
    GROUP BY ALL
),
coarse_transit AS (
    -- Each coarser set's percentiles from its own delivered parcels. The delivered ones are
    -- picked by FILTER, not WHERE: with a WHERE, DuckDB (2.0) took 8.5 CPU-s instead of 3.8 for
    -- the Routes page's sets at 10M parcels (its percentiles per destination and per mode).
    SELECT grouping({coarse_keys}) AS coarse_id, {coarse_keys},
           quantile_cont(transit_seconds, [0.5, 0.9, 0.95]) FILTER (WHERE outcome = 'delivered') AS transit
    FROM keyed
    WHERE {coarse}
    GROUP BY GROUPING SETS ({coarse_sets})
)

-- name: aggregation
value_lost AS (
    SELECT set_id, row({keys}) AS group_key,
           list({'currency': currency, 'amount': round(amount, 2)} ORDER BY amount DESC) AS value_at_loss
    FROM (
        SELECT grouping({keys}) AS set_id, {keys}, lost_currency AS currency, sum(value_lost) AS amount
        FROM fine
        WHERE lost_currency IS NOT NULL
        GROUP BY GROUPING SETS ({currency_sets})
    )
    GROUP BY ALL
),
coarse_keyed AS (
    SELECT coarse_id, row({coarse_keys}) AS coarse_key, transit FROM coarse_transit
),
counts AS (
    SELECT grouping({keys}) AS set_id, {keys},
           CAST(sum(shipments) AS BIGINT) AS shipments,
           CAST(coalesce(sum(shipments) FILTER (WHERE outcome = 'delivered'), 0) AS BIGINT) AS delivered,
           CAST(coalesce(sum(shipments) FILTER (WHERE outcome = 'lost'), 0) AS BIGINT) AS lost,
           CAST(coalesce(sum(shipments) FILTER (WHERE outcome = 'suspected_lost'), 0) AS BIGINT) AS suspected_lost,
           CAST(coalesce(sum(shipments) FILTER (WHERE outcome = 'damaged'), 0) AS BIGINT) AS damaged,
           CAST(coalesce(sum(shipments) FILTER (WHERE outcome = 'returned'), 0) AS BIGINT) AS returned,
           CAST(coalesce(sum(shipments) FILTER (WHERE outcome = 'cancelled'), 0) AS BIGINT) AS cancelled,
           CAST(coalesce(sum(shipments) FILTER (WHERE outcome = 'in_transit'), 0) AS BIGINT) AS in_transit,
           -- The share of on-time deliveries, as avg() of 1s and 0s gives it; NULL with none known.
           sum(on_time) / nullif(sum(on_time_known), 0) AS on_time_rate,
           CAST(sum(on_time_known) AS BIGINT) AS on_time_known,
           -- A finest group's delivered parcels are all in its one delivered row (delivered parcels
           -- have no lost currency); max() of that one row, as Spark cannot filter any_value().
           max(transit) FILTER (WHERE lost_currency IS NULL AND outcome = 'delivered') AS fine_transit,
           row({keys}) AS group_key,
           grouping({coarse_keys}) AS coarse_id, row({coarse_keys}) AS coarse_key
    FROM fine
    GROUP BY GROUPING SETS ({sets})
)
SELECT c.* EXCLUDE (fine_transit, group_key, coarse_id, coarse_key),
       -- The finest set (set_id 0: no column left out) has its percentiles in `fine`.
       (CASE WHEN c.set_id = 0 THEN c.fine_transit ELSE t.transit END)[1] / 86400.0 AS transit_p50,
       (CASE WHEN c.set_id = 0 THEN c.fine_transit ELSE t.transit END)[2] / 86400.0 AS transit_p90,
       (CASE WHEN c.set_id = 0 THEN c.fine_transit ELSE t.transit END)[3] / 86400.0 AS transit_p95,
       v.value_at_loss
FROM counts AS c
LEFT JOIN coarse_keyed AS t
    ON c.set_id <> 0 AND t.coarse_id = c.coarse_id AND t.coarse_key IS NOT DISTINCT FROM c.coarse_key
LEFT JOIN value_lost AS v ON v.set_id = c.set_id AND v.group_key IS NOT DISTINCT FROM c.group_key
ORDER BY c.shipments DESC

-- name: asked
true

-- name: not_asked
false
