package com.mirante.command.guest;

import static org.assertj.core.api.Assertions.assertThat;

import com.mirante.api.guest.EraseGuest;
import com.mirante.api.guest.GuestChangeWithoutEffect;
import com.mirante.api.guest.GuestErased;
import com.mirante.api.guest.GuestLoyaltyTierChanged;
import com.mirante.api.guest.GuestMarketingConsentChanged;
import com.mirante.api.guest.GuestProfileUpdated;
import com.mirante.api.guest.GuestRegistered;
import com.mirante.api.guest.PersonalData;
import com.mirante.api.guest.RecordGuest;
import com.mirante.api.guest.SealedPersonalData;
import com.mirante.api.source.SourceOperation;
import com.mirante.api.source.SourcePosition;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GuestTest {

    private static final long ID = 731_204L;
    private static final PersonalData HELENA = new PersonalData("Helena Duarte Vasconcelos", "402.118.937-51", null,
            LocalDate.of(1991, 2, 14), "helena.vasc@example.org", "+55 31 99120-7788");
    private static final PersonalData HELENA_MOVED_EMAIL = new PersonalData("Helena Duarte Vasconcelos",
            "402.118.937-51", null, LocalDate.of(1991, 2, 14), "hdv@example.net", "+55 31 99120-7788");
    private static final LocalDateTime REGISTERED_AT = LocalDateTime.of(2024, 9, 2, 16, 5, 41);

    private AggregateTestFixture<Guest> fixture;
    private InMemoryPersonalDataVault vault;

    @BeforeEach
    void setUp() {
        vault = new InMemoryPersonalDataVault();
        fixture = new AggregateTestFixture<>(Guest.class);
        fixture.registerInjectableResource(vault);
    }

    /** Guests have no row version: commit order decides, one commit per step. */
    private static SourcePosition change(SourceOperation operation, long step) {
        String lsn = "00000C07/%08X.2.00000C07/%08X".formatted(step * 0x100, step * 0x100);
        return new SourcePosition("crm.hospede", Long.toString(ID), operation, 61_000L + step, 1L,
                Instant.parse("2024-09-02T19:05:41Z").plusSeconds(step), lsn, null);
    }

    private static SourcePosition update(long step) {
        return change(SourceOperation.UPDATE, step);
    }

    private static RecordGuest record(PersonalData data, String city, boolean consent, String tier,
                                      SourcePosition source) {
        return new RecordGuest(ID, data, city, "MG", "BR", consent, tier, REGISTERED_AT, source);
    }

    private static RecordGuest insert() {
        return record(HELENA, "Belo Horizonte", false, "BRONZE", change(SourceOperation.INSERT, 1));
    }

    private GuestRegistered registered() {
        return new GuestRegistered(ID, vault.seal(ID, HELENA), "Belo Horizonte", "MG", "BR", false, "BRONZE",
                REGISTERED_AT, change(SourceOperation.INSERT, 1));
    }

    @Test
    void aNewGuestIsRegisteredWithThePersonalDataSealed() {
        fixture.givenNoPriorActivity()
                .when(insert())
                .expectSuccessfulHandlerExecution()
                .expectEvents(registered());
        assertThat(vault.hasKey(ID)).isTrue();
    }

    @Test
    void newPersonalDataUpdatesTheProfileSealedAfresh() {
        GuestRegistered registered = registered();
        SealedPersonalData resealed = vault.seal(ID, HELENA_MOVED_EMAIL);

        fixture.given(registered)
                .when(record(HELENA_MOVED_EMAIL, "Belo Horizonte", false, "BRONZE", update(2)))
                .expectEvents(new GuestProfileUpdated(ID, resealed, "Belo Horizonte", "MG", "BR", update(2)));
        assertThat(resealed).isNotEqualTo(registered.personalData());
    }

    @Test
    void aNewHomeTownUpdatesTheProfileKeepingTheSealedData() {
        GuestRegistered registered = registered();

        fixture.given(registered)
                .when(record(HELENA, "Contagem", false, "BRONZE", update(2)))
                .expectEvents(new GuestProfileUpdated(ID, registered.personalData(), "Contagem", "MG", "BR", update(2)));
    }

    @Test
    void aNewTierIsALoyaltyTierChange() {
        fixture.given(registered())
                .when(record(HELENA, "Belo Horizonte", false, "PRATA", update(2)))
                .expectEvents(new GuestLoyaltyTierChanged(ID, "BRONZE", "PRATA", update(2)));
    }

    @Test
    void consentGivenIsAMarketingConsentChange() {
        fixture.given(registered())
                .when(record(HELENA, "Belo Horizonte", true, "BRONZE", update(2)))
                .expectEvents(new GuestMarketingConsentChanged(ID, true, update(2)));
    }

    @Test
    void severalChangesInOneImageAreAllTold() {
        GuestRegistered registered = registered();
        SealedPersonalData resealed = vault.seal(ID, HELENA_MOVED_EMAIL);

        fixture.given(registered)
                .when(record(HELENA_MOVED_EMAIL, "Belo Horizonte", true, "OURO", update(2)))
                .expectEvents(new GuestProfileUpdated(ID, resealed, "Belo Horizonte", "MG", "BR", update(2)),
                        new GuestLoyaltyTierChanged(ID, "BRONZE", "OURO", update(2)),
                        new GuestMarketingConsentChanged(ID, true, update(2)));
    }

    @Test
    void aNewerImageWithNothingChangedIsRememberedWithoutEffect() {
        fixture.given(registered())
                .when(record(HELENA, "Belo Horizonte", false, "BRONZE", update(2)))
                .expectEvents(new GuestChangeWithoutEffect(ID, update(2)));
    }

    @Test
    void anOlderImageArrivingAfterANewerUnchangedOneIsIgnored() {
        fixture.given(registered(), new GuestLoyaltyTierChanged(ID, "BRONZE", "PRATA", update(2)),
                        new GuestLoyaltyTierChanged(ID, "PRATA", "BRONZE", update(3)),
                        new GuestChangeWithoutEffect(ID, update(5)))
                .when(record(HELENA, "Belo Horizonte", false, "OURO", update(4)))
                .expectNoEvents();
    }

    @Test
    void theSameChangeDeliveredTwiceProducesNoEvent() {
        fixture.given(registered(), new GuestLoyaltyTierChanged(ID, "BRONZE", "PRATA", update(2)))
                .when(record(HELENA, "Belo Horizonte", false, "PRATA", update(2)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void anOlderChangeProducesNoEvent() {
        fixture.given(registered(), new GuestLoyaltyTierChanged(ID, "BRONZE", "OURO", update(3)))
                .when(record(HELENA, "Belo Horizonte", false, "PRATA", update(2)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void anOldFullLoadImageArrivingAfterCapturedChangesProducesNoEvent() {
        SourcePosition load = new SourcePosition("crm.hospede", Long.toString(ID), SourceOperation.LOAD,
                null, null, null, null, null);

        fixture.given(registered())
                .when(record(HELENA, "Uberlândia", true, "DIAMANTE", load))
                .expectNoEvents();
    }

    @Test
    void anUpdateSeenBeforeItsInsertRegistersTheGuestAndTheInsertIsThenIgnored() {
        GuestRegistered fromUpdate = new GuestRegistered(ID, vault.seal(ID, HELENA), "Belo Horizonte", "MG", "BR",
                true, "PRATA", REGISTERED_AT, update(2));

        fixture.given(fromUpdate)
                .when(insert())
                .expectNoEvents();
    }

    @Test
    void aDeleteErasesTheGuestAndShredsTheKey() {
        GuestRegistered registered = registered();

        fixture.given(registered)
                .when(new EraseGuest(ID, change(SourceOperation.DELETE, 2)))
                .expectEvents(new GuestErased(ID, change(SourceOperation.DELETE, 2)));
        assertThat(vault.hasKey(ID)).isFalse();
        assertThat(vault.open(ID, registered.personalData())).isEmpty();
    }

    @Test
    void aRepeatedDeleteProducesNoEventAndLeavesTheKeyShredded() {
        fixture.given(registered(), new GuestErased(ID, change(SourceOperation.DELETE, 2)))
                .when(new EraseGuest(ID, change(SourceOperation.DELETE, 2)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        assertThat(vault.hasKey(ID)).isFalse();
    }

    @Test
    void aDeleteOfAGuestNeverSeenIsStillAnErasure() {
        fixture.givenNoPriorActivity()
                .when(new EraseGuest(ID, change(SourceOperation.DELETE, 5)))
                .expectEvents(new GuestErased(ID, change(SourceOperation.DELETE, 5)));
    }

    @Test
    void anUpdateArrivingAfterTheDeleteIsDroppedAndSealsNothing() {
        GuestRegistered registered = registered();
        vault.shred(ID);

        fixture.given(registered, new GuestErased(ID, change(SourceOperation.DELETE, 3)))
                .when(record(HELENA_MOVED_EMAIL, "Contagem", true, "OURO", update(4)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        assertThat(vault.hasKey(ID)).isFalse();
    }

    @Test
    void anInsertArrivingAfterTheDeleteOfAnUnseenGuestIsDropped() {
        fixture.given(new GuestErased(ID, change(SourceOperation.DELETE, 5)))
                .when(insert())
                .expectNoEvents();
        assertThat(vault.hasKey(ID)).isFalse();
    }
}
