-- Staging a CSV file as text cells c0, c1, … (lossanalytics.importing.csvread).
-- name: read
CREATE OR REPLACE TEMP TABLE stage_csv AS
SELECT * FROM read_csv(
    $path, header = false, skip = $skip, delim = $delim, quote = '"', escape = '"',
    auto_detect = false, columns = $columns, null_padding = true, strict_mode = false,
    nullstr = $nulls, parallel = $parallel, encoding = 'utf-8', max_line_size = $max_line_size
);

-- name: padded_columns
-- Per column: whether a cell starts or ends with a space (prefix()/suffix() measure a
-- quarter faster than starts_with()/ends_with()).
SELECT coalesce(bool_or(prefix(COLUMNS(*), ' ') OR suffix(COLUMNS(*), ' ')), false) FROM stage_csv;

-- name: trim_padded
UPDATE stage_csv SET {column} = nullif(trim({column}), '')
WHERE prefix({column}, ' ') OR suffix({column}, ' ');

-- name: last_row
SELECT (SELECT count(*) FROM stage_csv), * FROM stage_csv WHERE rowid = (SELECT max(rowid) FROM stage_csv);

-- name: first_rowid
-- Rows of a table made in a transaction are numbered from a large offset until it commits.
SET VARIABLE stage_first_rowid = (SELECT coalesce(min(rowid), 0) FROM stage_csv);

-- name: raw_view
CREATE OR REPLACE TEMP VIEW stage_raw AS
SELECT *, rowid - getvariable('stage_first_rowid') AS rid FROM stage_csv;
