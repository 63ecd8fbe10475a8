package com.mirante.query.guests;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface GuestReservationRepository extends JpaRepository<GuestReservationEntry, Long> {

    /** The guest's figures, summed here rather than kept as running totals that amendments would skew. */
    @Query(nativeQuery = true, value = """
            SELECT COUNT(*) FILTER (WHERE reached_stay) AS stays,
                   COALESCE(SUM(nights) FILTER (WHERE reached_stay), 0) AS nights,
                   COALESCE(SUM(total_amount) FILTER (WHERE checked_out), 0) AS lifetimeValue
              FROM query_model.guest_reservations
             WHERE guest_id = :guestId""")
    GuestStays staysOf(long guestId);
}
