-- The closed parcels' rows of rates.sql's pass kept with the data (table closed_rates_store; see
-- lossanalytics.analytics.kept, used by lossanalytics.analytics.metrics). A delivered, lost, damaged,
-- returned or cancelled parcel's outcome is its status from the scan or delivery that stated it on: as
-- of any moment after the newest ship date, scan and delivery (kept.sql's newest_ship, in the column
-- newest_ship) every parcel is in an unfiltered scope, and the closed ones give the same rows, so
-- they are kept once per data version and groupings.

-- name: stored
-- The kept rows of data version $version and groupings $bys, if every parcel shipped, and every scan
-- and delivery happened, before $as_of_end.
SELECT part, {keys}, lost_currency, outcome, shipments, on_time, on_time_known, value_lost, transit, coarse_id
FROM closed_rates_store
WHERE version = $version AND bys = $bys AND newest_ship < $as_of_end;

-- name: forget
-- Other versions' rows, and those of the same groupings about to be kept again.
DELETE FROM closed_rates_store
WHERE version <> $version OR bys = $bys;

-- name: keep
-- `computed` is the registered result of rates.sql's passed: its coarse rows (delivered parcels'
-- percentiles) and the rows of the closed outcomes, those outcomes.sql does not judge.
INSERT INTO closed_rates_store BY NAME
SELECT $version AS version, $bys AS bys, $newest_ship AS newest_ship, *
FROM computed
WHERE part = 'coarse' OR outcome NOT IN ('in_transit', 'suspected_lost');
