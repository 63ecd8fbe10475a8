package com.mirante.platform.privacy;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Arrays;
import java.util.function.Supplier;

/**
 * The data keys unwrapped last, so that opening a guest's data costs a key row's read and no
 * unwrap (a KMS call is a network round trip). An entry serves only while the guest's row still
 * holds the very wrapped key it came from: the vault reads the row first on every use, so a
 * shredded row (no row) or a new key for the guest (other bytes) wins at once, on every node, and
 * a node that shreds forgets its entry too. Bounded in size, and in time unused, so plaintext keys
 * do not linger in memory.
 */
final class DataKeyCache {

    private record Entry(byte[] wrapped, byte[] dataKey) {
    }

    private final Cache<Long, Entry> entries;

    DataKeyCache(PrivacyProperties.KeyCache settings) {
        this.entries = Caffeine.newBuilder()
                .maximumSize(settings.size())
                .expireAfterAccess(settings.expireAfterAccess())
                .build();
    }

    /** The data key {@code wrapped} holds, unwrapped only when this guest's entry holds other bytes. */
    byte[] dataKey(long guestId, byte[] wrapped, Supplier<byte[]> unwrap) {
        Entry entry = entries.getIfPresent(guestId);
        if (entry != null && Arrays.equals(entry.wrapped(), wrapped)) {
            return entry.dataKey();
        }
        byte[] dataKey = unwrap.get();
        remember(guestId, wrapped, dataKey);
        return dataKey;
    }

    void remember(long guestId, byte[] wrapped, byte[] dataKey) {
        entries.put(guestId, new Entry(wrapped, dataKey));
    }

    void forget(long guestId) {
        entries.invalidate(guestId);
    }
}
