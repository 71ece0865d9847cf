-- The seller's claim work per parcel (lossanalytics.claims.records); {columns} are the whitelisted claim columns.
-- name: select_all
SELECT {columns} FROM claims ORDER BY tracking_number;

-- name: select_one
SELECT {columns} FROM claims WHERE tracking_number = $tracking_number;

-- name: upsert
INSERT INTO claims (tracking_number, status, reported_on, filed_on, resolved_on, amount_claimed, amount_recovered, currency, steps_done, notes, updated_at)
VALUES ($tracking_number, $status, $reported_on, $filed_on, $resolved_on, $amount_claimed, $amount_recovered, $currency, $steps_done, $notes, $updated_at)
ON CONFLICT (tracking_number) DO UPDATE SET
    status = excluded.status,
    reported_on = excluded.reported_on,
    filed_on = excluded.filed_on,
    resolved_on = excluded.resolved_on,
    amount_claimed = excluded.amount_claimed,
    amount_recovered = excluded.amount_recovered,
    currency = excluded.currency,
    steps_done = excluded.steps_done,
    notes = excluded.notes,
    updated_at = excluded.updated_at;

-- name: recovery_report
-- Claimed, recovered, rejected and open claims per group of the whitelisted {keys} and currency, as of $as_of.
WITH claim_rows AS (
    SELECT c.status,
           c.currency,
           c.amount_claimed,
           c.amount_recovered,
           p.carrier,
           -- a claim belongs to the month it was filed, else reported, else resolved,
           -- else last touched
           COALESCE(c.filed_on, c.reported_on, c.resolved_on, CAST(c.updated_at AS DATE)) AS claim_date
    FROM claims AS c
    LEFT JOIN parcels AS p USING (tracking_number)
),
dated AS (
    SELECT *,
           strftime(claim_date, '%Y-%m') AS month,
           status NOT IN ('compensated', 'rejected') AS is_open
    FROM claim_rows
    WHERE claim_date <= $as_of
)
SELECT {keys},
       currency,
       count(*) AS claims,
       count(*) FILTER (WHERE is_open) AS "open",
       count(*) FILTER (WHERE status = 'compensated') AS compensated,
       count(*) FILTER (WHERE status = 'rejected') AS rejected,
       COALESCE(sum(amount_claimed), 0) AS amount_claimed,
       COALESCE(sum(amount_recovered), 0) AS amount_recovered,
       COALESCE(sum(amount_claimed) FILTER (WHERE status = 'rejected'), 0) AS amount_rejected,
       COALESCE(sum(amount_claimed) FILTER (WHERE is_open), 0) AS amount_open,
       COALESCE(sum(amount_recovered) FILTER (WHERE NOT is_open), 0)
           / NULLIF(sum(amount_claimed) FILTER (WHERE NOT is_open), 0) AS recovery_rate,
       max(date_diff('day', claim_date, $as_of)) FILTER (WHERE is_open) AS oldest_open_days
FROM dated
GROUP BY {keys}, currency
ORDER BY {keys}, currency;
