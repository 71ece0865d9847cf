-- The claim candidates of one unfiltered scope kept with the data (table claim_candidates_store; see
-- lossanalytics.analytics.kept, used by lossanalytics.claims.worklist's deadline_estimates): the same data version
-- judged as of the same day by the same thresholds gives the same candidates.

-- name: stored
-- The kept rows of data version $version judged as $judged (the scope's key), by tracking number as the statement
-- that computed them gives them, if every parcel shipped, and every scan and delivery happened, before $as_of_end.
SELECT tracking_number, carrier, service, mode, marketplace, origin_country, dest_country, ship_date,
       estimated_delivery_date, delivered_date, last_event_time, declared_value, currency, weight_kg, insured_value,
       outcome, risk
FROM claim_candidates_store
WHERE version = $version AND judged = $judged AND newest_ship < $as_of_end
ORDER BY tracking_number;

-- name: forget
-- Every row: one data version's candidates, judged one way, are kept at a time.
DELETE FROM claim_candidates_store;

-- name: keep
-- `computed` is the registered result of outcome_lists.sql's claim_candidates over every parcel.
INSERT INTO claim_candidates_store BY NAME
SELECT $version AS version, $judged AS judged, $newest_ship AS newest_ship, *
FROM computed;
