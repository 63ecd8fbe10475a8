package com.mirante.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mirante.query.QueryApplication;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import javax.sql.DataSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Dashboard reads: a full year of daily figures for the whole chain and for one hotel, through the
 * REST API of a running query side, next to the plain SQL a DBA would write for the same figures,
 * timed in the same run on the same database.
 *
 * <p>The figures are loaded straight into the query model's tables (this measures reading them;
 * building them is the replay benchmark's business): {@code hotels} hotels with three years of
 * nights each, so the year read is a range inside a larger table, as in production.
 *
 * <p>Usage: {@code java -cp benchmarks/target/benchmarks-0.1.0-SNAPSHOT.jar
 * -Dloader.main=com.mirante.benchmarks.DashboardBenchmark org.springframework.boot.loader.launch.PropertiesLauncher
 * [hotels] [requests] [output.json] [storeEvents]}: {@code storeEvents} events are written into the store
 * first and projected before measuring (see {@link StorePreload}). Without {@code SPRING_DATASOURCE_URL} it runs on the embedded PostgreSQL.
 */
public final class DashboardBenchmark {

    /** Hotel codes are the legacy cod_hotel, at most 5 letters or digits: DB000 to DB999. */
    private static final String HOTEL_PREFIX = "DB";
    private static final LocalDate FROM = LocalDate.of(2025, 1, 1);
    private static final LocalDate TO = LocalDate.of(2025, 12, 31);
    private static final int WARM_UP = 100;

    /**
     * What a DBA would write for the chain's year and a hotel's year, without the API's zero-filling
     * of empty dates; and the chain's year summed over the hotels' nights, the cost the chain's own
     * nights save.
     */
    private static final String PLAIN_CHAIN_SQL = """
            SELECT night, rooms_sold, arrivals, departures, cancellations, room_revenue, total_revenue,
                   (SELECT sum(rooms) FROM query_model.hotel_daily_hotel)
            FROM query_model.hotel_daily_chain_night
            WHERE night BETWEEN ? AND ?
            ORDER BY night""";

    private static final String CHAIN_FROM_HOTEL_NIGHTS_SQL = """
            SELECT n.night, sum(n.rooms_sold), sum(n.arrivals), sum(n.departures), sum(n.cancellations),
                   sum(n.room_revenue), sum(n.total_revenue), (SELECT sum(rooms) FROM query_model.hotel_daily_hotel)
            FROM query_model.hotel_daily_night n JOIN query_model.hotel_daily_hotel h USING (hotel_id)
            WHERE n.night BETWEEN ? AND ?
            GROUP BY n.night ORDER BY n.night""";

    private static final String PLAIN_HOTEL_SQL = """
            SELECT n.night, n.rooms_sold, n.arrivals, n.departures, n.cancellations, n.room_revenue,
                   n.total_revenue, h.rooms
            FROM query_model.hotel_daily_night n JOIN query_model.hotel_daily_hotel h USING (hotel_id)
            WHERE n.hotel_id = ? AND n.night BETWEEN ? AND ?
            ORDER BY n.night""";

    private DashboardBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int hotels = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int requests = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
        Path output = Path.of(args.length > 2 ? args[2] : "target/dashboard-benchmark.json");
        int storeEvents = args.length > 3 ? Integer.parseInt(args[3]) : 0;
        DatabaseSettings.durableUnlessTold();

        ConfigurableApplicationContext query = new SpringApplicationBuilder(QueryApplication.class)
                .profiles("local")
                .properties("spring.config.name=" + QueryApplication.CONFIG_NAME, "server.port=0",
                        "logging.level.root=WARN")
                .run();
        try {
            DataSource dataSource = query.getBean(DataSource.class);
            StorePreload.append(dataSource, StorePreload.eventSerializer(query), storeEvents);
            StorePreload.awaitProjected(query, dataSource, Duration.ofHours(2));
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);
            long rows = load(jdbc, hotels);
            int port = Integer.parseInt(query.getEnvironment().getRequiredProperty("local.server.port"));
            Api api = new Api(port);
            MeterRegistry meters = query.getBean(MeterRegistry.class);

            Map<String, Object> result = new LinkedHashMap<>();
            result.put("date", LocalDate.now().toString());
            result.put("storeEvents", storeEvents);
            result.put("hotels", hotels);
            result.put("nightRows", rows);
            result.put("requests", requests);
            String chainPath = "/api/v1/chain/daily?from=" + FROM + "&to=" + TO;
            measure(result, "chainApi", requests, i -> api.get(chainPath));
            result.put("chainApiServerMeanMs", serverMeanMillis(meters, "/api/v1/chain/daily"));
            measure(result, "chainSql", requests, i -> jdbc.queryForList(PLAIN_CHAIN_SQL, FROM, TO).size());
            measure(result, "chainFromHotelNightsSql", requests,
                    i -> jdbc.queryForList(CHAIN_FROM_HOTEL_NIGHTS_SQL, FROM, TO).size());
            measure(result, "hotelApi", requests,
                    i -> api.get("/api/v1/hotels/" + hotelId(i % hotels) + "/daily?from=" + FROM + "&to=" + TO));
            result.put("hotelApiServerMeanMs", serverMeanMillis(meters, "/api/v1/hotels/{hotelId}/daily"));
            measure(result, "hotelSql", requests,
                    i -> jdbc.queryForList(PLAIN_HOTEL_SQL, hotelId(i % hotels), FROM, TO).size());
            result.put("database", DatabaseSettings.of(query));
            report(result, output);
            addToChain(jdbc, -1);
            for (String table : new String[] {"hotel_daily_night", "hotel_daily_counted_hotel", "hotel_daily_hotel"}) {
                jdbc.update("DELETE FROM query_model." + table + " WHERE hotel_id LIKE ?", HOTEL_PREFIX + "%");
            }
        } finally {
            query.close();
        }
        System.exit(0);
    }

    private static String hotelId(int index) {
        return String.format("%s%03d", HOTEL_PREFIX, index);
    }

    /** Three years of nights per hotel, with occupancy, revenue and movements in plausible proportions. */
    private static long load(JdbcTemplate jdbc, int hotels) {
        for (int i = 0; i < hotels; i++) {
            jdbc.update("INSERT INTO query_model.hotel_daily_hotel (hotel_id, rooms) VALUES (?, ?) "
                    + "ON CONFLICT (hotel_id) DO UPDATE SET rooms = EXCLUDED.rooms", hotelId(i), 60 + (i * 37) % 240);
        }
        jdbc.update("""
                INSERT INTO query_model.hotel_daily_night AS n (hotel_id, night, rooms_sold, arrivals, departures,
                    cancellations, room_revenue, total_revenue)
                SELECT h.hotel_id, CAST(d AS DATE), sold, sold / 3, sold / 3, sold / 20, sold * 420.00, sold * 515.50
                FROM query_model.hotel_daily_hotel h,
                     generate_series(CAST(? AS DATE), CAST(? AS DATE), INTERVAL '1 day') AS d,
                     LATERAL (SELECT CAST(h.rooms * (0.45 + 0.5 * random()) AS INTEGER) AS sold) AS s
                WHERE h.hotel_id LIKE ?
                ON CONFLICT (hotel_id, night) DO NOTHING""", FROM.minusYears(1), TO.plusYears(1), HOTEL_PREFIX + "%");
        jdbc.update("INSERT INTO query_model.hotel_daily_counted_hotel (hotel_id) SELECT hotel_id"
                + " FROM query_model.hotel_daily_hotel WHERE hotel_id LIKE ? ON CONFLICT DO NOTHING", HOTEL_PREFIX + "%");
        addToChain(jdbc, 1);
        for (String table : new String[] {"hotel_daily_night", "hotel_daily_hotel", "hotel_daily_chain_night",
                "hotel_daily_counted_hotel"}) {
            jdbc.execute("ANALYZE query_model." + table);
        }
        return jdbc.queryForObject("SELECT count(*) FROM query_model.hotel_daily_night", Long.class);
    }

    /** The chain's nights move with the hotels' nights, as the projection keeps them. */
    private static void addToChain(JdbcTemplate jdbc, int sign) {
        jdbc.update("""
                INSERT INTO query_model.hotel_daily_chain_night AS c (night, rooms_sold, arrivals, departures,
                    cancellations, room_revenue, total_revenue)
                SELECT night, ? * sum(rooms_sold), ? * sum(arrivals), ? * sum(departures), ? * sum(cancellations),
                       ? * sum(room_revenue), ? * sum(total_revenue)
                FROM query_model.hotel_daily_night WHERE hotel_id LIKE ? GROUP BY night
                ON CONFLICT (night) DO UPDATE SET rooms_sold = c.rooms_sold + EXCLUDED.rooms_sold,
                    arrivals = c.arrivals + EXCLUDED.arrivals, departures = c.departures + EXCLUDED.departures,
                    cancellations = c.cancellations + EXCLUDED.cancellations,
                    room_revenue = c.room_revenue + EXCLUDED.room_revenue,
                    total_revenue = c.total_revenue + EXCLUDED.total_revenue""",
                sign, sign, sign, sign, sign, sign, HOTEL_PREFIX + "%");
    }

    private static void measure(Map<String, Object> result, String name, int requests, IntFunction<Object> call) {
        for (int i = 0; i < WARM_UP; i++) {
            call.apply(i);
        }
        long[] nanos = new long[requests];
        for (int i = 0; i < requests; i++) {
            long start = System.nanoTime();
            call.apply(i);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        result.put(name + "P50Ms", millis(nanos[requests / 2]));
        result.put(name + "P95Ms", millis(nanos[(int) Math.ceil(requests * 0.95) - 1]));
        result.put(name + "P99Ms", millis(nanos[(int) Math.ceil(requests * 0.99) - 1]));
        result.put(name + "MaxMs", millis(nanos[requests - 1]));
    }

    /** Spring's own timer of the request inside the server, warm-up included: what the API adds over SQL. */
    private static double serverMeanMillis(MeterRegistry meters, String uri) {
        Timer timer = meters.find("http.server.requests").tag("uri", uri).tag("status", "200").timer();
        return timer == null ? Double.NaN : round(timer.mean(TimeUnit.MILLISECONDS));
    }

    private static double millis(long nanos) {
        return round(nanos / 1_000_000.0);
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    private static void report(Map<String, Object> result, Path output) throws Exception {
        String json = new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(result);
        Files.createDirectories(output.toAbsolutePath().getParent());
        Files.writeString(output, json + "\n");
        System.out.println(json);
    }

    /** The REST API as a page calls it: one kept-alive connection, the viewer's credentials. */
    private record Api(HttpClient http, String base, String authorization) {

        Api(int port) {
            this(HttpClient.newHttpClient(), "http://localhost:" + port, "Basic "
                    + Base64.getEncoder().encodeToString("viewer:viewer".getBytes(StandardCharsets.UTF_8)));
        }

        Object get(String path) {
            try {
                HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(base + path))
                        .header("Authorization", authorization).build(), HttpResponse.BodyHandlers.ofByteArray());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException(path + " answered " + response.statusCode());
                }
                return response.body().length;
            } catch (java.io.IOException e) {
                throw new IllegalStateException(path, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(path, e);
            }
        }
    }
}
