-- The closed parcels' rows of advice.sql's kinds kept with the data (table advice_kinds_store; see
-- lossanalytics.analytics.kept, used by lossanalytics.advice.kept_figures). A closed parcel's outcome is its
-- status from the scan or delivery that stated it on, and its flags are its own fields: as of any moment
-- after the newest ship date, scan and delivery every parcel is in an unfiltered scope, and the closed
-- ones give the same rows.

-- name: stored
-- The kept rows of data version $version, order IDs counted as $order_ids and exchange rates $fx, if
-- every parcel shipped, and every scan and delivery happened, before $as_of_end.
SELECT laned, carrier, origin_country, dest_country, mode, suspected_currency, outcome, insured, valued,
       no_order_id, no_declared_value, no_currency, no_weight_kg, no_edd, parcels, value_usd, suspected_value
FROM advice_kinds_store
WHERE version = $version AND order_ids = $order_ids AND fx = $fx AND newest_ship < $as_of_end;

-- name: forget
-- Every row: one data version's, counted one way at one set of rates, are kept at a time.
DELETE FROM advice_kinds_store;

-- name: keep
-- `computed` is the registered result of advice.sql's kinds over every parcel: the rows of the closed
-- outcomes, those outcomes.sql does not judge.
INSERT INTO advice_kinds_store BY NAME
SELECT $version AS version, $order_ids AS order_ids, $fx AS fx, $newest_ship AS newest_ship, *
FROM computed
WHERE outcome NOT IN ('in_transit', 'suspected_lost');
