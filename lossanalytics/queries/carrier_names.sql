-- The name each carrier outside the catalogue is shown under (DESIGN §5), where it differs
-- from the name stored with its rows: the spellings of one carrier (carrier_identity.py)
-- are shown under the most frequent one, or under the seller's choice (Settings). The
-- view parcels (parcels_view.sql) reads carriers through it; carrier_names.py rewrites it
-- after every import, undo and rename. Runs every time a database is opened.
CREATE TABLE IF NOT EXISTS carrier_names (
    carrier VARCHAR PRIMARY KEY,   -- as stored in parcel_rows and merged_parcels
    shown   VARCHAR NOT NULL
);
