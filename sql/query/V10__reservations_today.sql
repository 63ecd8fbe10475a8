-- The dashboard's "today" counts (arrivals, departures, in house) read reservations by arrival,
-- departure or in-house status: with these, each is an index lookup instead of a scan of every
-- reservation of the chain.
CREATE INDEX reservations_departure ON reservations (departure);
CREATE INDEX reservations_in_house ON reservations (hotel_id) WHERE status = 'IN_HOUSE';
