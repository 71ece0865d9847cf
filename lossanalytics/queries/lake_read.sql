-- A data lake opened read-only by the dashboard (lossanalytics.lake_read, docs/lake.md): the
-- canonical tables become views on its Parquet files, and its aggregates (lossanalytics.lake_aggregate)
-- views of their own. {parcels}, {events} … are path literals (sql_text.path_literal) of the files'
-- globs; a table without files keeps the empty table schema.sql made.

-- name: parcels
CREATE OR REPLACE VIEW parcels AS
SELECT * EXCLUDE (ship_month)
FROM read_parquet({files}, hive_partitioning = true, hive_types = {'ship_month': VARCHAR}, union_by_name = true);

-- name: drop_table
DROP TABLE {table};

-- name: table_view
CREATE VIEW {table} AS
SELECT * EXCLUDE (ship_month)
FROM read_parquet({files}, hive_partitioning = true, hive_types = {'ship_month': VARCHAR}, union_by_name = true);

-- name: flat_table_view
CREATE VIEW {table} AS SELECT * FROM read_parquet({files}, union_by_name = true);

-- name: aggregate_view
CREATE VIEW {table} AS SELECT * FROM read_parquet({files}, union_by_name = true);

-- name: outcomes
-- Every parcel's outcome as the aggregate step judged it, narrowed by the shared filters ({filters}, filters.sql).
SELECT * FROM lake_outcomes AS p WHERE {filters};

-- name: rates
-- The unfiltered rates of every grouping (metrics.AGGREGATED_GROUPINGS), as rates.sql gave them in one pass.
SELECT * FROM lake_rates ORDER BY shipments DESC;
