-- The numbers behind the advice topics (DESIGN §9), each statement one streaming pass over the outcomes
-- or the parcels. Filled in by lossanalytics.advice.figures: {outcomes} is the outcome query, {parcels}
-- the statement `parcels` below, {in_scope} filters.sql's in_scope, and {values}, {valuable},
-- {order_ids} and {order_id_unsure} pieces of this file; registered tables advice_lanes (every lane: its
-- keys, its number `lane`, `rated` when it has enough parcels to judge, loss_rate, loss_rate_low, and
-- what `insurance` weighs against: the limits and `by_service`),
-- advice_risky (lane keys and a number `lane`), and for `figures` the rows of `kinds` and `insurance`
-- (advice_kinds, advice_insurance); $fx_codes and $fx_rates the US dollars per unit of each upper-case
-- currency code; $service_keys (lane and service) and $service_limits what an uninsured parcel of each
-- service is paid on the lanes paid by the service's insurance (`by_service`), in US dollars;
-- $blank is the characters str.strip() removes. No statement keeps every
-- parcel: DuckDB materialises a CTE read twice (and the input of grouping sets), which at ten million
-- parcels outgrows its memory cap and spills; so the never-scanned parcels and the parcels above the
-- high-value threshold are statements of their own, each reading the outcomes once more, as a stream,
-- for the few columns it needs. The threshold needs no outcome: it reads the parcels in scope alone.

-- name: parcels
-- Every parcel in scope with the flags the advice counts and its declared value in US dollars.
SELECT o.tracking_number, o.carrier, o.origin_country, o.dest_country, o.mode, o.outcome, o.order_id,
       o.ship_date, o.declared_value, o.currency, o.last_event_time,
       -- NaN compares above every number in SQL, not in Python: it counts as no value.
       coalesce(o.declared_value > 0 AND NOT isnan(o.declared_value), false) AS has_value,
       coalesce(o.weight_kg > 0 AND NOT isnan(o.weight_kg), false) AS has_weight,
       coalesce(o.insured_value > 0 AND NOT isnan(o.insured_value), false) AS insured,
       -- The rate found by the code's place in a list rather than by a join: a currency column holds few
       -- distinct codes, and DuckDB looks each of them up once (0.05 CPU-s less at ten million parcels).
       CASE WHEN o.declared_value > 0 AND NOT isnan(o.declared_value)
            THEN o.declared_value * $fx_rates[list_position($fx_codes, upper(o.currency))] END AS value_usd,
       o.outcome IN ('lost', 'suspected_lost', 'damaged') AS claimable,
       o.outcome IN ('in_transit', 'suspected_lost') AS open,
       -- Blank: nothing but whitespace. Trimming every value is slow, so only those starting with it are;
       -- and a text starting with printable ASCII ('!' up to DEL in byte order, which a comparison of the
       -- stored prefix tells) starts with no whitespace, so most values skip even the first-character test.
       CASE WHEN o.order_id IS NULL OR o.order_id = '' THEN true
            WHEN o.order_id >= '!' AND o.order_id < chr(127) THEN false
            WHEN NOT contains($blank, left(o.order_id, 1)) THEN false
            ELSE trim(o.order_id, $blank) = '' END AS no_order_id,
       CASE WHEN o.currency IS NULL OR o.currency = '' THEN true
            WHEN o.currency >= '!' AND o.currency < chr(127) THEN false
            WHEN NOT contains($blank, left(o.currency, 1)) THEN false
            ELSE trim(o.currency, $blank) = '' END AS blank_currency,
       o.estimated_delivery_date IS NULL AS no_edd
FROM outcomes AS o;

-- name: kinds
-- The pass over the outcomes: per lane and within it per kind of parcel (its outcome and flags, and
-- the currency of a suspected-lost parcel's value), how many parcels and their sums. A few hundred
-- rows, from which every figure but the insurance adds up (counting each figure per parcel with its
-- own aggregate cost more than grouping by the flags). Lanes are grouped by their number in
-- advice_lanes (hashing four texts per parcel is slow) and named by their keys in the rows, which the
-- closed parcels' kept rows need (lossanalytics.advice.kept_figures); parcels of no known lane (only undated
-- parcels have none) fall in one group, `laned` false, which only the totals read.
WITH outcomes AS ({outcomes}),
parcels AS ({parcels}),
flagged AS (
    SELECT p.*, l.lane, p.value_usd IS NOT NULL AS valued, NOT p.has_value AS no_declared_value,
           NOT p.has_weight AS no_weight_kg, p.has_value AND p.blank_currency AS no_currency,
           CASE WHEN p.outcome = 'suspected_lost' AND p.declared_value IS NOT NULL AND NOT isnan(p.declared_value)
                THEN p.currency END AS suspected_currency
    FROM parcels AS p
    LEFT JOIN advice_lanes AS l
      ON l.carrier IS NOT DISTINCT FROM p.carrier AND l.origin_country IS NOT DISTINCT FROM p.origin_country
     AND l.dest_country IS NOT DISTINCT FROM p.dest_country AND l.mode IS NOT DISTINCT FROM p.mode
),
kinds AS (
    -- The order ID flag is the parcels' own (piece order_ids_read) or false (order_ids_apart) where
    -- the blank order IDs are counted apart (statement blank_order_ids), so that this pass reads none.
    SELECT lane, suspected_currency, outcome, insured, valued, {order_ids}, no_declared_value, no_currency,
           no_weight_kg, no_edd,
           count(*) AS parcels,
           fsum(value_usd) AS value_usd,
           fsum(declared_value) FILTER (WHERE suspected_currency IS NOT NULL) AS suspected_value
    FROM flagged
    GROUP BY ALL
)
SELECT k.lane IS NOT NULL AS laned, l.carrier, l.origin_country, l.dest_country, l.mode, k.* EXCLUDE (lane)
FROM kinds AS k
LEFT JOIN advice_lanes AS l USING (lane);

-- name: lane_services
-- The services of the parcels in scope on the rated lanes paid by the insurance a service includes
-- (advice_lanes.by_service: USPS within the US), once each, for the insurance pass to look up what
-- each is paid. Read only when such a lane exists; only those lanes' carriers ($by_service_carriers)
-- and parcels within one country reach the lane join, tested on stored columns first.
WITH candidates AS (
    SELECT p.carrier, p.origin_country, p.dest_country, p.mode, p.service
    FROM parcels AS p
    WHERE {in_scope} AND list_contains($by_service_carriers, p.carrier) AND p.origin_country = p.dest_country
      AND p.service IS NOT NULL
)
SELECT DISTINCT l.lane, c.service
FROM candidates AS c
JOIN advice_lanes AS l
  ON l.carrier = c.carrier AND l.origin_country = c.origin_country AND l.dest_country = c.dest_country
 AND l.mode IS NOT DISTINCT FROM c.mode
WHERE l.rated AND l.by_service;

-- name: insurance
-- Per rated lane, its uninsured parcels with a value in US dollars and, of those, the ones worth
-- insuring: where the expected loss beyond what the carrier pays an uninsured parcel exceeds the
-- premium, clearly so where even the loss at the rate's lower bound does. What it pays is the lane's
-- limit in US dollars (the higher of per package and per kilogram × weight, at most the value; none
-- when the lane has no limit on file, or only a per-kilogram one and the parcel no weight), or on a
-- lane paid by the insurance a service includes, the amount of the parcel's service ($service_keys and
-- $service_limits; the lane's own amount, the most any service is paid, for a service not listed). Neither needs an outcome, so the
-- parcels in scope are read without judging them, only those the weighing concerns reaching the lane
-- join. $insurance_rate, $min_premium.
WITH valued AS (
    SELECT l.lane, l.loss_rate, l.loss_rate_low,
           -- A lane paid by the insurance a service includes: its parcel's service's amount where listed.
           -- Typed, so that the lists bind when empty.
           CASE WHEN l.by_service
                THEN coalesce(CAST($service_limits AS DOUBLE[])[
                                  list_position(CAST($service_keys AS STRUCT(lane BIGINT, service VARCHAR)[]),
                                                {'lane': l.lane, 'service': p.service})],
                              l.limit_package_usd)
                ELSE l.limit_package_usd END AS limit_package_usd,
           l.limit_kg_usd * CASE WHEN p.weight_kg > 0 AND NOT isnan(p.weight_kg) THEN p.weight_kg END AS limit_weight_usd,
           p.declared_value * $fx_rates[list_position($fx_codes, upper(p.currency))] AS value_usd
    FROM parcels AS p
    JOIN advice_lanes AS l
      ON l.carrier IS NOT DISTINCT FROM p.carrier AND l.origin_country IS NOT DISTINCT FROM p.origin_country
     AND l.dest_country IS NOT DISTINCT FROM p.dest_country AND l.mode IS NOT DISTINCT FROM p.mode
    WHERE {in_scope} AND l.rated AND p.declared_value > 0 AND NOT isnan(p.declared_value)
      -- Insured as `parcels` says: a positive insured value, NaN being none.
      AND NOT coalesce(p.insured_value > 0 AND NOT isnan(p.insured_value), false)
),
covered AS (
    -- greatest() skips NULLs: a per-package limit alone, a weighed per-kilogram one alone, or the higher.
    SELECT lane, loss_rate, loss_rate_low, value_usd,
           value_usd - least(value_usd, coalesce(greatest(limit_package_usd, limit_weight_usd), 0)) AS exposed_usd
    FROM valued
    WHERE value_usd IS NOT NULL
),
weighed AS (
    SELECT lane, value_usd, greatest($insurance_rate * value_usd, $min_premium) AS premium_usd,
           loss_rate * exposed_usd AS expected_loss_usd, loss_rate_low * exposed_usd AS low_loss_usd
    FROM covered
),
judged AS (
    SELECT *, coalesce(expected_loss_usd > premium_usd, false) AS worth,
           coalesce(worth AND low_loss_usd > premium_usd, false) AS clear
    FROM weighed
)
SELECT lane, count(*) AS insurable, count(*) FILTER (WHERE worth) AS worth, count(*) FILTER (WHERE clear) AS clear,
       fsum(value_usd) FILTER (WHERE worth) AS value_usd,
       fsum(expected_loss_usd) FILTER (WHERE worth) AS expected_loss_usd,
       fsum(premium_usd) FILTER (WHERE worth) AS premium_usd
FROM judged
GROUP BY lane;

-- name: figures
-- One row from the rows of `kinds` (registered as advice_kinds, the lanes named by their keys) and of
-- `insurance` (advice_insurance): counts per outcome and of missing claim records, `valued` (parcels
-- with a value in US dollars), per rated lane the parcels worth insuring and per currency the declared
-- value of the suspected-lost parcels (list columns).
WITH kinds AS (
    SELECT l.lane, k.* EXCLUDE (laned, carrier, origin_country, dest_country, mode)
    FROM advice_kinds AS k
    LEFT JOIN advice_lanes AS l
      ON k.laned AND l.carrier IS NOT DISTINCT FROM k.carrier AND l.origin_country IS NOT DISTINCT FROM k.origin_country
     AND l.dest_country IS NOT DISTINCT FROM k.dest_country AND l.mode IS NOT DISTINCT FROM k.mode
),
-- Per lane with parcels worth insuring, those figures and the value lost there.
insurance AS (
    SELECT i.*, lost.lost_value_usd
    FROM advice_insurance AS i
    LEFT JOIN (SELECT lane, fsum(value_usd) FILTER (WHERE outcome IN ('lost', 'suspected_lost')) AS lost_value_usd
               FROM kinds GROUP BY lane) AS lost USING (lane)
    WHERE i.worth > 0
),
totals AS (
    SELECT
        coalesce(sum(parcels), 0) AS parcels,
        -- Parcels whose outcome is known: the rates' denominator (undated parcels are not).
        coalesce(sum(parcels) FILTER (WHERE outcome <> 'unknown'), 0) AS judged,
        coalesce(sum(parcels) FILTER (WHERE outcome = 'suspected_lost'), 0) AS suspected,
        coalesce(sum(parcels) FILTER (WHERE outcome IN ('in_transit', 'suspected_lost')), 0) AS open,
        coalesce(sum(parcels) FILTER (WHERE outcome = 'damaged'), 0) AS damaged,
        coalesce(sum(parcels) FILTER (WHERE outcome = 'returned'), 0) AS returned,
        coalesce(sum(parcels) FILTER (WHERE insured), 0) AS insured,
        coalesce(sum(parcels) FILTER (WHERE claimable), 0) AS claimable,
        coalesce(sum(parcels) FILTER (WHERE claimable AND (no_order_id OR no_declared_value OR no_currency
                                                           OR no_weight_kg OR no_edd)), 0) AS affected,
        coalesce(sum(parcels) FILTER (WHERE valued), 0) AS valued,
        coalesce(sum(parcels) FILTER (WHERE no_order_id), 0) AS all_order_id,
        coalesce(sum(parcels) FILTER (WHERE no_declared_value), 0) AS all_declared_value,
        coalesce(sum(parcels) FILTER (WHERE no_currency), 0) AS all_currency,
        coalesce(sum(parcels) FILTER (WHERE no_weight_kg), 0) AS all_weight_kg,
        coalesce(sum(parcels) FILTER (WHERE no_edd), 0) AS all_edd,
        coalesce(sum(parcels) FILTER (WHERE claimable AND no_order_id), 0) AS claimable_order_id,
        coalesce(sum(parcels) FILTER (WHERE claimable AND no_declared_value), 0) AS claimable_declared_value,
        coalesce(sum(parcels) FILTER (WHERE claimable AND no_currency), 0) AS claimable_currency,
        coalesce(sum(parcels) FILTER (WHERE claimable AND no_weight_kg), 0) AS claimable_weight_kg,
        coalesce(sum(parcels) FILTER (WHERE claimable AND no_edd), 0) AS claimable_edd
    FROM (SELECT *, outcome IN ('lost', 'suspected_lost', 'damaged') AS claimable FROM kinds)
)
SELECT
    CAST(parcels AS BIGINT) AS parcels, CAST(judged AS BIGINT) AS judged, CAST(suspected AS BIGINT) AS suspected,
    CAST(open AS BIGINT) AS open, CAST(damaged AS BIGINT) AS damaged, CAST(returned AS BIGINT) AS returned,
    CAST(insured AS BIGINT) AS insured, CAST(claimable AS BIGINT) AS claimable, CAST(affected AS BIGINT) AS affected,
    CAST(valued AS BIGINT) AS valued,
    {'order_id': CAST(all_order_id AS BIGINT), 'declared_value': CAST(all_declared_value AS BIGINT),
     'currency': CAST(all_currency AS BIGINT), 'weight_kg': CAST(all_weight_kg AS BIGINT),
     'estimated_delivery_date': CAST(all_edd AS BIGINT)} AS missing_all,
    {'order_id': CAST(claimable_order_id AS BIGINT), 'declared_value': CAST(claimable_declared_value AS BIGINT),
     'currency': CAST(claimable_currency AS BIGINT), 'weight_kg': CAST(claimable_weight_kg AS BIGINT),
     'estimated_delivery_date': CAST(claimable_edd AS BIGINT)} AS missing_claimable,
    (SELECT list({'carrier': l.carrier, 'origin_country': l.origin_country, 'dest_country': l.dest_country,
                  'mode': l.mode, 'parcels': CAST(g.insurable AS BIGINT), 'worth': CAST(g.worth AS BIGINT),
                  'clear': CAST(g.clear AS BIGINT),
                  'value_usd': g.value_usd, 'expected_loss_usd': g.expected_loss_usd,
                  'premium_usd': g.premium_usd, 'lost_value_usd': coalesce(g.lost_value_usd, 0.0)} ORDER BY lane)
     FROM insurance AS g
     JOIN advice_lanes AS l USING (lane)) AS insurance,
    (SELECT list({'currency': suspected_currency, 'amount': amount} ORDER BY suspected_currency)
     FROM (SELECT suspected_currency, fsum(suspected_value) AS amount FROM kinds
           WHERE suspected_currency IS NOT NULL GROUP BY suspected_currency)) AS suspected_value
FROM totals;

-- name: order_ids_read
-- The order ID flag of `kinds` where the main pass reads the order IDs.
no_order_id

-- name: order_ids_apart
-- The order ID flag of `kinds` where the blank order IDs are counted apart.
false AS no_order_id

-- name: order_id_unsure
-- The parcels whose order ID `parcels` tests beyond its quick path (a text starting with printable ASCII).
(order_id IS NULL OR order_id < '!' OR order_id >= chr(127))

-- name: order_ids_unsure
-- How many parcels in scope may have a blank order ID: a test of the stored column that the table scan
-- answers from each row group's minimum and maximum, reading no order ID where all start with printable ASCII.
SELECT count(*) AS parcels FROM parcels AS p WHERE {in_scope} AND {order_id_unsure};

-- name: blank_order_ids
-- The parcels with a blank order ID, counted as `figures` counts them: all, claimable, and claimable with no
-- other record missing (those `figures` does not count as affected when it leaves order IDs out). A pass of
-- its own whose filter reaches the table scan: it judges only the parcels whose order ID may be blank.
WITH outcomes AS ({outcomes}),
parcels AS ({parcels})
SELECT count(*) AS parcels, count(*) FILTER (WHERE claimable) AS claimable,
       count(*) FILTER (WHERE claimable AND has_value AND NOT blank_currency AND has_weight AND NOT no_edd)
           AS affected
FROM parcels
WHERE {order_id_unsure} AND no_order_id;

-- name: never_scanned
-- The open parcels no scan ever reached, oldest shipment first (a pass of their own: the filter
-- reaches the table scan, and the big pass above need not carry their numbers and order IDs).
WITH outcomes AS ({outcomes}),
parcels AS ({parcels})
SELECT tracking_number, carrier, order_id, ship_date
FROM parcels
WHERE open AND last_event_time IS NULL
ORDER BY ship_date NULLS LAST, tracking_number;

-- name: values
-- The declared value in US dollars (as `parcels` has it, rates found the same way) of every parcel in
-- scope: those the outcome query judges ({in_scope}), read without judging them, as a value needs no outcome.
SELECT CASE WHEN p.declared_value > 0 AND NOT isnan(p.declared_value)
            THEN p.declared_value * $fx_rates[list_position($fx_codes, upper(p.currency))] END AS value_usd
FROM parcels AS p
WHERE {in_scope};

-- name: threshold
-- numpy's "lower" quantile of the n valued values in US dollars: the value at position
-- k = floor((n − 1) × quantile) of the sorted values. DuckDB's quantile_disc at fraction f picks
-- position ceil(n × f) − 1, so $fraction = (k + ½) / n lands on exactly k: a selection among
-- the values, not the sort of the top share that ORDER BY … OFFSET needs.
SELECT quantile_disc(value_usd, CAST($fraction AS DOUBLE)) AS threshold_usd
FROM ({values})
WHERE value_usd IS NOT NULL;

-- name: valuable
-- The parcels worth at least $threshold_usd on the risky lanes (a part of the two statements below).
-- $declared_floor is a declared value under which no currency reaches the threshold: a test on a
-- stored column, so the table scan skips those parcels before anything else reads them.
SELECT p.tracking_number, p.carrier, p.origin_country, p.dest_country, p.mode, p.declared_value, p.currency,
       p.value_usd, p.outcome, p.ship_date, p.open, r.lane
FROM parcels AS p
JOIN advice_risky AS r
  ON r.carrier IS NOT DISTINCT FROM p.carrier AND r.origin_country IS NOT DISTINCT FROM p.origin_country
 AND r.dest_country IS NOT DISTINCT FROM p.dest_country AND r.mode IS NOT DISTINCT FROM p.mode
WHERE p.value_usd >= $threshold_usd AND p.declared_value >= $declared_floor

-- name: high_value
-- Every valuable parcel, still open first, then the most valuable (rows, not a list: a sorted list of
-- a few hundred thousand structs is built by one thread). Only the file the seller downloads needs them all.
WITH outcomes AS ({outcomes}),
parcels AS ({parcels})
SELECT * EXCLUDE (lane) FROM ({valuable})
ORDER BY open DESC, value_usd DESC, tracking_number;

-- name: high_value_summary
-- One row: how many valuable parcels there are, how many still open, their value in US dollars, on
-- how many lanes, and the first $shown of them in the order of `high_value` (a top-N per thread, not
-- a sort of them all; the key's fields are ascending, so NOT open puts the open ones first).
WITH outcomes AS ({outcomes}),
parcels AS ({parcels})
SELECT count(*) AS parcels, count_if(open) AS open, coalesce(fsum(value_usd), 0.0) AS value_usd,
       -- The lanes are counted as bits set, one per lane number below $risky_lanes: count(DISTINCT …)
       -- or a histogram would be planned as a second aggregate over a materialised copy of the parcels.
       coalesce(bit_count(bitstring_agg(lane, 0, $risky_lanes - 1)), 0) AS lanes,
       min_by({'carrier': carrier, 'origin_country': origin_country, 'dest_country': dest_country, 'mode': mode,
               'tracking_number': tracking_number, 'declared_value': declared_value, 'currency': currency,
               'value_usd': value_usd, 'outcome': outcome, 'ship_date': ship_date, 'open': open},
              {'closed': NOT open, 'value': -value_usd, 'number': tracking_number}, $shown) AS first_rows
FROM ({valuable});
