-- What the importer reads from staged cells (stage_raw s) to plan their normalisation
-- (lossanalytics.importing.plan, lookups, value_formats, readers). Placeholders in braces are
-- whitelisted staged columns, or expressions the plan compiled over them.
-- name: has_rows
-- Whether anything below the header has a value (blank lines do not count).
SELECT 1 FROM (SELECT COLUMNS(*) IS NOT NULL FROM (SELECT {columns} FROM stage_raw)) WHERE greatest(*COLUMNS(*)) LIMIT 1;

-- name: distinct_keys
SELECT DISTINCT {keys} FROM stage_raw s;

-- name: sample
SELECT DISTINCT {text} AS v FROM stage_raw s WHERE v IS NOT NULL LIMIT $sample_rows;

-- name: date_order
-- Rows whose numeric date can only be day first, and only month first. Only a value's
-- first six characters ("13/04/") tell its order, and a column has few distinct ones.
WITH heads AS (
    SELECT left(trim({text}), 6) AS head, count(*) AS n FROM stage_raw s
    WHERE {text} IS NOT NULL GROUP BY head
), parts AS (
    SELECT n, try_cast(regexp_extract(head, $numeric_date_head, 1) AS INTEGER) AS first,
           try_cast(regexp_extract(head, $numeric_date_head, 2) AS INTEGER) AS second
    FROM heads
)
SELECT coalesce(sum(n) FILTER (WHERE first > 12 AND second <= 12), 0),
       coalesce(sum(n) FILTER (WHERE second > 12 AND first <= 12), 0)
FROM parts;

-- name: iso_dates
SELECT count(*) FILTER (WHERE try_cast(v AS TIMESTAMPTZ) IS NOT NULL) FROM unnest($values::VARCHAR[]) AS t(v);

-- name: date_formats
-- Per format ({counts}: one count per $f<i> parameter), then ISO, Excel serial and epoch milliseconds.
WITH sample AS (SELECT unnest($values::VARCHAR[]) AS v)
SELECT
    {counts},
    count(*) FILTER (WHERE try_cast(v AS TIMESTAMPTZ) IS NOT NULL),
    count(*) FILTER (
        WHERE regexp_full_match(v, '[1-9][0-9]{4}(\.[0-9]+)?') AND try_cast(v AS DOUBLE) BETWEEN 20000 AND 80000
    ),
    count(*) FILTER (WHERE regexp_full_match(v, '1[0-9]{12}'))
FROM sample;

-- name: parsed_by_format
count(*) FILTER (WHERE try_strptime(v, {format}) IS NOT NULL);
