-- Bringing a database made by an older version up to schema.sql (storage/db.py, _migrate).
-- name: old_parcels_table
-- Its parcels were a table (once with a primary key).
SELECT count(*) FROM duckdb_tables() WHERE database_name = current_database()
AND schema_name = 'main' AND table_name = 'parcels';

-- name: move_old_parcels
-- They become merged_parcels, behind the view.
INSERT INTO merged_parcels BY NAME SELECT * FROM parcels;
DROP TABLE parcels;
