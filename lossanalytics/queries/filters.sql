-- The shared dashboard filters, one condition each on the parcels `p` (lossanalytics.analytics.filters).
-- name: all
true

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
