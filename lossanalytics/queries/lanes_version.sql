-- Changes whenever parcels can have changed (an import added or undone, a carrier shown under
-- another name, a status given to a value nobody read, the home country that unknown origins
-- are taken from changed): the key under which lossanalytics.lanes keeps the lane history it learned.
-- Parcels are counted in the tables behind the view parcels: counting the view joins every
-- parcel with carrier_names (0.4 s at 3M parcels here, paid by every outcome query, several a
-- page). A lake's parcels are files that do not change under an open lake (its stamp opens a
-- new one), and these tables stay empty there.
SELECT coalesce(max(id), 0) AS last_import, count(*) AS imports,
       (SELECT count(*) FROM parcel_rows WHERE is_parcel) + (SELECT count(*) FROM merged_parcels) AS parcels,
       (SELECT coalesce(bit_xor(hash(carrier, shown)), 0) FROM carrier_names) AS carrier_names,
       (SELECT coalesce(bit_xor(hash(raw_key, status)), 0) FROM status_vocabulary) AS seller_statuses,
       (SELECT coalesce(bit_xor(hash(value)), 0) FROM settings WHERE key = 'home.country') AS home_country
FROM imports
