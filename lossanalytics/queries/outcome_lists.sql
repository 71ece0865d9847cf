-- Lists of parcels read from the outcome query ({outcomes}); {columns} are whitelisted output columns.
-- name: shipments
WITH outcomes AS ({outcomes})
SELECT {columns} FROM outcomes ORDER BY ship_date, tracking_number;

-- name: open_parcels
WITH outcomes AS ({outcomes})
SELECT {columns} FROM outcomes WHERE open;

-- name: suspected
WITH outcomes AS ({outcomes})
SELECT {columns} FROM outcomes WHERE outcome = 'suspected_lost'
ORDER BY risk DESC, days_silent DESC, tracking_number;

-- name: claim_candidates
-- By tracking number, though the worklist puts them in its own order: a carrier's numbers share a
-- prefix, so its parcels come in runs, and the estimate and the worklist's sort gain more from that
-- (0.2 s at ten million parcels) than the sort costs.
WITH outcomes AS ({outcomes})
SELECT {columns} FROM outcomes
WHERE outcome IN ('lost', 'suspected_lost', 'damaged') ORDER BY tracking_number;

-- name: one_parcel
WITH outcomes AS ({outcomes})
SELECT {columns} FROM outcomes WHERE tracking_number = $search_tracking_number;
