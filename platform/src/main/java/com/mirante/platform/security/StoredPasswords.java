package com.mirante.platform.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Outside the local profile a configured password must be stored as a slow, salted hash in Spring
 * Security's {@code {id}hash} form: {@code {noop}} (the password itself), a fast digest ({@code
 * {SHA-256}}, {@code {MD5}}...) or no {@code {id}} at all would hand the users to whoever reads the
 * configuration.
 */
final class StoredPasswords {

    private static final Pattern STORED = Pattern.compile("\\{([^}]*)}(.*)", Pattern.DOTALL);
    private static final Set<String> SLOW_HASHES = Set.of("bcrypt", "argon2", "argon2@SpringSecurity_v5_8",
            "pbkdf2", "pbkdf2@SpringSecurity_v5_8", "scrypt", "scrypt@SpringSecurity_v5_8");
    /** What BCryptPasswordEncoder accepts; anything else under {bcrypt} could never match, so it is a mistake. */
    private static final Pattern BCRYPT = Pattern.compile("\\$2[aby]?\\$\\d\\d\\$[./0-9A-Za-z]{53}");

    private StoredPasswords() {
    }

    /** @throws UnhashedPasswordException naming every user (never a password) whose password is not so stored */
    static void requireHashed(List<SecurityProperties.User> users) {
        List<String> unhashed = new ArrayList<>();
        for (int i = 0; i < users.size(); i++) {
            if (!hashed(users.get(i).password())) {
                unhashed.add("mirante.security.users[" + i + "] (" + users.get(i).username() + ")");
            }
        }
        if (!unhashed.isEmpty()) {
            throw new UnhashedPasswordException(unhashed);
        }
    }

    private static boolean hashed(String password) {
        Matcher stored = password == null ? null : STORED.matcher(password);
        if (stored == null || !stored.matches() || !SLOW_HASHES.contains(stored.group(1))) {
            return false;
        }
        return !stored.group(1).equals("bcrypt") || BCRYPT.matcher(stored.group(2)).matches();
    }
}
