package com.mirante.query.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mirante.query.QueryApplication;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The live streams' limits over real sockets: at most so many streams per user and per node, and a
 * client that stops reading is dropped while the others keep receiving at once. The node's cap, the
 * outbox and the web server's write timeout are small here so the test reaches them quickly.
 */
@SpringBootTest(classes = QueryApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.name=" + QueryApplication.CONFIG_NAME, "mirante.live.max-streams=7",
                "mirante.live.outbox-events=16", "server.tomcat.connection-timeout=5s"})
@ActiveProfiles("local")
@ExtendWith(OutputCaptureExtension.class)
class LiveStreamLimitsTest {

    private static final Logger log = LoggerFactory.getLogger(LiveStreamLimitsTest.class);
    /** The promise: a page updates within a second of the change. */
    private static final Duration PROMPTLY = Duration.ofSeconds(1);
    private static final Duration WRITE_TIMEOUT = Duration.ofSeconds(5);
    private static final String LOAD = "data:{\"number\":";

    @LocalServerPort
    private int port;
    @Autowired
    private LiveStream stream;
    @Autowired
    private MeterRegistry meters;

    private final List<RawStream> opened = new CopyOnWriteArrayList<>();

    /** What a pushed event carries: its number, and enough bytes to fill socket buffers quickly. */
    record Load(int number, String padding) {
    }

    /**
     * A stream over a plain socket, so the test decides whether the client reads. HTTP/1.0: the body
     * arrives as it is written, without chunk framing.
     */
    private final class RawStream {

        private final Socket socket = new Socket();
        private final List<String> lines = new CopyOnWriteArrayList<>();
        /** When each {@link Load} arrived, by its number. */
        private final ConcurrentHashMap<Integer, Long> arrivals = new ConcurrentHashMap<>();

        RawStream(String user, Integer receiveBuffer) throws IOException {
            if (receiveBuffer != null) {
                socket.setReceiveBufferSize(receiveBuffer);
            }
            socket.connect(new InetSocketAddress("localhost", port));
            String credentials = Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
            OutputStream out = socket.getOutputStream();
            out.write(("GET /api/v1/live HTTP/1.0\r\nHost: localhost:" + port + "\r\nAccept: text/event-stream\r\n"
                    + "Authorization: Basic " + credentials + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            opened.add(this);
        }

        RawStream read() {
            Thread reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        if (line.startsWith(LOAD)) {
                            arrivals.put(Integer.valueOf(line.substring(LOAD.length(), line.indexOf(','))),
                                    System.nanoTime());
                        } else {
                            lines.add(line);
                        }
                    }
                } catch (IOException closed) {
                    // The test closed the socket.
                }
            }, "raw-stream-reader");
            reader.setDaemon(true);
            reader.start();
            return this;
        }

        /** When the load numbered so arrived, or null. */
        Long arrived(int number) {
            return arrivals.get(number);
        }

        String status() {
            await().atMost(Duration.ofSeconds(30)).until(() -> !lines.isEmpty());
            return lines.get(0);
        }

        void close() throws IOException {
            socket.close();
        }
    }

    private RawStream subscribed(String user) throws IOException {
        RawStream raw = new RawStream(user, null).read();
        // Generous: the first request of a fresh context on a busy 2-core machine took over 10 s in CI.
        await().atMost(Duration.ofSeconds(30)).until(() -> raw.lines.contains(":subscribed"));
        assertThat(raw.status()).isEqualTo("HTTP/1.1 200 ");
        return raw;
    }

    private void assertRefused(String user, String because) throws IOException {
        RawStream raw = new RawStream(user, null).read();
        assertThat(raw.status()).startsWith("HTTP/1.1 429");
        await().atMost(Duration.ofSeconds(10)).until(() -> raw.lines.stream().anyMatch(line -> line.contains(because)));
        assertThat(raw.lines).anyMatch(line -> line.equalsIgnoreCase("Content-Type: application/problem+json"));
    }

    /** A closed client is noticed when its stream is next written to, as the heartbeat does. */
    private void awaitOpenStreams(int count) {
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            stream.heartbeat();
            return stream.size() == count;
        });
    }

    @AfterEach
    void closeStreams() throws IOException {
        for (RawStream raw : opened) {
            raw.close();
        }
        opened.clear();
        awaitOpenStreams(0);
    }

    @Test
    void aUserHasAtMostFiveStreamsAndTheNodeAtMostItsCap() throws IOException {
        RawStream first = subscribed("viewer");
        for (int i = 1; i < 5; i++) {
            subscribed("viewer");
        }
        assertRefused("viewer", "viewer has 5 live streams open already");
        subscribed("operator");
        subscribed("operator");
        assertThat(meters.get("mirante.live.streams").gauge().value()).isEqualTo(7);

        assertRefused("manager", "its maximum of 7 live streams");

        first.close();
        awaitOpenStreams(6);
        subscribed("viewer");
    }

    @Test
    void aClientThatStopsReadingIsDroppedWithoutDelayingTheOthers(CapturedOutput output) throws IOException {
        double droppedBefore = meters.get("mirante.live.streams.dropped").counter().count();
        new RawStream("operator", 2048);
        await().atMost(Duration.ofSeconds(10)).until(() -> stream.size() == 1);
        RawStream reading = subscribed("viewer");

        char[] padding = new char[64 * 1024];
        Arrays.fill(padding, 'x');
        long slowestPush = 0;
        long slowestArrival = 0;
        int pushed = 0;
        while (stream.size() == 2) {
            assertThat(pushed).as("pushes before the one not reading is dropped").isLessThan(2_000);
            long start = System.nanoTime();
            stream.push(null, "load", new Load(pushed, new String(padding)));
            slowestPush = Math.max(slowestPush, System.nanoTime() - start);
            int number = pushed;
            await().atMost(PROMPTLY.multipliedBy(5)).pollInterval(Duration.ofMillis(2))
                    .until(() -> reading.arrived(number) != null);
            slowestArrival = Math.max(slowestArrival, reading.arrived(number) - start);
            pushed++;
        }
        log.info("{} events of 64 KB pushed until the client not reading was dropped; slowest push {} ms,"
                + " slowest arrival at the reading client {} ms", pushed, slowestPush / 1_000_000,
                slowestArrival / 1_000_000);

        assertThat(Duration.ofNanos(slowestPush)).as("a push only queues").isLessThan(Duration.ofMillis(100));
        assertThat(Duration.ofNanos(slowestArrival)).as("the reading client's delay").isLessThan(PROMPTLY);
        assertThat(meters.get("mirante.live.streams.dropped").counter().count()).isEqualTo(droppedBefore + 1);
        assertThat(output.getOut()).contains("Dropped a live stream of operator: its client stopped reading");
        // Its sender waits in a write the client never takes, until the web server's write timeout.
        await().atMost(WRITE_TIMEOUT.plusSeconds(10)).until(() -> Thread.getAllStackTraces().values().stream()
                .noneMatch(frames -> Arrays.stream(frames)
                        .anyMatch(frame -> frame.getClassName().endsWith("LiveStream$Subscriber"))));
        assertThat(stream.size()).isEqualTo(1);
    }
}
