-- Drop the temp tables and views an import or a re-read leaves (lossanalytics.importing.writer).
DROP VIEW IF EXISTS incoming;
DROP VIEW IF EXISTS stage_raw;
DROP TABLE IF EXISTS stage_csv;
DROP TABLE IF EXISTS stage_norm;
DROP TABLE IF EXISTS stage_flags;
DROP TABLE IF EXISTS incoming_rows;
DROP TABLE IF EXISTS touched_keys;
DROP TABLE IF EXISTS affected_keys;
DROP TABLE IF EXISTS affected_orders;
DROP TABLE IF EXISTS rebuild_keys;
DROP TABLE IF EXISTS candidate_rows;
DROP TABLE IF EXISTS merged_new;
DROP TABLE IF EXISTS merged_date_warnings;
