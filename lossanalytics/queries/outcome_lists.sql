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
-- In no order: the worklist puts them in its own (claims.worklist.attach_claims).
WITH outcomes AS ({outcomes})
SELECT {columns} FROM outcomes
WHERE outcome IN ('lost', 'suspected_lost', 'damaged');

-- name: one_parcel
WITH outcomes AS ({outcomes})
SELECT {columns} FROM outcomes WHERE tracking_number = $search_tracking_number;
