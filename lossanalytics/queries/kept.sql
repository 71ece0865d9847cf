-- What every store of rows kept with the data shares (lossanalytics.analytics.kept).

-- name: newest_ship
-- The newest ship date of any parcel (NULL without any): kept rows hold as of any moment after it.
SELECT max(ship_date) AS newest_ship
FROM parcels;
