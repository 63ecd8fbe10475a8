package com.mirante.operations;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * The secrets docker-compose.yml refuses to start without, as an operator's {@code .env} would
 * hold them: generated for this JVM, the users' passwords as bcrypt hashes.
 */
final class ComposeSecrets {

    static final String VIEWER_PASSWORD = random(12);
    static final String OPERATOR_PASSWORD = random(12);
    static final String MANAGER_PASSWORD = random(12);

    /** The variables the compose file requires, by name. */
    static final Map<String, String> VARIABLES = Map.of(
            "POSTGRES_PASSWORD", random(18),
            "GATEWAY_DB_PASSWORD", random(18),
            "QUERY_DB_PASSWORD", random(18),
            "GRAFANA_DB_PASSWORD", random(18),
            "GRAFANA_ADMIN_PASSWORD", random(18),
            "MIRANTE_MASTER_KEY", random(32),
            "VIEWER_PASSWORD_HASH", new BCryptPasswordEncoder().encode(VIEWER_PASSWORD),
            "OPERATOR_PASSWORD_HASH", new BCryptPasswordEncoder().encode(OPERATOR_PASSWORD),
            "MANAGER_PASSWORD_HASH", new BCryptPasswordEncoder().encode(MANAGER_PASSWORD));

    private ComposeSecrets() {
    }

    private static String random(int bytes) {
        byte[] value = new byte[bytes];
        new SecureRandom().nextBytes(value);
        return Base64.getEncoder().encodeToString(value);
    }
}
