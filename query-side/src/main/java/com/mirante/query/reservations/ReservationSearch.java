package com.mirante.query.reservations;

import com.mirante.api.reservation.ReservationStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jakarta.persistence.criteria.Predicate;
import org.springframework.data.jpa.domain.Specification;

/** The list endpoint's filters; each one left out matches everything. */
record ReservationSearch(String hotelId, ReservationStatus status, LocalDate arrivalFrom, LocalDate arrivalTo) {

    Specification<ReservationEntry> toSpecification() {
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            if (hotelId != null) {
                predicates.add(cb.equal(root.get("hotelId"), hotelId));
            }
            if (status != null) {
                predicates.add(cb.equal(root.get("status"), status));
            }
            if (arrivalFrom != null) {
                predicates.add(cb.greaterThanOrEqualTo(root.get("arrival"), arrivalFrom));
            }
            if (arrivalTo != null) {
                predicates.add(cb.lessThanOrEqualTo(root.get("arrival"), arrivalTo));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }
}
