-- The newest moment the seller's data knows of: the latest scan, last event or delivery
-- of any parcel. Times after the end of $today are left out, so that one mistyped
-- future date cannot make old data look current.
WITH moments AS (
    SELECT last_event_time AS moment FROM parcels
    UNION ALL
    SELECT delivered_date FROM parcels
    UNION ALL
    SELECT event_time FROM tracking_events
)
SELECT max(moment) AS newest
FROM moments
WHERE moment < CAST($today AS DATE) + INTERVAL 1 DAY;
