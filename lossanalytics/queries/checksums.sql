-- Purpose: a fingerprint of one table's whole content, to prove that an import that
-- failed left the database exactly as it was (issue 6). Rows are rendered as text and
-- sorted, so the fingerprint depends on the content only, not on storage order.
-- name: table
-- $table names a table listed by duckdb_tables(); query_table reads it by name.
SELECT count(*) AS row_count,
       md5(coalesce(string_agg(CAST(r AS VARCHAR), chr(10) ORDER BY CAST(r AS VARCHAR)), '')) AS checksum
FROM query_table($table) AS r;

-- name: tables
SELECT table_name FROM duckdb_tables()
WHERE NOT temporary AND database_name = current_database() ORDER BY table_name;

-- name: sequences
SELECT sequence_name, CAST(last_value AS VARCHAR) AS last_value FROM duckdb_sequences()
WHERE NOT temporary AND database_name = current_database() ORDER BY sequence_name;
