-- The settings table: one JSON value per key (detection thresholds, advice, claims, demo imports, carrier names).
-- name: read
SELECT value FROM settings WHERE key = $key;

-- name: write
INSERT INTO settings (key, value) VALUES ($key, $value)
ON CONFLICT (key) DO UPDATE SET value = excluded.value;

-- name: delete
DELETE FROM settings WHERE key = $key;
