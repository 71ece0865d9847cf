-- The one rule of a parcel's dates against its shipping (DESIGN §6's transit times, §12's warnings):
-- a delivery or scan dated before the shipping teaches nothing (the import warns of it, the transit
-- times and the lanes' history leave it out), and a date without a time of day is some time that day,
-- so one dated the ship day counts as after it and took no time. storage.sql_text.load_sql fills the blocks
-- delivered_after_shipping and transit_seconds into every query that names them in braces (rates.sql,
-- trends.sql, lanes.sql, lane_store.sql, import_merge_dates.sql); importing.plan checks each date of a
-- row with after_shipping.
-- Change the rule here, and only here.

-- name: after_shipping
-- Whether {date} is not before the parcel's ship_date; NULL when either is unknown.
({date} >= CASE WHEN {date} = date_trunc('day', {date}) THEN date_trunc('day', ship_date) ELSE ship_date END)

-- name: transit_seconds
-- The transit time in whole seconds; NULL for a delivery dated before its shipping (or either date unknown).
CASE WHEN {delivered_after_shipping} THEN greatest(date_diff('second', ship_date, delivered_date), 0) END
