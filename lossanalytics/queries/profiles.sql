-- Column-mapping profiles (importing/profiles.py): a seller's own mapping for a header
-- that no built-in format knows, reused for every later file with the same header.
-- name: create
-- Idempotent; runs before profiles are read or saved.
CREATE TABLE IF NOT EXISTS import_profiles (
    name     VARCHAR PRIMARY KEY,
    headers  VARCHAR[] NOT NULL,   -- the file's header row, as written
    mapping  VARCHAR NOT NULL,     -- JSON object: header → canonical field
    saved_at TIMESTAMP NOT NULL
);

-- name: save
INSERT OR REPLACE INTO import_profiles VALUES ($name, $headers, $mapping, $at);

-- name: list
SELECT name, headers, mapping, saved_at FROM import_profiles ORDER BY saved_at DESC, name;

-- name: delete
DELETE FROM import_profiles WHERE name = $name RETURNING name;
