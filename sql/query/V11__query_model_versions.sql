-- The version of each query model whose tables are live, and the rebuild under way, if any.
-- A rebuild builds the model's tables again in a schema of their own (query_model_rebuild_<model>)
-- from the start of the event store, while the live tables keep serving. Once it has caught up a
-- switch is requested: every node stops the model's processors, and one transaction moves the new
-- tables into query_model and the old ones out, and hands the rebuild's tokens to the live processor. Version 1 of every model is what the migrations here
-- created; later versions change their tables with sql/query-models/<model>/V<n>__*.sql.
CREATE TABLE query_model_version (
    model                  VARCHAR(255)  PRIMARY KEY,
    version                INTEGER       NOT NULL,
    tables                 TEXT[]        NOT NULL,
    rebuild_version        INTEGER,
    rebuild_requested_at   TIMESTAMPTZ,
    rebuild_requested_by   VARCHAR(255),
    switch_requested_at    TIMESTAMPTZ,
    switched_at            TIMESTAMPTZ,
    updated_at             TIMESTAMPTZ   NOT NULL DEFAULT now()
);

INSERT INTO query_model_version (model, version, tables) VALUES
    ('reservations', 1, ARRAY['reservations']),
    ('hotels', 1, ARRAY['hotels']),
    ('room_board', 1, ARRAY['room_board']),
    ('guests', 1, ARRAY['guests', 'guest_reservations']),
    ('hotel_daily', 1, ARRAY['hotel_daily_hotel', 'hotel_daily_reservation', 'hotel_daily_invoice',
        'hotel_daily_charge', 'hotel_daily_night', 'hotel_daily_chain_night', 'hotel_daily_counted_hotel']);
