package com.mirante.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.stream.Stream;

/** The query side's live stream ({@code GET /api/v1/live}) as a page reads it, its {@code room} events handed on. */
final class LiveRooms {

    /** Receives each {@code room} event's data and the {@link System#nanoTime()} it arrived at. */
    interface RoomSeen {
        void seen(String data, long nanos);
    }

    private LiveRooms() {
    }

    /** Opens the stream and reads it on a daemon thread of its own. */
    static void subscribe(HttpClient http, int port, RoomSeen rooms) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/live"))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("viewer:viewer".getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "text/event-stream").build();
        HttpResponse<Stream<String>> response = http.send(request, HttpResponse.BodyHandlers.ofLines());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("/api/v1/live answered " + response.statusCode());
        }
        Thread reader = new Thread(() -> {
            String[] event = {""};
            try {
                response.body().forEach(line -> {
                    if (line.startsWith("event:")) {
                        event[0] = line.substring(6).trim();
                    } else if (line.startsWith("data:") && event[0].equals("room")) {
                        rooms.seen(line.substring(5).trim(), System.nanoTime());
                    } else if (line.isEmpty()) {
                        event[0] = "";
                    }
                });
            } catch (java.io.UncheckedIOException closed) {
                // the query side closes the stream when the benchmark ends
            }
        }, "live-stream");
        reader.setDaemon(true);
        reader.start();
    }
}
