package com.mirante.platform.privacy;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The master key the guests' data keys are wrapped under, and the keys it replaced. The current
 * key is the first configured of: {@code kms.key-id}, {@code master-key}, {@code master-key-file}.
 *
 * @param masterKey              Base64 of a 32-byte AES key
 * @param masterKeyFile          a file holding that Base64 text
 * @param createMasterKeyFile    create {@code master-key-file} with a new key when it is missing (the local run only)
 * @param previousMasterKeys     retired keys (Base64) that rows may still be wrapped under until they are rewrapped
 * @param previousMasterKeyFiles retired keys in files
 * @param kms                    an AWS KMS key instead
 * @param keyCache               how many unwrapped data keys stay in memory, and for how long unused
 * @param rewrapBatchSize        how many rows one transaction of the rewrap at start moves to the current key
 */
@ConfigurationProperties("mirante.privacy")
public record PrivacyProperties(String masterKey, Path masterKeyFile, boolean createMasterKeyFile,
                                List<String> previousMasterKeys, List<Path> previousMasterKeyFiles,
                                Kms kms, KeyCache keyCache, Integer rewrapBatchSize) {

    public PrivacyProperties {
        previousMasterKeys = previousMasterKeys == null ? List.of() : previousMasterKeys;
        previousMasterKeyFiles = previousMasterKeyFiles == null ? List.of() : previousMasterKeyFiles;
        kms = kms == null ? new Kms(null, null, null, null) : kms;
        keyCache = keyCache == null ? new KeyCache(null, null) : keyCache;
        rewrapBatchSize = rewrapBatchSize == null ? 500 : rewrapBatchSize;
    }

    /**
     * @param keyId          the KMS key (id, ARN, alias name or alias ARN) new data keys are wrapped under
     * @param previousKeyIds retired KMS keys that rows may still be wrapped under
     * @param region         the key's region; empty for the AWS SDK's default
     * @param endpoint       a KMS endpoint of its own (VPC endpoint); empty for AWS's
     */
    public record Kms(String keyId, List<String> previousKeyIds, String region, URI endpoint) {

        public Kms {
            previousKeyIds = previousKeyIds == null ? List.of() : previousKeyIds;
        }

        boolean used() {
            return keyId != null || !previousKeyIds.isEmpty();
        }
    }

    /** Unwrapping through KMS is a network call: the keys opened last stay in memory, bounded in number and time. */
    public record KeyCache(Integer size, Duration expireAfterAccess) {

        public KeyCache {
            size = size == null ? 10_000 : size;
            expireAfterAccess = expireAfterAccess == null ? Duration.ofMinutes(10) : expireAfterAccess;
        }
    }
}
