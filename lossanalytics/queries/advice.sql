-- The numbers behind the advice topics (DESIGN §9), counted in one pass over the outcomes.
-- One row: counts per outcome and of missing claim records, and list columns holding the few rows
-- the advice shows (suspected value per currency, never-scanned parcels, valuable parcels on risky
-- lanes, per rated lane the parcels worth insuring). Filled in by lossanalytics.advice.figures: the
-- outcome query, registered tables advice_fx (code, usd_per), advice_lanes (lane keys, loss_rate,
-- loss_rate_low: lanes with enough parcels) and advice_risky (lane keys), $quantile = 1 − the
-- high-value share, $insurance_rate, $min_premium, $blank (the characters str.strip() removes).
WITH outcomes AS ({outcomes}),
parcels AS MATERIALIZED (
    SELECT o.tracking_number, o.carrier, o.origin_country, o.dest_country, o.mode, o.outcome, o.order_id,
           o.ship_date, o.declared_value, o.currency, o.last_event_time,
           -- NaN compares above every number in SQL, not in Python: it counts as no value.
           coalesce(o.declared_value > 0 AND NOT isnan(o.declared_value), false) AS has_value,
           coalesce(o.weight_kg > 0 AND NOT isnan(o.weight_kg), false) AS has_weight,
           coalesce(o.insured_value > 0 AND NOT isnan(o.insured_value), false) AS insured,
           CASE WHEN o.declared_value > 0 AND NOT isnan(o.declared_value) THEN o.declared_value * fx.usd_per END
               AS value_usd,
           o.outcome IN ('lost', 'suspected_lost', 'damaged') AS claimable,
           o.outcome IN ('in_transit', 'suspected_lost') AS open,
           -- Blank: nothing but whitespace. Trimming every value is slow, so only those starting with it are.
           CASE WHEN o.order_id IS NULL OR o.order_id = '' THEN true
                WHEN NOT contains($blank, left(o.order_id, 1)) THEN false
                ELSE trim(o.order_id, $blank) = '' END AS no_order_id,
           CASE WHEN o.currency IS NULL OR o.currency = '' THEN true
                WHEN NOT contains($blank, left(o.currency, 1)) THEN false
                ELSE trim(o.currency, $blank) = '' END AS blank_currency,
           o.estimated_delivery_date IS NULL AS no_edd
    FROM outcomes AS o
    LEFT JOIN advice_fx AS fx ON fx.code = upper(o.currency)
),
flagged AS (
    SELECT *, NOT has_value AS no_declared_value, NOT has_weight AS no_weight_kg,
           has_value AND blank_currency AS no_currency
    FROM parcels
),
valued AS (
    SELECT value_usd FROM parcels WHERE value_usd IS NOT NULL
),
-- numpy's "lower" quantile: the value at position floor((n − 1) × q) of the sorted values,
-- counted from the top, where only the top share has to be kept in order.
threshold AS MATERIALIZED (
    SELECT value_usd AS threshold_usd FROM valued ORDER BY value_usd DESC
    LIMIT 1 OFFSET (SELECT CAST(count(*) - 1 - floor((count(*) - 1) * $quantile) AS BIGINT) FROM valued)
),
insurable AS (
    SELECT p.carrier, p.origin_country, p.dest_country, p.mode, p.value_usd,
           greatest($insurance_rate * p.value_usd, $min_premium) AS premium_usd,
           l.loss_rate * p.value_usd AS expected_loss_usd,
           l.loss_rate_low * p.value_usd AS low_loss_usd
    FROM parcels AS p
    JOIN advice_lanes AS l
      ON l.carrier IS NOT DISTINCT FROM p.carrier AND l.origin_country IS NOT DISTINCT FROM p.origin_country
     AND l.dest_country IS NOT DISTINCT FROM p.dest_country AND l.mode IS NOT DISTINCT FROM p.mode
    WHERE NOT p.insured AND p.value_usd IS NOT NULL
),
insurance AS (
    SELECT carrier, origin_country, dest_country, mode,
           count(*) AS parcels,
           count(*) FILTER (WHERE expected_loss_usd > premium_usd) AS worth,
           count(*) FILTER (WHERE expected_loss_usd > premium_usd AND low_loss_usd > premium_usd) AS clear,
           fsum(value_usd) FILTER (WHERE expected_loss_usd > premium_usd) AS value_usd,
           fsum(expected_loss_usd) FILTER (WHERE expected_loss_usd > premium_usd) AS expected_loss_usd,
           fsum(premium_usd) FILTER (WHERE expected_loss_usd > premium_usd) AS premium_usd
    FROM insurable
    GROUP BY ALL
),
lost_value AS (
    SELECT carrier, origin_country, dest_country, mode, fsum(value_usd) AS lost_value_usd
    FROM parcels
    WHERE outcome IN ('lost', 'suspected_lost') AND value_usd IS NOT NULL
    GROUP BY ALL
),
valuable AS (
    SELECT p.tracking_number, p.carrier, p.origin_country, p.dest_country, p.mode, p.declared_value, p.currency,
           p.value_usd, p.outcome, p.ship_date, p.open
    FROM parcels AS p
    JOIN advice_risky AS r
      ON r.carrier IS NOT DISTINCT FROM p.carrier AND r.origin_country IS NOT DISTINCT FROM p.origin_country
     AND r.dest_country IS NOT DISTINCT FROM p.dest_country AND r.mode IS NOT DISTINCT FROM p.mode
    WHERE p.value_usd >= (SELECT threshold_usd FROM threshold)
),
totals AS (
    SELECT count(*) AS parcels,
           -- Parcels whose outcome is known: the rates' denominator (undated parcels are not).
           count(*) FILTER (WHERE outcome <> 'unknown') AS judged,
           count(*) FILTER (WHERE outcome = 'suspected_lost') AS suspected,
           count(*) FILTER (WHERE open) AS open,
           count(*) FILTER (WHERE outcome = 'damaged') AS damaged,
           count(*) FILTER (WHERE outcome = 'returned') AS returned,
           count(*) FILTER (WHERE insured) AS insured,
           count(*) FILTER (WHERE claimable) AS claimable,
           {'order_id': count(*) FILTER (WHERE no_order_id),
            'declared_value': count(*) FILTER (WHERE no_declared_value),
            'currency': count(*) FILTER (WHERE no_currency),
            'weight_kg': count(*) FILTER (WHERE no_weight_kg),
            'estimated_delivery_date': count(*) FILTER (WHERE no_edd)} AS missing_all,
           {'order_id': count(*) FILTER (WHERE claimable AND no_order_id),
            'declared_value': count(*) FILTER (WHERE claimable AND no_declared_value),
            'currency': count(*) FILTER (WHERE claimable AND no_currency),
            'weight_kg': count(*) FILTER (WHERE claimable AND no_weight_kg),
            'estimated_delivery_date': count(*) FILTER (WHERE claimable AND no_edd)} AS missing_claimable,
           count(*) FILTER (WHERE claimable AND (no_order_id OR no_declared_value OR no_currency OR no_weight_kg
                                                 OR no_edd)) AS affected
    FROM flagged
)
SELECT
    totals.*,
    (SELECT list({'currency': currency, 'amount': amount} ORDER BY currency)
     FROM (SELECT currency, fsum(declared_value) AS amount FROM parcels
           WHERE outcome = 'suspected_lost' AND declared_value IS NOT NULL AND NOT isnan(declared_value)
             AND currency IS NOT NULL
           GROUP BY currency)) AS suspected_value,
    (SELECT list({'tracking_number': tracking_number, 'carrier': carrier, 'order_id': order_id,
                  'ship_date': ship_date} ORDER BY ship_date NULLS LAST, tracking_number)
     FROM parcels WHERE open AND last_event_time IS NULL) AS never_scanned,
    (SELECT threshold_usd FROM threshold) AS threshold_usd,
    (SELECT list(v ORDER BY v.open DESC, v.value_usd DESC, v.tracking_number) FROM valuable AS v) AS high_value,
    (SELECT list({'carrier': i.carrier, 'origin_country': i.origin_country, 'dest_country': i.dest_country,
                  'mode': i.mode, 'parcels': i.parcels, 'worth': i.worth, 'clear': i.clear,
                  'value_usd': i.value_usd, 'expected_loss_usd': i.expected_loss_usd,
                  'premium_usd': i.premium_usd, 'lost_value_usd': coalesce(lv.lost_value_usd, 0.0)})
     FROM insurance AS i
     LEFT JOIN lost_value AS lv
       ON lv.carrier IS NOT DISTINCT FROM i.carrier AND lv.origin_country IS NOT DISTINCT FROM i.origin_country
      AND lv.dest_country IS NOT DISTINCT FROM i.dest_country AND lv.mode IS NOT DISTINCT FROM i.mode
     WHERE i.worth > 0) AS insurance
FROM totals
