package com.mirante.platform.security;

/**
 * What a user may do: viewers read figures, rooms and reservations (a reservation names its guest
 * by id only); {@code PERSONAL_DATA} also reads guests' personal data, every read audited;
 * operators run operations (processors, dead letters), every action audited.
 */
public enum Role {
    VIEWER,
    PERSONAL_DATA,
    OPERATOR
}
