-- Which parcels an import (or undo) touches, for rebuild_parcels.sql. Input: temp table
-- touched_keys, the keys of the rows coming or going; run while those rows are still
-- in parcel_rows (after an import stores them, before an undo deletes them).
--   new_keys:        keys whose only row in the database is one row of import $import_id
--                    (not an event log), without another row of the same order: their
--                    parcel is that row, no merge needed. A big first import is all this.
--   affected_keys:   every other touched key, merged from all its rows.
--   affected_orders: their orders: a parcel and its order-only rows change together.
CREATE OR REPLACE TEMP TABLE new_keys AS
SELECT r.tracking_number
FROM parcel_rows AS r
WHERE r.import_id = $import_id AND r.kind <> 'events'
  AND r.tracking_number NOT IN (SELECT tracking_number FROM parcel_rows WHERE import_id <> $import_id)
  AND (r.order_id IS NULL OR r.order_id NOT IN (
      SELECT order_id FROM parcel_rows WHERE order_id IS NOT NULL GROUP BY order_id HAVING count(*) > 1))
GROUP BY r.tracking_number
HAVING count(*) = 1;

CREATE OR REPLACE TEMP TABLE affected_keys AS
SELECT tracking_number FROM touched_keys
WHERE tracking_number NOT IN (SELECT tracking_number FROM new_keys);

CREATE OR REPLACE TEMP TABLE affected_orders AS
SELECT DISTINCT order_id FROM parcel_rows
WHERE order_id IS NOT NULL AND tracking_number IN (SELECT tracking_number FROM affected_keys);
