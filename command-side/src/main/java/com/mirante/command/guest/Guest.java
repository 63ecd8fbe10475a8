package com.mirante.command.guest;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.mirante.api.guest.EraseGuest;
import com.mirante.api.guest.GuestChangeWithoutEffect;
import com.mirante.api.guest.GuestErased;
import com.mirante.api.guest.GuestIds;
import com.mirante.api.guest.GuestLoyaltyTierChanged;
import com.mirante.api.guest.GuestMarketingConsentChanged;
import com.mirante.api.guest.GuestProfileUpdated;
import com.mirante.api.guest.GuestRegistered;
import com.mirante.api.guest.PersonalDataVault;
import com.mirante.api.guest.RecordGuest;
import com.mirante.api.guest.SealedPersonalData;
import com.mirante.api.source.SourcePosition;
import com.mirante.command.AggregateCacheConfiguration;
import java.util.Objects;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A guest as the CRM holds it. Personal data is sealed with the {@link PersonalDataVault} before
 * it enters an event, and an erasure shreds the guest's key, so a replay can never bring the
 * data back. Changes arrive at least once and in any order; the newest commit position wins.
 *
 * <p>To tell whether the personal data changed, the aggregate opens its last sealed copy rather
 * than keeping a hash of the clear data: the state is rebuilt from events, so such a hash would
 * have to be stored in them, and a plain hash of a CPF or a birth date is reversed by brute force
 * in minutes, outliving the shredded key.
 */
@Aggregate(cache = AggregateCacheConfiguration.CACHE)
public class Guest {

    @AggregateIdentifier
    private String id;
    private boolean registered;
    private boolean erased;
    private SealedPersonalData personalData;
    private String city;
    private String state;
    private String country;
    private boolean marketingConsent;
    private String loyaltyTier;
    private SourcePosition lastApplied;

    protected Guest() {
        // Axon creates the instance, also when the first change seen is not the insert.
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(RecordGuest command, PersonalDataVault vault) {
        if (erased || !command.source().isNewerThan(lastApplied)) {
            return;
        }
        long guestId = command.guestId();
        if (!registered) {
            apply(new GuestRegistered(guestId, vault.seal(guestId, command.personalData()), command.city(),
                    command.state(), command.country(), command.marketingConsent(), command.loyaltyTier(),
                    command.registeredAt(), command.source()));
            return;
        }
        // An unreadable previous copy counts as a change, so the profile is sealed afresh.
        boolean personalDataChanged = vault.open(guestId, personalData)
                .filter(command.personalData()::equals)
                .isEmpty();
        boolean profileChanged = personalDataChanged || hometownDiffers(command);
        boolean tierChanged = !Objects.equals(loyaltyTier, command.loyaltyTier());
        boolean consentChanged = marketingConsent != command.marketingConsent();
        if (profileChanged) {
            SealedPersonalData sealed = personalDataChanged ? vault.seal(guestId, command.personalData()) : personalData;
            apply(new GuestProfileUpdated(guestId, sealed, command.city(), command.state(), command.country(),
                    command.source()));
        }
        if (tierChanged) {
            apply(new GuestLoyaltyTierChanged(guestId, loyaltyTier, command.loyaltyTier(), command.source()));
        }
        if (consentChanged) {
            apply(new GuestMarketingConsentChanged(guestId, command.marketingConsent(), command.source()));
        }
        if (!profileChanged && !tierChanged && !consentChanged) {
            // Remember the position anyway, or an older image arriving next would look newer.
            apply(new GuestChangeWithoutEffect(guestId, command.source()));
        }
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(EraseGuest command, PersonalDataVault vault) {
        // Erasure is final whatever the order. A repeated delete shreds again: it costs nothing and
        // guarantees no key outlives an erasure request, whatever happened to the first one.
        vault.shred(command.guestId());
        if (!erased) {
            apply(new GuestErased(command.guestId(), command.source()));
        }
    }

    private boolean hometownDiffers(RecordGuest command) {
        return !Objects.equals(city, command.city())
                || !Objects.equals(state, command.state())
                || !Objects.equals(country, command.country());
    }

    @EventSourcingHandler
    void on(GuestRegistered event) {
        id = GuestIds.aggregateId(event.guestId());
        registered = true;
        personalData = event.personalData();
        city = event.city();
        state = event.state();
        country = event.country();
        marketingConsent = event.marketingConsent();
        loyaltyTier = event.loyaltyTier();
        lastApplied = event.source();
    }

    @EventSourcingHandler
    void on(GuestProfileUpdated event) {
        personalData = event.personalData();
        city = event.city();
        state = event.state();
        country = event.country();
        lastApplied = event.source();
    }

    @EventSourcingHandler
    void on(GuestLoyaltyTierChanged event) {
        loyaltyTier = event.to();
        lastApplied = event.source();
    }

    @EventSourcingHandler
    void on(GuestMarketingConsentChanged event) {
        marketingConsent = event.consent();
        lastApplied = event.source();
    }

    @EventSourcingHandler
    void on(GuestChangeWithoutEffect event) {
        lastApplied = event.source();
    }

    @EventSourcingHandler
    void on(GuestErased event) {
        // An erased guest is the same whatever was known before the erasure arrived: nothing.
        id = GuestIds.aggregateId(event.guestId());
        erased = true;
        registered = false;
        personalData = null;
        city = null;
        state = null;
        country = null;
        marketingConsent = false;
        loyaltyTier = null;
        lastApplied = event.source();
    }
}
