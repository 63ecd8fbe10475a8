package com.mirante.query.reservations;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface ReservationRepository extends JpaRepository<ReservationEntry, Long>, JpaSpecificationExecutor<ReservationEntry> {
}
