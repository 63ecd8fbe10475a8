package com.mirante.platform.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mirante.api.guest.PersonalData;
import com.mirante.api.guest.PersonalDataVault;
import com.mirante.api.guest.SealedPersonalData;
import com.mirante.platform.database.DatabaseConfiguration;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/** The vault against real PostgreSQL (embedded, started by embedded-infra when no database is configured). */
@SpringBootTest(classes = JdbcPersonalDataVaultIntegrationTest.Context.class)
class JdbcPersonalDataVaultIntegrationTest {

    private static final PersonalData RAFAEL = new PersonalData("Rafael Moreira Tavares", "529.982.247-25",
            null, LocalDate.of(1983, 10, 9), "rafa.tavares@example.com", "+55 48 99704-1122");
    private static final PersonalData YUKI = new PersonalData("Yuki Sasaki", null, "TZ8841207",
            LocalDate.of(1996, 4, 30), "yuki.s@example.jp", null);

    @Configuration
    @ImportAutoConfiguration({DataSourceAutoConfiguration.class, JdbcTemplateAutoConfiguration.class,
            DatabaseConfiguration.class, PersonalDataVaultConfiguration.class})
    @Import(VaultApplication.EventStoreMigrated.class)
    static class Context {
    }

    @Autowired
    private PersonalDataVault vault;
    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void sealedDataOpensToWhatWasSealed() {
        SealedPersonalData sealed = vault.seal(10_001L, RAFAEL);

        assertThat(vault.open(10_001L, sealed)).contains(RAFAEL);
        assertThat(keyRows(10_001L)).isEqualTo(1);
    }

    @Test
    void theCiphertextHoldsNoneOfTheClearText() {
        SealedPersonalData sealed = vault.seal(10_002L, RAFAEL);
        String decoded = new String(Base64.getDecoder().decode(sealed.ciphertext()), StandardCharsets.ISO_8859_1);

        for (String clear : List.of(RAFAEL.name(), RAFAEL.taxId(), RAFAEL.email(), RAFAEL.phone(), "1983-10-09")) {
            assertThat(sealed.ciphertext()).doesNotContain(clear);
            assertThat(decoded).doesNotContain(clear);
        }
    }

    @Test
    void sealingTheSameDataTwiceReusesTheKeyWithAFreshIv() {
        SealedPersonalData first = vault.seal(10_003L, YUKI);
        SealedPersonalData second = vault.seal(10_003L, YUKI);

        assertThat(first).isNotEqualTo(second);
        assertThat(keyRows(10_003L)).isEqualTo(1);
        assertThat(vault.open(10_003L, first)).contains(YUKI);
        assertThat(vault.open(10_003L, second)).contains(YUKI);
    }

    @Test
    void eachGuestHasADifferentKeyAndOneGuestsRecordDoesNotOpenForAnother() {
        SealedPersonalData rafael = vault.seal(10_004L, RAFAEL);
        vault.seal(10_005L, YUKI);

        // Stored wrapped: the 32-byte key under AES-GCM, with its 12-byte IV and 16-byte tag.
        assertThat(wrappedKey(10_004L)).hasSize(12 + 32 + 16).isNotEqualTo(wrappedKey(10_005L));
        assertThatThrownBy(() -> vault.open(10_005L, rafael)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void afterShreddingTheDataNoLongerOpens() {
        SealedPersonalData sealed = vault.seal(10_006L, RAFAEL);
        SealedPersonalData other = vault.seal(10_007L, YUKI);

        vault.shred(10_006L);

        assertThat(vault.open(10_006L, sealed)).isEmpty();
        assertThat(keyRows(10_006L)).isZero();
        assertThat(vault.open(10_007L, other)).contains(YUKI);
    }

    @Test
    void shreddingAGuestWithoutKeyDoesNothing() {
        vault.shred(10_008L);

        assertThat(keyRows(10_008L)).isZero();
    }

    @Test
    void concurrentFirstSealsOfOneGuestAgreeOnOneKey() throws Exception {
        int sealers = 8;
        CountDownLatch start = new CountDownLatch(1);
        Callable<SealedPersonalData> seal = () -> {
            start.await();
            return vault.seal(10_009L, RAFAEL);
        };
        ExecutorService pool = Executors.newFixedThreadPool(sealers);
        try {
            List<Future<SealedPersonalData>> results = IntStream.range(0, sealers).mapToObj(i -> pool.submit(seal)).toList();
            start.countDown();
            for (Future<SealedPersonalData> result : results) {
                assertThat(vault.open(10_009L, result.get())).contains(RAFAEL);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(keyRows(10_009L)).isEqualTo(1);
    }

    private int keyRows(long guestId) {
        return jdbc.queryForObject("SELECT count(*) FROM event_store.personal_data_key WHERE guest_id = ?",
                Integer.class, guestId);
    }

    private byte[] wrappedKey(long guestId) {
        return jdbc.queryForObject("SELECT wrapped_key FROM event_store.personal_data_key WHERE guest_id = ?",
                byte[].class, guestId);
    }
}
