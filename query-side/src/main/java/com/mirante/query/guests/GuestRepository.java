package com.mirante.query.guests;

import org.springframework.data.jpa.repository.JpaRepository;

interface GuestRepository extends JpaRepository<GuestEntry, Long> {
}
