-- The hotel_daily query model (processing group "hotel_daily"): the facts the dashboard figures are
-- computed from at read time, one row per hotel, reservation, invoice and charge. Rows from
-- different aggregates are only joined when read, so the order in which segments project them
-- does not matter (a charge may arrive before its invoice says which hotel it belongs to).
-- Columns are nullable where the legacy data may lack them: such a row simply counts nowhere.

CREATE TABLE hotel_daily_hotel (
    hotel_id            VARCHAR       PRIMARY KEY,
    rooms               INTEGER       NOT NULL
);

CREATE TABLE hotel_daily_reservation (
    reservation_id      BIGINT        PRIMARY KEY,
    hotel_id            VARCHAR,
    arrival             DATE,
    departure           DATE,
    on_the_books        BOOLEAN       NOT NULL,
    -- the local date of the cancellation time (already hotel wall clock)
    cancelled_on        DATE
);
CREATE INDEX hotel_daily_reservation_stay ON hotel_daily_reservation (hotel_id, arrival, departure);
CREATE INDEX hotel_daily_reservation_cancelled ON hotel_daily_reservation (hotel_id, cancelled_on);

CREATE TABLE hotel_daily_invoice (
    invoice_id          BIGINT        PRIMARY KEY,
    hotel_id            VARCHAR
);
CREATE INDEX hotel_daily_invoice_hotel ON hotel_daily_invoice (hotel_id);

-- Keyed by invoice too: a charge lives in its invoice's aggregate, and a charge moved to another
-- invoice must not have its two lives mixed up when the two invoices are projected out of order.
CREATE TABLE hotel_daily_charge (
    invoice_id          BIGINT        NOT NULL,
    charge_id           BIGINT        NOT NULL,
    service_code        VARCHAR,
    amount              NUMERIC(14,2),
    -- the date part of postedAt (hotel wall clock): revenue counts on it
    posted_on           DATE,
    reversed            BOOLEAN       NOT NULL,
    removed             BOOLEAN       NOT NULL,
    PRIMARY KEY (invoice_id, charge_id)
);
CREATE INDEX hotel_daily_charge_posted ON hotel_daily_charge (posted_on);
