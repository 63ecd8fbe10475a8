-- The guests query model (processing group "guests"). LGPD: no personal data in clear here. The
-- profile keeps the sealed personal data exactly as the events carry it and opens it through the
-- vault at read time, so once the guest's key is shredded nothing readable remains, also mid-replay.
CREATE TABLE guests (
    guest_id             BIGINT        PRIMARY KEY,
    sealed_personal_data VARCHAR,
    city                 VARCHAR,
    state                VARCHAR,
    country              VARCHAR,
    loyalty_tier         VARCHAR,
    marketing_consent    BOOLEAN       NOT NULL
);

-- One row per reservation, as much as the guest's stay figures need; they are summed at read time,
-- so an amendment or a status change rewrites one row and the figures follow.
CREATE TABLE guest_reservations (
    reservation_id       BIGINT        PRIMARY KEY,
    guest_id             BIGINT,
    nights               INTEGER       NOT NULL,
    total_amount         NUMERIC(12,2),
    reached_stay         BOOLEAN       NOT NULL,
    checked_out          BOOLEAN       NOT NULL
);

CREATE INDEX guest_reservations_guest ON guest_reservations (guest_id);
