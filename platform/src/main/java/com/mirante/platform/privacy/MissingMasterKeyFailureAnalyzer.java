package com.mirante.platform.privacy;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says at start-up what to configure when no master key is. */
class MissingMasterKeyFailureAnalyzer extends AbstractFailureAnalyzer<MissingMasterKeyException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MissingMasterKeyException cause) {
        return new FailureAnalysis(cause.getMessage() + ". Every guest's data key is stored wrapped under that master"
                + " key, so that the database alone, or a dump of it, opens no personal data.",
                "Configure one of: MIRANTE_PRIVACY_MASTER_KEY (Base64 of 32 random bytes, for example from"
                        + " `openssl rand -base64 32`), MIRANTE_PRIVACY_MASTER_KEY_FILE (a file holding it, mode 600),"
                        + " or MIRANTE_PRIVACY_KMS_KEY_ID (an AWS KMS key, with MIRANTE_PRIVACY_KMS_REGION). Keep the"
                        + " key apart from the database's backups. The local profile creates data/master.key by itself.",
                cause);
    }
}
