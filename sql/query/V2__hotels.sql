-- The hotels query model (processing group "hotels"): the chain's reference list.
CREATE TABLE hotels (
    hotel_id            VARCHAR       PRIMARY KEY,
    name                VARCHAR       NOT NULL,
    city                VARCHAR,
    state               VARCHAR,
    rooms               INTEGER       NOT NULL,
    time_zone           VARCHAR       NOT NULL,
    active              BOOLEAN       NOT NULL
);
