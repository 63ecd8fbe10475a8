package com.mirante.platform.security;

import java.util.List;

/** Users configured with a password anyone reading the configuration could use; the application does not start. */
final class UnhashedPasswordException extends IllegalStateException {

    private final List<String> users;

    UnhashedPasswordException(List<String> users) {
        super("Passwords not stored as a {bcrypt} (or another slow) hash outside the local profile: "
                + String.join(", ", users));
        this.users = List.copyOf(users);
    }

    List<String> users() {
        return users;
    }
}
