-- Canonical schema (DESIGN §3). Idempotent: runs every time a database is opened.
CREATE SEQUENCE IF NOT EXISTS import_id_seq START 1;

-- The defaults every parcel gets (DESIGN §3): one rule for a parcel that is one row and
-- for a merged one. Statuses are passed when known (NULL for 'unknown'). A parcel whose exports
-- name no carrier gets 'Unknown' (normalise.carrier_modes.NO_CARRIER), shown as "carrier unknown".
CREATE OR REPLACE MACRO parcel_carrier(carrier) AS coalesce(carrier, 'Unknown');
CREATE OR REPLACE MACRO parcel_mode(mode) AS coalesce(mode, 'unknown');
-- A parcel without a status that has a delivered date was delivered.
CREATE OR REPLACE MACRO parcel_status(known_status, delivered_date) AS
    coalesce(known_status, CASE WHEN delivered_date IS NOT NULL THEN 'delivered' ELSE 'unknown' END);
-- A delivered date only stands when the status agrees the parcel arrived; a delivered
-- parcel without one arrived at its last scan.
CREATE OR REPLACE MACRO parcel_delivered_date(known_status, delivered_date, last_event_time) AS
    CASE WHEN coalesce(known_status, 'delivered') = 'delivered' THEN coalesce(delivered_date, last_event_time) END;

CREATE TABLE IF NOT EXISTS imports (
    id              INTEGER PRIMARY KEY,
    file_name       VARCHAR NOT NULL,
    sha256          VARCHAR NOT NULL,
    detected_format VARCHAR NOT NULL,
    kind            VARCHAR NOT NULL,          -- orders | tracking | events
    rows_read       BIGINT NOT NULL,
    rows_stored     BIGINT NOT NULL,           -- parcels new to the database
    rows_updated    BIGINT NOT NULL,           -- parcels already known, now updated
    rows_rejected   BIGINT NOT NULL,
    imported_at     TIMESTAMP NOT NULL
);

-- Every accepted row of every import, normalised. Parcels are derived from these,
-- which is what makes "best source per field" and undoing an import exact.
CREATE TABLE IF NOT EXISTS parcel_rows (
    import_id               INTEGER NOT NULL,
    source_row              BIGINT NOT NULL,
    kind                    VARCHAR NOT NULL,
    tracking_number         VARCHAR NOT NULL,
    carrier                 VARCHAR,
    carrier_raw             VARCHAR,
    service                 VARCHAR,
    mode                    VARCHAR,
    order_id                VARCHAR,
    marketplace             VARCHAR,
    origin_country          VARCHAR,
    dest_country            VARCHAR,
    ship_date               TIMESTAMP,
    estimated_delivery_date TIMESTAMP,
    delivered_date          TIMESTAMP,
    last_event_time         TIMESTAMP,
    last_event_text         VARCHAR,
    status                  VARCHAR,
    status_raw              VARCHAR,
    declared_value          DOUBLE,
    currency                VARCHAR,
    weight_kg               DOUBLE,
    insured_value           DOUBLE,
    max_scan_gap_days       DOUBLE
);
-- The row is its parcel as it is (its key has no other row, nor its order): the view
-- parcels (parcels_view.sql) reads it from here, so a big import writes it once, with
-- the two fields whose parcel default depends on others, stored so that filters on them
-- reach the scan. Added to the table of older databases too.
ALTER TABLE parcel_rows ADD COLUMN IF NOT EXISTS is_parcel BOOLEAN DEFAULT false;
ALTER TABLE parcel_rows ADD COLUMN IF NOT EXISTS parcel_status VARCHAR;
ALTER TABLE parcel_rows ADD COLUMN IF NOT EXISTS parcel_delivered_date TIMESTAMP;
-- Provenance (DESIGN §4): which field decided the status ('substatus', 'event_text',
-- 'status') and the code or words that did; where the mode came from ('column',
-- 'service', 'carrier', 'dialect'), so that merging keeps the strongest.
ALTER TABLE parcel_rows ADD COLUMN IF NOT EXISTS status_source VARCHAR;
ALTER TABLE parcel_rows ADD COLUMN IF NOT EXISTS status_evidence VARCHAR;
ALTER TABLE parcel_rows ADD COLUMN IF NOT EXISTS mode_source VARCHAR;

-- The parcels merged from several rows (rebuild_parcels.sql); the view parcels
-- (parcels_view.sql) adds the rows that are their own parcel. A key is unique by
-- construction, without an index: keeping one costs more than a big import.
CREATE TABLE IF NOT EXISTS merged_parcels (
    tracking_number         VARCHAR NOT NULL,
    carrier                 VARCHAR NOT NULL,
    carrier_raw             VARCHAR,
    service                 VARCHAR,
    mode                    VARCHAR NOT NULL,
    order_id                VARCHAR,
    marketplace             VARCHAR,
    origin_country          VARCHAR,
    dest_country            VARCHAR,
    ship_date               TIMESTAMP,
    estimated_delivery_date TIMESTAMP,
    delivered_date          TIMESTAMP,
    last_event_time         TIMESTAMP,
    last_event_text         VARCHAR,
    status                  VARCHAR NOT NULL,
    status_raw              VARCHAR,
    declared_value          DOUBLE,
    currency                VARCHAR,
    weight_kg               DOUBLE,
    insured_value           DOUBLE,
    max_scan_gap_days       DOUBLE,
    import_id               INTEGER NOT NULL,
    source_row              BIGINT NOT NULL
);
ALTER TABLE merged_parcels ADD COLUMN IF NOT EXISTS status_source VARCHAR;
ALTER TABLE merged_parcels ADD COLUMN IF NOT EXISTS status_evidence VARCHAR;
ALTER TABLE merged_parcels ADD COLUMN IF NOT EXISTS mode_source VARCHAR;

CREATE TABLE IF NOT EXISTS tracking_events (
    import_id       INTEGER NOT NULL,
    source_row      BIGINT NOT NULL,
    tracking_number VARCHAR NOT NULL,
    event_time      TIMESTAMP NOT NULL,
    status          VARCHAR NOT NULL,
    status_raw      VARCHAR,
    location        VARCHAR,
    description     VARCHAR
);

-- Rows that could not be stored (severity 'rejected') and values that were set
-- aside while the row was kept (severity 'warning'), with file, row and column.
CREATE TABLE IF NOT EXISTS rejects (
    import_id   INTEGER NOT NULL,
    source_row  BIGINT NOT NULL,
    column_name VARCHAR,
    value       VARCHAR,
    severity    VARCHAR NOT NULL,
    reason      VARCHAR NOT NULL
);

-- The seller's claim work per parcel (DESIGN §8); survives re-imports of the parcel.
CREATE TABLE IF NOT EXISTS claims (
    tracking_number  VARCHAR PRIMARY KEY,
    status           VARCHAR NOT NULL,
    reported_on      DATE,
    filed_on         DATE,
    resolved_on      DATE,
    amount_claimed   DOUBLE,
    amount_recovered DOUBLE,
    currency         VARCHAR,
    steps_done       VARCHAR,
    notes            VARCHAR,
    updated_at       TIMESTAMP NOT NULL
);

-- Statuses the seller gave to status values and event texts the product could not read;
-- later imports, the CLI and a recomputation of stored rows use them.
CREATE TABLE IF NOT EXISTS status_vocabulary (
    raw_key     VARCHAR PRIMARY KEY,           -- status_evidence.vocabulary_key(raw)
    raw         VARCHAR NOT NULL,
    status      VARCHAR NOT NULL,
    assigned_at TIMESTAMP NOT NULL
);

CREATE TABLE IF NOT EXISTS settings (
    key   VARCHAR PRIMARY KEY,
    value VARCHAR NOT NULL
);

-- What lanes.sql learned from every delivery, under the data version it learned it from
-- (lossanalytics.analytics.lanes): a process that opens the database later reads these few rows
-- instead of learning them again from every delivered parcel. Derived data, never edited:
-- another version's rows are simply not read, and the next learning replaces them.
CREATE TABLE IF NOT EXISTS lane_history_store (
    version          VARCHAR NOT NULL,
    newest_delivery  TIMESTAMP NOT NULL,
    carrier          VARCHAR,
    origin_country   VARCHAR,
    dest_country     VARCHAR,
    mode             VARCHAR,
    lane_delivered   BIGINT,
    lane_transit_p95 DOUBLE,
    lane_gaps_known  BIGINT,
    lane_gap_p95     DOUBLE,
    lane_gap_p99     DOUBLE,
    lane_edds_known  BIGINT,
    lane_late_p99    DOUBLE
);

-- The rows of rates.sql's pass (statement passed) that only closed parcels give, under the data
-- version and the groupings they were computed for (lossanalytics.analytics.kept): an
-- unfiltered view's rates as of a day after every ship date add the open parcels' rows to them.
-- The key columns are those of lossanalytics.analytics.metrics.KEY_COLUMNS; a grouping's others
-- stay NULL. Derived data, never edited: another version's rows are not read, and are forgotten.
CREATE TABLE IF NOT EXISTS closed_rates_store (
    version        VARCHAR NOT NULL,
    bys            VARCHAR NOT NULL,
    newest_ship    TIMESTAMP NOT NULL,
    part           VARCHAR NOT NULL,
    total          VARCHAR,
    carrier        VARCHAR,
    origin_country VARCHAR,
    dest_country   VARCHAR,
    mode           VARCHAR,
    service        VARCHAR,
    month          VARCHAR,
    marketplace    VARCHAR,
    lost_currency  VARCHAR,
    outcome        VARCHAR,
    shipments      BIGINT,
    on_time        BIGINT,
    on_time_known  BIGINT,
    value_lost     DOUBLE,
    transit        DOUBLE[],
    coarse_id      BIGINT
);

-- The claim candidates (lost, suspected-lost and damaged parcels, with the columns the claim estimate reads:
-- outcome_lists.sql's claim_candidates) of one unfiltered scope (`judged`: its as-of day and detection thresholds)
-- under the data version they were judged at (lossanalytics.claims.worklist's deadline_estimates). Derived data,
-- never edited: another version's or scope's rows are not read, and are forgotten.
CREATE TABLE IF NOT EXISTS claim_candidates_store (
    version                 VARCHAR NOT NULL,
    judged                  VARCHAR NOT NULL,
    newest_ship             TIMESTAMP NOT NULL,
    tracking_number         VARCHAR,
    carrier                 VARCHAR,
    service                 VARCHAR,
    mode                    VARCHAR,
    marketplace             VARCHAR,
    origin_country          VARCHAR,
    dest_country            VARCHAR,
    ship_date               TIMESTAMP,
    estimated_delivery_date TIMESTAMP,
    delivered_date          TIMESTAMP,
    last_event_time         TIMESTAMP,
    declared_value          DOUBLE,
    currency                VARCHAR,
    weight_kg               DOUBLE,
    insured_value           DOUBLE,
    outcome                 VARCHAR,
    risk                    INTEGER
);

-- The closed parcels' rows of the advice's pass (advice.sql's kinds: per lane, outcome and flags, how
-- many parcels and their sums), under the data version, the way order IDs are counted and the exchange
-- rates they were computed for (lossanalytics.advice.kept_figures): an unfiltered view's advice as of a day
-- after every ship date adds the open parcels' rows to them. Derived data, never edited: another
-- version's rows are not read, and are forgotten.
CREATE TABLE IF NOT EXISTS advice_kinds_store (
    version            VARCHAR NOT NULL,
    order_ids          VARCHAR NOT NULL,
    fx                 VARCHAR NOT NULL,
    newest_ship        TIMESTAMP NOT NULL,
    laned              BOOLEAN,
    carrier            VARCHAR,
    origin_country     VARCHAR,
    dest_country       VARCHAR,
    mode               VARCHAR,
    suspected_currency VARCHAR,
    outcome            VARCHAR,
    insured            BOOLEAN,
    valued             BOOLEAN,
    no_order_id        BOOLEAN,
    no_declared_value  BOOLEAN,
    no_currency        BOOLEAN,
    no_weight_kg       BOOLEAN,
    no_edd             BOOLEAN,
    parcels            BIGINT,
    value_usd          DOUBLE,
    suspected_value    DOUBLE
);

-- The advice's insurance rows (advice.sql's insurance: per rated lane, its uninsured valued parcels and those
-- worth insuring), under the data version and a digest of everything they were weighed by (`weighed`: the
-- lanes with their keys, loss rates and limits, the services' limits, the exchange rates, the premium), as
-- of a day after every ship date (lossanalytics.advice.kept_figures). Derived data, never edited: rows of
-- another version or weighed otherwise are not read, and are forgotten.
CREATE TABLE IF NOT EXISTS insurance_store (
    version           VARCHAR NOT NULL,
    weighed           VARCHAR NOT NULL,
    newest_ship       TIMESTAMP NOT NULL,
    lane              BIGINT,
    insurable         BIGINT,
    worth             BIGINT,
    clear             BIGINT,
    value_usd         DOUBLE,
    expected_loss_usd DOUBLE,
    premium_usd       DOUBLE
);

-- The advice's high-value threshold in US dollars (advice.sql's threshold) and the count of valued
-- parcels it was taken among, under the data version and the exchange rates and quantile (`fx`) it
-- was computed for (lossanalytics.advice.kept_figures): an unfiltered view's threshold as of a day
-- after every ship date. Derived data, never edited: another version's is not read, and is forgotten.
CREATE TABLE IF NOT EXISTS threshold_store (
    version       VARCHAR NOT NULL,
    valued        BIGINT NOT NULL,
    fx            VARCHAR NOT NULL,
    newest_ship   TIMESTAMP NOT NULL,
    threshold_usd DOUBLE
);
