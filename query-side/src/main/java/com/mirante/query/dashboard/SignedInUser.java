package com.mirante.query.dashboard;

import java.util.List;

/** Who the request was authenticated as, and the roles (without Spring's {@code ROLE_} prefix). */
public record SignedInUser(String username, List<String> roles) {
}
