package com.mirante.platform.privacy;

import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.KeyMetadata;
import software.amazon.awssdk.services.kms.model.KeySpec;
import software.amazon.awssdk.services.kms.model.KeyState;
import software.amazon.awssdk.services.kms.model.KeyUsageType;

/**
 * A symmetric AWS KMS key: data keys are wrapped by KMS {@code Encrypt} and unwrapped by
 * {@code Decrypt}, the key material never leaving KMS. The guest id goes with each call as the
 * encryption context, so a wrapped key pasted onto another guest does not unwrap, and CloudTrail
 * shows whose key each call opened. KMS's own yearly rotation keeps the key's ARN and needs
 * nothing here; moving to another key is a rotation like any other ({@link MasterKeys}).
 */
final class KmsMasterKey implements MasterKey {

    private static final String CONTEXT = "mirante:guest";

    private final KmsClient kms;
    private final String arn;

    /** Looks the key up at start: an alias or id becomes its ARN, and a key that cannot wrap is refused. */
    KmsMasterKey(KmsClient kms, String keyId) {
        this.kms = kms;
        KeyMetadata key = kms.describeKey(request -> request.keyId(keyId)).keyMetadata();
        if (key.keyState() != KeyState.ENABLED || key.keyUsage() != KeyUsageType.ENCRYPT_DECRYPT
                || key.keySpec() != KeySpec.SYMMETRIC_DEFAULT) {
            throw new IllegalStateException("KMS key " + keyId + " (" + key.arn() + ") is " + key.keyState() + ", "
                    + key.keyUsage() + ", " + key.keySpec() + ": data keys need an enabled symmetric"
                    + " ENCRYPT_DECRYPT key");
        }
        this.arn = key.arn();
    }

    @Override
    public String id() {
        return "kms:" + arn;
    }

    @Override
    public byte[] wrap(long guestId, byte[] dataKey) {
        return kms.encrypt(request -> request.keyId(arn).plaintext(SdkBytes.fromByteArray(dataKey))
                        .encryptionContext(context(guestId)))
                .ciphertextBlob().asByteArray();
    }

    @Override
    public byte[] unwrap(long guestId, byte[] wrapped) {
        return kms.decrypt(request -> request.keyId(arn).ciphertextBlob(SdkBytes.fromByteArray(wrapped))
                        .encryptionContext(context(guestId)))
                .plaintext().asByteArray();
    }

    private static Map<String, String> context(long guestId) {
        return Map.of(CONTEXT, Long.toString(guestId));
    }
}
