-- The room board query model (processing group "room_board"): the current state of every room.
-- A renumbered or removed room leaves no row; text columns are unbounded like the other models.
CREATE TABLE room_board (
    hotel_id              VARCHAR       NOT NULL,
    room_number           VARCHAR       NOT NULL,
    floor                 INTEGER,
    room_type             VARCHAR,
    occupancy             VARCHAR(8),
    housekeeping          VARCHAR(9),
    out_of_service        BOOLEAN       NOT NULL,
    out_of_service_reason VARCHAR,
    -- When the latest change was committed in the legacy database (real UTC) when known...
    updated_at            TIMESTAMPTZ,
    -- ...otherwise (full-load images) the hotel wall-clock time it carried, converted on read.
    updated_at_local      TIMESTAMP,
    PRIMARY KEY (hotel_id, room_number)
);
