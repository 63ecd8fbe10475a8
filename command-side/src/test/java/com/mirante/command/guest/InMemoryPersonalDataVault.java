package com.mirante.command.guest;

import com.mirante.api.guest.PersonalData;
import com.mirante.api.guest.PersonalDataVault;
import com.mirante.api.guest.SealedPersonalData;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A unit-test double for the vault (the JDBC one has its own test against PostgreSQL). It does
 * not encrypt: it hands out one deterministic token per guest and data, so that fixtures can
 * compare expected events, and it forgets a guest's data when the guest is shredded.
 */
final class InMemoryPersonalDataVault implements PersonalDataVault {

    private final Map<Long, List<PersonalData>> sealedByGuest = new HashMap<>();

    @Override
    public SealedPersonalData seal(long guestId, PersonalData data) {
        List<PersonalData> sealed = sealedByGuest.computeIfAbsent(guestId, id -> new ArrayList<>());
        if (!sealed.contains(data)) {
            sealed.add(data);
        }
        return new SealedPersonalData("sealed:" + guestId + "#" + sealed.indexOf(data));
    }

    @Override
    public Optional<PersonalData> open(long guestId, SealedPersonalData sealed) {
        List<PersonalData> known = sealedByGuest.get(guestId);
        String prefix = "sealed:" + guestId + "#";
        if (known == null || !sealed.ciphertext().startsWith(prefix)) {
            return Optional.empty();
        }
        return Optional.of(known.get(Integer.parseInt(sealed.ciphertext().substring(prefix.length()))));
    }

    @Override
    public void shred(long guestId) {
        sealedByGuest.remove(guestId);
    }

    boolean hasKey(long guestId) {
        return sealedByGuest.containsKey(guestId);
    }
}
