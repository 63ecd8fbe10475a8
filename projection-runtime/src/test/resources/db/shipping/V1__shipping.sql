-- Everything the shipping application keeps, in one schema: Axon's JDBC event store, the tables the
-- projection runtime works with (Axon's tokens and dead letters, the operations and the registry of
-- query model versions), and the parcels query model, registered at version 1.
-- The event store as Axon's JDBC defaults name it (its EventSchema), which the runtime reads too.
CREATE TABLE domainevententry (
    globalindex         BIGSERIAL    PRIMARY KEY,
    eventidentifier     VARCHAR(255) NOT NULL UNIQUE,
    aggregateidentifier VARCHAR(255) NOT NULL,
    sequencenumber      BIGINT       NOT NULL,
    type                VARCHAR(255),
    timestamp           VARCHAR(255) NOT NULL,
    payloadtype         VARCHAR(255) NOT NULL,
    payloadrevision     VARCHAR(255),
    payload             BYTEA        NOT NULL,
    metadata            BYTEA,
    UNIQUE (aggregateidentifier, sequencenumber)
);

CREATE TABLE snapshotevententry (
    aggregateidentifier VARCHAR(255) NOT NULL,
    sequencenumber      BIGINT       NOT NULL,
    type                VARCHAR(255) NOT NULL,
    eventidentifier     VARCHAR(255) NOT NULL UNIQUE,
    timestamp           VARCHAR(255) NOT NULL,
    payloadtype         VARCHAR(255) NOT NULL,
    payloadrevision     VARCHAR(255),
    payload             BYTEA        NOT NULL,
    metadata            BYTEA,
    PRIMARY KEY (aggregateidentifier, sequencenumber)
);

CREATE TABLE token_entry (
    processor_name VARCHAR(255) NOT NULL,
    segment        INTEGER      NOT NULL,
    token          BYTEA,
    token_type     VARCHAR(255),
    time_stamp     VARCHAR(255),
    owner          VARCHAR(255),
    PRIMARY KEY (processor_name, segment)
);

CREATE TABLE dead_letter_entry (
    dead_letter_id       VARCHAR(255)  NOT NULL PRIMARY KEY,
    processing_group     VARCHAR(255)  NOT NULL,
    sequence_identifier  VARCHAR(255)  NOT NULL,
    sequence_index       BIGINT        NOT NULL,
    message_type         VARCHAR(255)  NOT NULL,
    event_identifier     VARCHAR(255)  NOT NULL,
    time_stamp           VARCHAR(255)  NOT NULL,
    payload_type         VARCHAR(255)  NOT NULL,
    payload_revision     VARCHAR(255),
    payload              BYTEA         NOT NULL,
    meta_data            BYTEA,
    aggregate_type       VARCHAR(255),
    aggregate_identifier VARCHAR(255),
    sequence_number      BIGINT,
    token_type           VARCHAR(255),
    token                BYTEA,
    enqueued_at          VARCHAR(255)  NOT NULL,
    last_touched         VARCHAR(255),
    processing_started   VARCHAR(255),
    cause_type           VARCHAR(255),
    cause_message        VARCHAR(1023),
    diagnostics          BYTEA,
    UNIQUE (processing_group, sequence_identifier, sequence_index)
);

CREATE TABLE processor_operation (
    processor_name      VARCHAR(255) PRIMARY KEY,
    paused              BOOLEAN      NOT NULL DEFAULT FALSE,
    replay_requested_at TIMESTAMPTZ,
    replay_requested_by VARCHAR(255),
    replay_completed_at TIMESTAMPTZ,
    replay_completed_by VARCHAR(255),
    updated_at          TIMESTAMPTZ  NOT NULL DEFAULT now()
);

CREATE TABLE query_model_version (
    model                VARCHAR(255) PRIMARY KEY,
    version              INTEGER      NOT NULL,
    tables               TEXT[]       NOT NULL,
    rebuild_version      INTEGER,
    rebuild_requested_at TIMESTAMPTZ,
    rebuild_requested_by VARCHAR(255),
    switch_requested_at  TIMESTAMPTZ,
    switched_at          TIMESTAMPTZ,
    updated_at           TIMESTAMPTZ  NOT NULL DEFAULT now()
);

CREATE TABLE parcels (
    parcel_id   VARCHAR(255) PRIMARY KEY,
    destination VARCHAR(255) NOT NULL
);

INSERT INTO query_model_version (model, version, tables) VALUES ('parcels', 1, ARRAY['parcels']);
