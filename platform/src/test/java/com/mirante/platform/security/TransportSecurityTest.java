package com.mirante.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Served over TLS as the README says (Spring Boot's SSL bundle of PEM files, here a certificate for
 * localhost made at test time with the JDK's keytool): every response tells the browser to come
 * back over HTTPS only (HSTS).
 */
@SpringBootTest(classes = SecuredProbe.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "server.ssl.bundle=mirante")
class TransportSecurityTest {

    private static final char[] STORE_PASSWORD = "test-only".toCharArray();
    private static final Path FILES = createDirectory();
    private static final Certificate CERTIFICATE = generateCertificate();

    @LocalServerPort
    private int port;

    @DynamicPropertySource
    static void tls(DynamicPropertyRegistry registry) {
        SecuredProbe.users(registry);
        registry.add("spring.ssl.bundle.pem.mirante.keystore.certificate", () -> "file:" + FILES.resolve("cert.pem"));
        registry.add("spring.ssl.bundle.pem.mirante.keystore.private-key", () -> "file:" + FILES.resolve("key.pem"));
    }

    private static Path createDirectory() {
        try {
            Path directory = Files.createTempDirectory("mirante-tls");
            directory.toFile().deleteOnExit();
            return directory;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A self-signed certificate for localhost and its key, written as the PEM files the bundle reads. */
    private static Certificate generateCertificate() {
        Path store = FILES.resolve("server.p12");
        try {
            Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                    "-genkeypair", "-alias", "mirante", "-keyalg", "EC", "-groupname", "secp256r1",
                    "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-validity", "2",
                    "-storetype", "PKCS12", "-keystore", store.toString(), "-storepass", new String(STORE_PASSWORD))
                    .redirectErrorStream(true).start();
            String said = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!keytool.waitFor(60, TimeUnit.SECONDS) || keytool.exitValue() != 0) {
                throw new IllegalStateException("keytool failed: " + said);
            }
            KeyStore keys = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(store)) {
                keys.load(in, STORE_PASSWORD);
            }
            Certificate certificate = keys.getCertificate("mirante");
            Files.writeString(FILES.resolve("cert.pem"), pem("CERTIFICATE", certificate.getEncoded()));
            Files.writeString(FILES.resolve("key.pem"), pem("PRIVATE KEY", keys.getKey("mirante", STORE_PASSWORD).getEncoded()));
            return certificate;
        } catch (Exception e) {
            throw new IllegalStateException("Could not make a test certificate", e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private static HttpClient trustingTheCertificate() throws Exception {
        KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
        trusted.load(null, null);
        trusted.setCertificateEntry("mirante", CERTIFICATE);
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, trust.getTrustManagers(), null);
        return HttpClient.newBuilder().sslContext(tls).build();
    }

    @Test
    void everyResponseOverTlsSendsStrictTransportSecurity() throws Exception {
        HttpClient https = trustingTheCertificate();
        String operator = "Basic " + Base64.getEncoder().encodeToString(
                ("operator:" + SecuredProbe.OPERATOR_PASSWORD).getBytes(StandardCharsets.UTF_8));
        URI probe = URI.create("https://localhost:" + port + "/api/probe");

        HttpResponse<String> read = https.send(HttpRequest.newBuilder(probe).header("Authorization", operator).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> anonymous = https.send(HttpRequest.newBuilder(probe).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> fromThePage = https.send(HttpRequest.newBuilder(probe).header("Authorization", operator)
                        .header(CrossSiteRequestFilter.HEADER, "1").header("Origin", "https://localhost:" + port)
                        .header("Sec-Fetch-Site", "same-origin").POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(List.of(read.statusCode(), anonymous.statusCode(), fromThePage.statusCode())).containsExactly(200, 401, 200);
        for (HttpResponse<String> response : List.of(read, anonymous, fromThePage)) {
            assertThat(response.headers().firstValue("Strict-Transport-Security")).as(response.toString())
                    .hasValue("max-age=31536000 ; includeSubDomains");
            assertThat(response.headers().firstValue("Content-Security-Policy")).isPresent();
        }
    }
}
