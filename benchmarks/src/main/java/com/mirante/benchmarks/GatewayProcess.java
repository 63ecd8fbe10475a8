package com.mirante.benchmarks;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.springframework.core.env.Environment;

/**
 * The gateway as deployed: its exec jar in a JVM of its own, on the query side's database and the
 * benchmark's queue, its output in a log beside the results.
 */
final class GatewayProcess implements AutoCloseable {

    private final Process process;
    private final int port;

    private GatewayProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts the gateway and returns once it answers healthy; {@code args} are added to its command line. */
    static GatewayProcess start(Path jar, Environment query, List<String> args, Path log, HttpClient http)
            throws Exception {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), "--spring.profiles.active=local", "--server.port=" + port,
                "--spring.datasource.url=" + query.getRequiredProperty("spring.datasource.url"),
                "--spring.datasource.username=" + query.getRequiredProperty("spring.datasource.username"),
                "--spring.datasource.password=" + query.getRequiredProperty("spring.datasource.password"),
                "--logging.level.root=WARN"));
        command.addAll(args);
        Files.createDirectories(log.toAbsolutePath().getParent());
        GatewayProcess gateway = new GatewayProcess(
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start(), port);
        gateway.awaitHealthy(http);
        return gateway;
    }

    private void awaitHealthy(HttpClient http) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The gateway exited with " + process.exitValue() + ", see its log");
            }
            try {
                if (http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            TimeUnit.MILLISECONDS.sleep(250);
        }
        throw new IllegalStateException("The gateway did not become healthy");
    }

    Process process() {
        return process;
    }

    int port() {
        return port;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
