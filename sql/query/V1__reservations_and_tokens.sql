-- Query models live apart from the event store: each can be dropped and rebuilt from the events.

-- Axon's token store: how far each processor segment has read the event store.
CREATE TABLE token_entry (
    processor_name      VARCHAR(255)  NOT NULL,
    segment             INTEGER       NOT NULL,
    token               BYTEA,
    token_type          VARCHAR(255),
    time_stamp          VARCHAR(255),
    owner               VARCHAR(255),
    PRIMARY KEY (processor_name, segment)
);

-- The reservations query model (processing group "reservations"). Text columns are unbounded:
-- a legacy column widened tomorrow must not stop the projection.
CREATE TABLE reservations (
    reservation_id      BIGINT        PRIMARY KEY,
    number              VARCHAR       NOT NULL,
    hotel_id            VARCHAR       NOT NULL,
    guest_id            BIGINT,
    arrival             DATE          NOT NULL,
    departure           DATE          NOT NULL,
    adults              SMALLINT      NOT NULL,
    children            SMALLINT      NOT NULL,
    status              VARCHAR(12)   NOT NULL,
    channel             VARCHAR,
    room_type           VARCHAR,
    rate_plan           VARCHAR,
    nightly_rate        NUMERIC(12,2),
    total_amount        NUMERIC(12,2),
    currency            VARCHAR,
    guaranteed          BOOLEAN       NOT NULL,
    -- Hotel wall-clock times, as the legacy system keeps them; the API converts through the hotel's zone.
    booked_at_local     TIMESTAMP,
    cancelled_at_local  TIMESTAMP,
    cancellation_reason VARCHAR
);

CREATE INDEX reservations_hotel_arrival ON reservations (hotel_id, arrival, reservation_id);
CREATE INDEX reservations_arrival ON reservations (arrival, reservation_id);
