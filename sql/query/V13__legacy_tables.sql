-- The legacy tables query model (processing group "legacy_tables"): what DMS's control records said
-- about each legacy table's definition. Names are DMS's (schema.table, column), text unbounded like
-- the other models'. Times are DMS's own (metadata.timestamp, real UTC), except recorded_at.
CREATE TABLE legacy_table (
    table_name   VARCHAR      PRIMARY KEY,
    -- Dropped and not created again since; a task reload (drop then create) clears it.
    dropped_at   TIMESTAMPTZ
);

-- The columns as the latest control record with the table's definition gave them, in its order.
CREATE TABLE legacy_table_column (
    table_name   VARCHAR      NOT NULL,
    column_name  VARCHAR      NOT NULL,
    position     INTEGER      NOT NULL,
    type         VARCHAR,
    length       INTEGER,
    precision    INTEGER,
    scale        INTEGER,
    nullable     BOOLEAN,
    PRIMARY KEY (table_name, column_name)
);

-- Every schema change but the drops and creates of a task reload: the columns it added and dropped,
-- found by comparing its definition with the one before (empty when either was not sent).
CREATE TABLE legacy_table_change (
    table_name   VARCHAR      NOT NULL,
    kind         VARCHAR(32)  NOT NULL,
    changed_at   TIMESTAMPTZ  NOT NULL,
    -- When the platform recorded it (the event's time): the alert's window, so that a record that
    -- waited on the queue still alerts, and a replay of old ones does not.
    recorded_at  TIMESTAMPTZ  NOT NULL,
    added        VARCHAR[]    NOT NULL,
    dropped      VARCHAR[]    NOT NULL,
    PRIMARY KEY (table_name, kind, changed_at)
);
CREATE INDEX legacy_table_change_changed_at ON legacy_table_change (changed_at);
CREATE INDEX legacy_table_change_recorded_at ON legacy_table_change (recorded_at);

-- The DMS task's reloads of each table: a drop-table followed at once by a create-table.
CREATE TABLE legacy_table_reload (
    table_name   VARCHAR      NOT NULL,
    dropped_at   TIMESTAMPTZ  NOT NULL,
    reloaded_at  TIMESTAMPTZ  NOT NULL,
    task_id      VARCHAR,
    PRIMARY KEY (table_name, reloaded_at)
);

INSERT INTO query_model_version (model, version, tables) VALUES
    ('legacy_tables', 1, ARRAY['legacy_table', 'legacy_table_column', 'legacy_table_change', 'legacy_table_reload']);
