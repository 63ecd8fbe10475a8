package com.mirante.platform.security;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says in the start-up report which users stop the application and what to configure instead. */
final class UnhashedPasswordFailureAnalyzer extends AbstractFailureAnalyzer<UnhashedPasswordException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, UnhashedPasswordException cause) {
        return new FailureAnalysis(
                "Outside the local profile every password must be stored hashed ({bcrypt}...), and the"
                        + " passwords of these users are not: " + String.join(", ", cause.users()) + ". A {noop} password, a fast digest or a"
                        + " password without an {id} can be used by anyone who reads the configuration.",
                "Configure each of these users' password as a bcrypt hash, for example the output of"
                        + " 'htpasswd -bnBC 12 \"\" <password> | tr -d \":\\n\"' prefixed with {bcrypt}, or run with the"
                        + " local profile (local users for a trial run only).",
                cause);
    }
}
