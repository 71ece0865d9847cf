-- Changes whenever parcels can have changed (an import added or undone): the key under which
-- lossanalytics.lanes keeps the lane history it learned.
SELECT coalesce(max(id), 0) AS last_import, count(*) AS imports, (SELECT count(*) FROM parcels) AS parcels
FROM imports
