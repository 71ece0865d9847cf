-- Column-mapping profiles (importing/profiles.py): a seller's own mapping for a header
-- that no built-in format knows, reused for every later file with the same header.
-- Idempotent; runs before profiles are read or saved.
CREATE TABLE IF NOT EXISTS import_profiles (
    name     VARCHAR PRIMARY KEY,
    headers  VARCHAR[] NOT NULL,   -- the file's header row, as written
    mapping  VARCHAR NOT NULL,     -- JSON object: header → canonical field
    saved_at TIMESTAMP NOT NULL
);
