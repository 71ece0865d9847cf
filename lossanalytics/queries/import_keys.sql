-- The keys of an import's incoming rows (temp view incoming), each marked is_new when
-- its parcel is that one row and needs no merge (it is stored as its own parcel,
-- parcel_rows.is_parcel): the key has one row in this import and none in any other,
-- it is not an event log, and no other row shares its order. A big first import is
-- all new keys. Reads no row of this import from parcel_rows (an event log's scans, and rows
-- store_normalised stored, are there already).
CREATE OR REPLACE TEMP TABLE touched_keys AS
WITH repeated AS (
    -- Hashes that more than one incoming row has. Grouping a million hashes costs a
    -- third of grouping the keys themselves, and only the rows with such a hash (few:
    -- a key repeated, or two keys sharing a hash) are grouped by key.
    SELECT hash(tracking_number) AS h FROM incoming GROUP BY h HAVING count(*) > 1
),
keys AS (
    SELECT tracking_number, 1 AS n, order_id
    FROM incoming
    WHERE hash(tracking_number) NOT IN (SELECT h FROM repeated)
    UNION ALL
    SELECT tracking_number, count(*), any_value(order_id)
    FROM incoming
    WHERE hash(tracking_number) IN (SELECT h FROM repeated)
    GROUP BY tracking_number
),
incoming_orders AS (
    SELECT order_id FROM incoming WHERE order_id IS NOT NULL
),
-- The incoming rows' orders that another row has too, in this import or an earlier one. Only
-- the stored rows of those orders are read: a daily export of a thousand rows into ten million
-- parcels would otherwise group every stored order (seconds, and gigabytes of hash table).
shared_orders AS (
    SELECT order_id FROM incoming_orders GROUP BY order_id HAVING count(*) > 1
    UNION
    SELECT order_id FROM parcel_rows
    WHERE import_id <> $import_id AND order_id IN (SELECT order_id FROM incoming_orders)
),
-- The incoming keys stored already by another import, likewise looked up by the incoming keys.
known AS (
    SELECT tracking_number FROM parcel_rows
    WHERE import_id <> $import_id AND tracking_number IN (SELECT tracking_number FROM keys)
)
SELECT
    k.tracking_number,
    $kind <> 'events' AND k.n = 1
        AND k.tracking_number NOT IN (SELECT tracking_number FROM known)
        AND (k.order_id IS NULL OR k.order_id NOT IN (SELECT order_id FROM shared_orders)) AS is_new
FROM keys AS k
