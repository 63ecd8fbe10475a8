package com.mirante.query.reservations;

import java.util.List;

/** One page of reservations; pages count from 0. */
public record ReservationPage(List<ReservationView> items, int page, int size, long total) {
}
