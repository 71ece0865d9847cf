-- What every store of rows kept with the data shares (lossanalytics.analytics.kept).

-- name: newest_ship
-- The newest ship date, scan or delivery of any parcel (NULL without any): a closed parcel's outcome
-- is its status only from its scan or delivery on (outcomes.sql), so kept rows hold as of any moment
-- after all three. The stores keep it in their column newest_ship.
SELECT greatest(max(ship_date), max(last_event_time), max(delivered_date)) AS newest_ship
FROM parcels;
