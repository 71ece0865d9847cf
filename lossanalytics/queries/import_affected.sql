-- Which parcels an import (or undo) touches, for rebuild_parcels.sql. Input: temp table
-- touched_keys (tracking_number, is_new), the keys of the rows coming or going, from
-- import_keys.sql or an undo (which has no new keys); run while those rows are in
-- parcel_rows (after an import stores them, before an undo deletes them).
--   affected_keys:   every touched key that is not new, merged from all its rows.
--   affected_orders: their orders: a parcel and its order-only rows change together.
CREATE OR REPLACE TEMP TABLE affected_keys AS
SELECT tracking_number FROM touched_keys WHERE NOT is_new;

CREATE OR REPLACE TEMP TABLE affected_orders AS
SELECT DISTINCT order_id FROM parcel_rows
WHERE order_id IS NOT NULL AND tracking_number IN (SELECT tracking_number FROM affected_keys);
