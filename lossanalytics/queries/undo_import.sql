-- Remove every row one import ($id) brought, then the import itself (lossanalytics.importing.pipeline).
DELETE FROM parcel_rows WHERE import_id = $id;
DELETE FROM tracking_events WHERE import_id = $id;
DELETE FROM rejects WHERE import_id = $id;
DELETE FROM imports WHERE id = $id;
