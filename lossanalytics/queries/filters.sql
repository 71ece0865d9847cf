-- The shared dashboard filters, one condition each on the parcels `p` (lossanalytics.analytics.filters).
-- in_scope: the parcels a scope judges (outcomes.sql) and counts (advice.sql's values): shipped
-- before the end of its as-of day, or undated, and kept by the filters ({filters}: the others, joined).
-- stated_later: whether a parcel's status was stated after the as-of day, by its delivery, else its
-- latest scan (outcomes.sql's known_later).
-- name: all
true

-- name: none
false

-- name: in_scope
(p.ship_date IS NULL OR p.ship_date < $as_of_end) AND {filters}

-- name: stated_later
coalesce(CASE WHEN p.status = 'delivered' THEN p.delivered_date ELSE p.last_event_time END >= $as_of_end, false)

-- name: ship_from
p.ship_date >= $f_ship_from

-- name: ship_to
p.ship_date < $f_ship_to

-- name: carrier
list_contains($f_carrier, p.carrier)

-- name: mode
list_contains($f_mode, p.mode)

-- name: dest_country
list_contains($f_dest_country, p.dest_country)
