-- The chain's nights kept pre-aggregated too, so a year of the whole chain is 365 rows to read
-- instead of a sum over every hotel's nights. The counters move with the hotels' counters, in the
-- same transaction, whether or not the hotel is known (yet or still). A hotel that has nights but
-- is not in hotel_daily_hotel counts nowhere: readers subtract such hotels' nights, found through
-- hotel_daily_counted_hotel (every hotel that has nights) without scanning the nights.

CREATE TABLE hotel_daily_chain_night (
    night               DATE          PRIMARY KEY,
    rooms_sold          INTEGER       NOT NULL DEFAULT 0,
    arrivals            INTEGER       NOT NULL DEFAULT 0,
    departures          INTEGER       NOT NULL DEFAULT 0,
    cancellations       INTEGER       NOT NULL DEFAULT 0,
    room_revenue        NUMERIC(18,2) NOT NULL DEFAULT 0,
    total_revenue       NUMERIC(18,2) NOT NULL DEFAULT 0
);

CREATE TABLE hotel_daily_counted_hotel (
    hotel_id            VARCHAR       PRIMARY KEY
);

INSERT INTO hotel_daily_chain_night (night, rooms_sold, arrivals, departures, cancellations, room_revenue,
                                     total_revenue)
SELECT night, sum(rooms_sold), sum(arrivals), sum(departures), sum(cancellations), sum(room_revenue),
       sum(total_revenue)
FROM hotel_daily_night
GROUP BY night;

INSERT INTO hotel_daily_counted_hotel (hotel_id) SELECT DISTINCT hotel_id FROM hotel_daily_night;

