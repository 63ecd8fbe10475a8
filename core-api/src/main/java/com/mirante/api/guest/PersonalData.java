package com.mirante.api.guest;

import java.time.LocalDate;

/**
 * What identifies a guest as a person (LGPD personal data). It travels in clear only inside a
 * command; events carry it as {@link SealedPersonalData}. Any field may be unknown.
 *
 * @param taxId the Brazilian CPF
 */
public record PersonalData(
        String name,
        String taxId,
        String passport,
        LocalDate birthDate,
        String email,
        String phone) {

    /** Kept out of logs and error messages: a failed command is logged, its personal data must not be. */
    @Override
    public String toString() {
        return "PersonalData[redacted]";
    }
}
