package com.mirante.platform.security;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Remembers failed sign-ins per user name and per client address, and says how long the next
 * attempt of a user, or from an address, that failed {@code maxFailures} times within the window
 * must wait. Each of the two memories is bounded: an attacker rotating user names or addresses
 * makes it forget the entries that failed least recently, never grow.
 */
final class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);
    /** No user name or address is longer; a longer one is cut rather than kept whole (HTTP Basic allows kilobytes). */
    private static final int MAX_KEY_LENGTH = 128;

    private final int maxFailures;
    private final long windowNanos;
    private final LongSupplier nanoTime;
    private final FailureLog users;
    private final FailureLog addresses;

    LoginThrottle(SecurityProperties.LoginThrottle settings, LongSupplier nanoTime) {
        this.maxFailures = settings.maxFailures();
        this.windowNanos = settings.window().toNanos();
        this.nanoTime = nanoTime;
        this.users = new FailureLog("user", settings.maxTracked());
        this.addresses = new FailureLog("address", settings.maxTracked());
    }

    /** How long {@code username}, or anyone from {@code address} (may be null), must wait; zero: not at all. */
    Duration waitFor(String username, String address) {
        long now = nanoTime.getAsLong();
        long userWait = users.waitNanos(key(username), now);
        long addressWait = address == null ? 0 : addresses.waitNanos(key(address), now);
        return Duration.ofNanos(Math.max(userWait, addressWait));
    }

    void failed(String username, String address) {
        long now = nanoTime.getAsLong();
        users.failed(key(username), now);
        if (address != null) {
            addresses.failed(key(address), now);
        }
    }

    /**
     * Spring Security's in-memory users ignore case; a name or address behind forwarded headers is
     * the client's own text, so it is cut to size and its control characters never reach a log line.
     */
    private static String key(String nameOrAddress) {
        String key = nameOrAddress.substring(0, Math.min(nameOrAddress.length(), MAX_KEY_LENGTH));
        return key.toLowerCase(Locale.ROOT).replaceAll("\\p{Cntrl}", "?");
    }

    /** The times of the last {@code maxFailures} failures of one key, oldest at {@code next} once full. */
    private static final class Failures {
        private final long[] times;
        private int next;
        private int count;

        private Failures(int capacity) {
            times = new long[capacity];
        }
    }

    private final class FailureLog {
        private final String kind;
        /** In order of the last failure: the eldest is forgotten first. */
        private final Map<String, Failures> byKey;

        private FailureLog(String kind, int maxTracked) {
            this.kind = kind;
            this.byKey = new LinkedHashMap<>() {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
                    return size() > maxTracked;
                }
            };
        }

        synchronized long waitNanos(String key, long now) {
            Failures failures = byKey.get(key);
            if (failures == null || failures.count < maxFailures) {
                return 0;
            }
            return Math.max(0, failures.times[failures.next] + windowNanos - now);
        }

        synchronized void failed(String key, long now) {
            Failures failures = byKey.remove(key);
            if (failures == null) {
                failures = new Failures(maxFailures);
            }
            failures.times[failures.next] = now;
            failures.next = (failures.next + 1) % maxFailures;
            failures.count = Math.min(failures.count + 1, maxFailures);
            byKey.put(key, failures);
            if (failures.count == maxFailures && now - failures.times[failures.next] < windowNanos) {
                log.warn("Sign-ins refused for {} {}: {} failures within {}", kind, key, maxFailures,
                        Duration.ofNanos(windowNanos));
            }
        }
    }
}
