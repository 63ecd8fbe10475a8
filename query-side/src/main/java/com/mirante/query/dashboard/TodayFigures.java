package com.mirante.query.dashboard;

import java.time.LocalDate;

/**
 * A day's front-desk counts for a hotel or the chain: reservations on the books arriving and departing
 * on {@code date}, and the reservations in house now (a status, so it does not depend on the date).
 */
public record TodayFigures(LocalDate date, long arrivals, long departures, long inHouse) {
}
