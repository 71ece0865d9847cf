-- The advice's insurance rows kept with the data (table insurance_store; see lossanalytics.analytics.kept,
-- used by lossanalytics.advice.kept_figures). The pass needs no outcome: as of any moment after the newest
-- ship date every parcel is in an unfiltered scope, so weighed by the same lanes, rates and limits its rows
-- are the same.

-- name: stored
-- The rows kept for data version $version and what they were weighed by, $weighed, if every parcel
-- shipped before $as_of_end.
SELECT lane, insurable, worth, clear, value_usd, expected_loss_usd, premium_usd
FROM insurance_store
WHERE version = $version AND weighed = $weighed AND newest_ship < $as_of_end;

-- name: forget
-- Every row: one pass's rows are kept at a time.
DELETE FROM insurance_store;

-- name: keep
-- `computed` is the registered result of advice.sql's insurance over every parcel.
INSERT INTO insurance_store BY NAME
SELECT $version AS version, $weighed AS weighed, $newest_ship AS newest_ship, *
FROM computed;
