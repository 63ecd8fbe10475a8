package com.mirante.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;

@ExtendWith(OutputCaptureExtension.class)
class StoredPasswordsTest {

    private static List<SecurityProperties.User> users(String... passwords) {
        return IntStream.range(0, passwords.length)
                .mapToObj(i -> new SecurityProperties.User("user" + i, passwords[i], List.of(Role.VIEWER)))
                .toList();
    }

    @Test
    void slowSaltedHashesAreAccepted() {
        assertThatCode(() -> StoredPasswords.requireHashed(users(
                "{bcrypt}" + new BCryptPasswordEncoder(4).encode("senha"),
                "{pbkdf2@SpringSecurity_v5_8}" + Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_8().encode("senha"),
                "{argon2}$argon2id$v=19$m=16384,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaA"))).doesNotThrowAnyException();
    }

    @Test
    void knownOrFastOrMalformedPasswordsAreRefusedNamingTheirUsers() {
        assertThatThrownBy(() -> StoredPasswords.requireHashed(users("{noop}viewer", "viewer",
                "{SHA-256}5e884898da28047151d0e56f8dc6292773603d0d6aabbdd62a11ef721d1542d8", "{bcrypt}viewer", null,
                "{bcrypt}" + new BCryptPasswordEncoder(4).encode("senha"))))
                .isInstanceOfSatisfying(UnhashedPasswordException.class, refused -> assertThat(refused.users())
                        .containsExactly("mirante.security.users[0] (user0)", "mirante.security.users[1] (user1)",
                                "mirante.security.users[2] (user2)", "mirante.security.users[3] (user3)",
                                "mirante.security.users[4] (user4)"));
    }

    private static SpringApplicationBuilder probe(String... profiles) {
        return new SpringApplicationBuilder(SecuredProbe.class).profiles(profiles).properties("server.port=0",
                "mirante.security.users[0].username=viewer", "mirante.security.users[0].password={noop}s3gredo",
                "mirante.security.users[0].roles=VIEWER");
    }

    @Test
    void outsideTheLocalProfileANoopPasswordStopsTheApplicationWhichSaysWhy(CapturedOutput output) {
        assertThatThrownBy(() -> probe().run()).hasRootCauseInstanceOf(UnhashedPasswordException.class);

        assertThat(output.getOut() + output.getErr()).contains("APPLICATION FAILED TO START")
                .contains("mirante.security.users[0] (viewer)", "{bcrypt}")
                .doesNotContain("s3gredo");
    }

    @Test
    void theLocalRunKeepsItsKnownPasswords() {
        try (ConfigurableApplicationContext local = probe("local").run()) {
            assertThat(local.isRunning()).isTrue();
        }
    }
}
