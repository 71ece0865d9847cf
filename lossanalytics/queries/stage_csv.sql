-- Staging a CSV file as text cells c0, c1, … (lossanalytics.importing.csvread).
-- name: read
-- The cells are one trimmed_cell per column: a cell is trimmed as it is read, only when
-- it starts or ends with a space, and a cell of spaces becomes NULL. Checking every cell
-- in this one pass costs less than a second pass over the table, and most exports pad
-- nothing (prefix()/suffix() measure a quarter faster than starts_with()/ends_with()).
CREATE OR REPLACE TEMP TABLE stage_csv AS
SELECT {cells} FROM read_csv(
    $path, header = false, skip = $skip, delim = $delim, quote = '"', escape = '"',
    auto_detect = false, columns = $columns, null_padding = true, strict_mode = false,
    nullstr = $nulls, parallel = $parallel, encoding = 'utf-8', max_line_size = $max_line_size
);

-- name: trimmed_cell
CASE WHEN prefix({column}, ' ') OR suffix({column}, ' ') THEN nullif(trim({column}), '') ELSE {column} END AS {column};

-- name: last_row
SELECT (SELECT count(*) FROM stage_csv), * FROM stage_csv WHERE rowid = (SELECT max(rowid) FROM stage_csv);

-- name: first_rowid
-- Rows of a table made in a transaction are numbered from a large offset until it commits.
SET VARIABLE stage_first_rowid = (SELECT coalesce(min(rowid), 0) FROM stage_csv);

-- name: raw_view
CREATE OR REPLACE TEMP VIEW stage_raw AS
SELECT *, rowid - getvariable('stage_first_rowid') AS rid FROM stage_csv;
