-- The advice's high-value threshold kept with the data (table threshold_store; see
-- lossanalytics.analytics.kept, used by lossanalytics.advice.kept_figures). A declared value needs no
-- outcome: as of any moment after the newest ship date every parcel is in an unfiltered scope, and the
-- values, so the threshold, are the same.

-- name: stored
-- The threshold kept for data version $version, $valued values and exchange rates and quantile $fx, if
-- every parcel shipped before $as_of_end.
SELECT threshold_usd
FROM threshold_store
WHERE version = $version AND valued = $valued AND fx = $fx AND newest_ship < $as_of_end;

-- name: forget
-- Every row: one threshold is kept at a time.
DELETE FROM threshold_store;

-- name: keep
-- `computed` is the registered result of advice.sql's threshold over every parcel.
INSERT INTO threshold_store BY NAME
SELECT $version AS version, $valued AS valued, $fx AS fx, $newest_ship AS newest_ship, threshold_usd
FROM computed;
