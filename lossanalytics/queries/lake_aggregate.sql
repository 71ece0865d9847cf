-- The lake's aggregates (lossanalytics.lake_aggregate, docs/lake.md), written by either engine.
-- name: outcomes
-- Every parcel with its outcome as of the aggregate's day and the numbers behind each rule, in
-- tracking-number order: a search for one parcel reads only the row group that can hold it.
WITH outcomes AS ({outcomes})
SELECT * FROM outcomes ORDER BY tracking_number;
