package com.mirante.platform.privacy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.services.kms.KmsClient;

/**
 * The current master key, under which every data key is wrapped, and the retired ones rows may
 * still be wrapped under until the rewrap at start has moved them ({@link RewrapDataKeys}).
 */
final class MasterKeys implements AutoCloseable {

    private final MasterKey current;
    private final Map<String, MasterKey> known = new LinkedHashMap<>();
    private final KmsClient kms;

    private MasterKeys(MasterKey current, List<MasterKey> previous, KmsClient kms) {
        this.current = current;
        this.kms = kms;
        known.put(current.id(), current);
        previous.forEach(key -> known.putIfAbsent(key.id(), key));
    }

    /** @param kmsClients builds the KMS client, only when a KMS key is configured */
    static MasterKeys from(PrivacyProperties properties, Supplier<KmsClient> kmsClients) {
        KmsClient kms = properties.kms().used() ? kmsClients.get() : null;
        try {
            List<MasterKey> previous = new ArrayList<>();
            for (int i = 0; i < properties.previousMasterKeys().size(); i++) {
                String source = "mirante.privacy.previous-master-keys[" + i + "]";
                previous.add(new LocalMasterKey(MasterKeyFile.decode(properties.previousMasterKeys().get(i), source), source));
            }
            properties.previousMasterKeyFiles().forEach(file ->
                    previous.add(new LocalMasterKey(MasterKeyFile.read(file), "Master key file " + file)));
            properties.kms().previousKeyIds().forEach(keyId -> previous.add(new KmsMasterKey(kms, keyId)));
            return new MasterKeys(current(properties, kms), previous, kms);
        } catch (RuntimeException e) {
            if (kms != null) {
                kms.close();
            }
            throw e;
        }
    }

    private static MasterKey current(PrivacyProperties properties, KmsClient kms) {
        if (properties.kms().keyId() != null) {
            return new KmsMasterKey(kms, properties.kms().keyId());
        }
        if (properties.masterKey() != null) {
            String source = "mirante.privacy.master-key";
            return new LocalMasterKey(MasterKeyFile.decode(properties.masterKey(), source), source);
        }
        if (properties.masterKeyFile() != null) {
            byte[] key = properties.createMasterKeyFile()
                    ? MasterKeyFile.readOrCreate(properties.masterKeyFile())
                    : MasterKeyFile.read(properties.masterKeyFile());
            return new LocalMasterKey(key, "Master key file " + properties.masterKeyFile());
        }
        throw new MissingMasterKeyException();
    }

    MasterKey current() {
        return current;
    }

    /** The configured key a row names. */
    MasterKey named(String id) {
        return Optional.ofNullable(known.get(id)).orElseThrow(() -> new IllegalStateException("A data key is wrapped under master key " + id
                + ", which is not configured: add it to mirante.privacy.previous-master-keys (or"
                + " .previous-master-key-files, .kms.previous-key-ids) until the rewrap at start has moved every"
                + " row to the current key " + current.id()));
    }

    @Override
    public void close() {
        if (kms != null) {
            kms.close();
        }
    }
}
