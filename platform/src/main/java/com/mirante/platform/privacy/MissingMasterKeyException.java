package com.mirante.platform.privacy;

/** No master key is configured: the application would have to keep the guests' data keys in clear. */
class MissingMasterKeyException extends IllegalStateException {

    MissingMasterKeyException() {
        super("No master key for the guests' personal data is configured (mirante.privacy.master-key,"
                + " mirante.privacy.master-key-file or mirante.privacy.kms.key-id)");
    }
}
