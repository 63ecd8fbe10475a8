package com.mirante.query.guests;

import com.mirante.api.guest.PersonalData;
import com.mirante.api.guest.PersonalDataVault;
import com.mirante.platform.audit.ReadsPersonalData;
import com.mirante.query.web.NotFoundException;
import jakarta.validation.constraints.Positive;
import java.util.Optional;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/guests")
@Transactional(readOnly = true)
class GuestController {

    private final GuestTables tables;
    private final PersonalDataVault vault;

    GuestController(GuestTables tables, PersonalDataVault vault) {
        this.tables = tables;
        this.vault = vault;
    }

    /**
     * A guest whose personal data no longer opens has been erased, even when a replay has not yet
     * reached the erasure and the row is still there: such a guest is not found (LGPD). Personal
     * data: for the {@code PERSONAL_DATA} role, every read in the audit trail.
     */
    @ReadsPersonalData
    @GetMapping("/{guestId}")
    GuestView guest(@PathVariable @Positive long guestId) {
        GuestEntry entry = tables.guest(guestId).orElseThrow(() -> notFound(guestId));
        PersonalData personalData = Optional.ofNullable(entry.getSealedPersonalData())
                .flatMap(sealed -> vault.open(guestId, sealed))
                .orElseThrow(() -> notFound(guestId));
        return GuestView.of(entry, personalData, tables.staysOf(guestId));
    }

    private static NotFoundException notFound(long guestId) {
        return new NotFoundException("Guest " + guestId + " not found");
    }
}
