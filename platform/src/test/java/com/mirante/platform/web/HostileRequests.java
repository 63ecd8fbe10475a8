package com.mirante.platform.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Hostile requests for every operation of an OpenAPI document: each parameter in turn (path,
 * query, and each field of a JSON body) takes each hostile value while the others keep a valid
 * sample, so a new endpoint is probed without any test changing. {@link #walk} sends them as
 * {@link EveryRoleUser}, with the header the pages send on state-changing requests, and reports
 * every answer that is a 5xx, slower than a second, a 400 that reached the database (or whatever
 * else {@link RequestTouches} records), a 400 problem that does not name the parameter, or anything
 * but a 400 for a value the parameter's type cannot hold.
 */
public final class HostileRequests {

    static final Duration SLOWEST = Duration.ofSeconds(1);
    private static final Duration GIVE_UP = Duration.ofSeconds(30);
    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");
    private static final String SAMPLE_DATE = "2025-04-18";
    private static final String SAMPLE_INSTANT = "2025-04-18T12:00:00Z";
    private static final String SAMPLE_UUID = "8d5e2a9c-3f1b-4e6a-9b7c-2d4f6a8b0c1e";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String IN_PLACE = "\"hostile value here\"";
    private static final String JSON_NUMBER = "-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?";

    /** A hostile value; a verbatim one goes into a URL as written (already percent-encoded, or a raw path). */
    record Hostile(String value, boolean verbatim) {

        /** What the application reads. */
        String decoded() {
            return verbatim ? URLDecoder.decode(value, StandardCharsets.UTF_8) : value;
        }
    }

    static final List<Hostile> VALUES = List.of(
            // out of any hotel's calendar, or of any calendar
            new Hostile("+999999999-12-31", false), new Hostile("-4713-01-01", false),
            new Hostile("0000-00-00", false), new Hostile("2024-02-30", false),
            new Hostile("2200-01-01", false), new Hostile("1899-12-31", false),
            // huge, negative and not numbers at all
            new Hostile("9223372036854775808", false), new Hostile("-1", false),
            new Hostile("-9223372036854775808", false), new Hostile("1e309", false),
            new Hostile("NaN", false), new Hostile("2147483648", false),
            new Hostile("x".repeat(10_000), false),
            // SQL and path metacharacters
            new Hostile("' OR 1=1 --", false), new Hostile("../../etc/passwd", false),
            new Hostile("../../etc/passwd", true), new Hostile("%00", true), new Hostile(";", false),
            new Hostile(";", true), new Hostile("%2F", true),
            // odd Unicode: right-to-left override, NUL, combining marks, emoji, overlong UTF-8 of '/'
            new Hostile("\u202Egnp.exe", false), new Hostile("a\u0000b", false),
            new Hostile("e\u0301\u0302\u0303\u0304", false), new Hostile("\uD83C\uDFE8", false),
            new Hostile("%C0%AF", true));

    /** Pages beyond any list, and a product of page and size that overflows an int (46341² > 2³¹). */
    private static final List<List<String>> PAGE_AND_SIZE = List.of(
            List.of("2147483647", "2147483647"), List.of("46341", "46341"), List.of("2147483647", "1"),
            List.of("99999999", "50"));

    /**
     * One request of the walk.
     *
     * @param target        the path and query, encoded, relative to the application
     * @param body          the JSON body, or null
     * @param parameter     the parameter holding the hostile value
     * @param mustBeRefused the value is not of the parameter's type or bounds: only a 400 will do
     */
    record Probe(String method, String operation, String target, String body, String parameter,
                        String value, boolean mustBeRefused) {

        @Override
        public String toString() {
            String shown = value.length() > 40 ? value.substring(0, 20) + "…(" + value.length() + " chars)" : value;
            return method.toUpperCase() + " " + operation + " with " + parameter + " = " + JSON.valueToTree(shown);
        }
    }

    /** What came back. */
    record Answer(int status, String contentType, JsonNode problem, Duration elapsed) {
    }

    private HostileRequests() {
    }

    /** Every probe of every operation the document describes. */
    static List<Probe> from(JsonNode document) {
        List<Probe> probes = new ArrayList<>();
        operations(document).forEach(operation -> probes.addAll(operation.probes()));
        return probes;
    }

    /** Each operation with every parameter at its valid sample. */
    static List<Probe> baselines(JsonNode document) {
        return operations(document).stream().map(Operation::baseline).toList();
    }

    private static List<Operation> operations(JsonNode document) {
        List<Operation> operations = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> METHODS.forEach(method -> {
            JsonNode operation = path.getValue().get(method);
            if (operation != null) {
                operations.add(new Operation(document, method, path.getKey(), operation));
            }
        }));
        return operations;
    }

    /** What a walk did: the operations of the document, how many probes it sent, what went wrong. */
    public record Walk(List<String> operations, int probes, List<String> failures) {
    }

    /**
     * Reads the application's OpenAPI document and sends every probe as {@link EveryRoleUser}
     * (after sending each operation's valid request once and one probe of each, unmeasured, so that
     * the measured requests find the code warm).
     */
    public static Walk walk(URI application, RequestTouches touches) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(GIVE_UP).build();
        String credentials = "Basic " + Base64.getEncoder().encodeToString(
                (EveryRoleUser.USERNAME + ":" + EveryRoleUser.PASSWORD).getBytes(StandardCharsets.UTF_8));
        JsonNode document = document(client, application);
        List<Probe> probes = from(document);
        Map<String, Probe> firstOfEach = new LinkedHashMap<>();
        probes.forEach(probe -> firstOfEach.putIfAbsent(probe.method() + probe.operation(), probe));
        baselines(document).forEach(probe -> send(client, application, credentials, probe));
        firstOfEach.values().forEach(probe -> send(client, application, credentials, probe));

        List<String> failures = new ArrayList<>();
        for (Probe probe : probes) {
            touches.clear();
            Answer answer = send(client, application, credentials, probe);
            failures.addAll(check(probe, answer, touches.seen()));
        }
        return new Walk(operations(document).stream().map(operation -> operation.path).toList(), probes.size(), failures);
    }

    private static JsonNode document(HttpClient client, URI application) {
        try {
            return JSON.readTree(client.send(HttpRequest.newBuilder(URI.create(application + "/v3/api-docs")).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
        } catch (IOException e) {
            throw new UncheckedIOException("No OpenAPI document at " + application, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static List<String> check(Probe probe, Answer answer, List<String> touched) {
        List<String> failures = new ArrayList<>();
        if (answer.status() >= 500) {
            failures.add(probe + ": answered " + answer.status() + " " + answer.problem());
        }
        if (answer.elapsed().compareTo(SLOWEST) > 0) {
            failures.add(probe + ": answered in " + answer.elapsed().toMillis() + " ms");
        }
        if (probe.mustBeRefused() && answer.status() != 400) {
            failures.add(probe + ": answered " + answer.status() + " instead of 400");
        }
        if (answer.status() == 400 && !touched.isEmpty()) {
            failures.add(probe + ": refused, but only after reaching " + touched);
        }
        JsonNode errors = answer.problem() == null ? null : answer.problem().get("errors");
        if (answer.status() == 400 && errors != null && !names(errors, probe.parameter())) {
            failures.add(probe + ": the problem does not name " + probe.parameter() + ": " + answer.problem());
        }
        return failures;
    }

    private static boolean names(JsonNode errors, String parameter) {
        for (JsonNode error : errors) {
            if (error.path("parameter").asText().equals(parameter)) {
                return true;
            }
        }
        return false;
    }

    private static Answer send(HttpClient client, URI application, String credentials, Probe probe) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(application + probe.target()))
                .timeout(GIVE_UP)
                .header("Authorization", credentials)
                .method(probe.method().toUpperCase(), probe.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(probe.body()));
        if (probe.body() != null) {
            request.header("Content-Type", "application/json");
        }
        if (!probe.method().equals("get")) {
            // The pages send it on every state-changing request; their CSRF protection wants it.
            request.header("X-Mirante-Request", "1");
        }
        long start = System.nanoTime();
        try {
            HttpResponse<InputStream> response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            String contentType = response.headers().firstValue("Content-Type").orElse("");
            JsonNode problem = null;
            try (InputStream body = response.body()) {
                // A stream (server-sent events) counts from its first bytes; it is not read to its end.
                if (!contentType.startsWith("text/event-stream")) {
                    byte[] bytes = body.readAllBytes();
                    problem = contentType.contains("json") && bytes.length > 0 ? JSON.readTree(bytes) : null;
                }
            }
            return new Answer(response.statusCode(), contentType, problem, Duration.ofNanos(System.nanoTime() - start));
        } catch (IOException e) {
            throw new UncheckedIOException("Sending " + probe + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** One operation of the document and its parameters' valid samples. */
    private static final class Operation {

        private final JsonNode document;
        private final String method;
        private final String path;
        private final Map<String, JsonNode> pathParameters = new LinkedHashMap<>();
        private final Map<String, JsonNode> queryParameters = new LinkedHashMap<>();
        private final JsonNode bodySchema;

        Operation(JsonNode document, String method, String path, JsonNode operation) {
            this.document = document;
            this.method = method;
            this.path = path;
            for (JsonNode parameter : operation.path("parameters")) {
                JsonNode resolved = resolve(parameter);
                Map<String, JsonNode> into = "path".equals(resolved.path("in").asText()) ? pathParameters
                        : "query".equals(resolved.path("in").asText()) ? queryParameters : null;
                if (into != null) {
                    into.put(resolved.path("name").asText(), resolve(resolved.path("schema")));
                }
            }
            JsonNode schema = operation.path("requestBody").path("content").path("application/json").path("schema");
            this.bodySchema = schema.isMissingNode() ? null : resolve(schema);
        }

        Probe baseline() {
            return probe("", "", false, Map.of(), Map.of(), sampleBody());
        }

        List<Probe> probes() {
            List<Probe> probes = new ArrayList<>();
            pathParameters.forEach((name, schema) -> VALUES.forEach(hostile -> probes.add(probe(name, hostile.value(),
                    refused(schema, hostile.decoded()), Map.of(name, encoded(hostile)), Map.of(), sampleBody()))));
            queryParameters.forEach((name, schema) -> VALUES.forEach(hostile -> probes.add(probe(name, hostile.value(),
                    refused(schema, hostile.decoded()), Map.of(), Map.of(name, encoded(hostile)), sampleBody()))));
            if (queryParameters.containsKey("page") && queryParameters.containsKey("size")) {
                PAGE_AND_SIZE.forEach(pageAndSize -> probes.add(probe("page", String.join(" x ", pageAndSize), true,
                        Map.of(), Map.of("page", pageAndSize.get(0), "size", pageAndSize.get(1)), sampleBody())));
            }
            if (bodySchema != null && bodySchema.has("properties")) {
                bodySchema.path("properties").fields().forEachRemaining(field -> VALUES.forEach(hostile ->
                        bodyProbes(field.getKey(), resolve(field.getValue()), hostile.value(), probes)));
                for (String unreadable : List.of("{", "[]", "\"" + "x".repeat(10_000) + "\"", "null,", "{\"\u0000\": 1}")) {
                    probes.add(probe("body", unreadable, true, Map.of(), Map.of(), unreadable));
                }
            }
            return probes;
        }

        /**
         * The value as a JSON string, and as a number when it reads as one (NaN, which JSON has not,
         * makes the whole body unreadable); in a list when the field is one.
         */
        private void bodyProbes(String field, JsonNode schema, String value, List<Probe> probes) {
            boolean list = "array".equals(schema.path("type").asText());
            JsonNode itemSchema = list ? resolve(schema.path("items")) : schema;
            boolean refused = refused(itemSchema, value);
            probes.add(bodyProbe(field, field, value, list ? "[" + JSON.valueToTree(value) + "]" : JSON.valueToTree(value).toString(), refused));
            if (value.matches(JSON_NUMBER)) {
                probes.add(bodyProbe(field, field, value, list ? "[" + value + "]" : value, refused));
            } else if (value.equals("NaN")) {
                probes.add(bodyProbe(field, "body", value, value, true));
            }
        }

        /** The sample body with {@code json} as the field's value; {@code parameter} is what a refusal must name. */
        private Probe bodyProbe(String field, String parameter, String value, String json, boolean mustBeRefused) {
            ObjectNode body = sampleBody();
            body.putRawValue(field, new RawValue(IN_PLACE));
            return probe(parameter, value, mustBeRefused, Map.of(), Map.of(), body.toString().replace(IN_PLACE, json));
        }

        private Probe probe(String parameter, String value, boolean mustBeRefused, Map<String, String> pathValues,
                            Map<String, String> queryValues, Object body) {
            String target = path;
            for (Map.Entry<String, JsonNode> entry : pathParameters.entrySet()) {
                target = target.replace("{" + entry.getKey() + "}",
                        pathValues.getOrDefault(entry.getKey(), urlEncoded(sample(entry.getValue()))));
            }
            StringBuilder query = new StringBuilder();
            for (Map.Entry<String, JsonNode> entry : queryParameters.entrySet()) {
                query.append(query.isEmpty() ? "?" : "&").append(entry.getKey()).append('=')
                        .append(queryValues.getOrDefault(entry.getKey(), urlEncoded(sample(entry.getValue()))));
            }
            return new Probe(method, path, target + query, body == null ? null : body.toString(), parameter, value,
                    mustBeRefused);
        }

        private ObjectNode sampleBody() {
            if (bodySchema == null) {
                return null;
            }
            ObjectNode body = JSON.createObjectNode();
            bodySchema.path("properties").fields().forEachRemaining(field -> {
                JsonNode schema = resolve(field.getValue());
                if ("array".equals(schema.path("type").asText())) {
                    ArrayNode items = body.putArray(field.getKey());
                    items.add(typed(resolve(schema.path("items"))));
                } else {
                    body.set(field.getKey(), typed(schema));
                }
            });
            return body;
        }

        private JsonNode typed(JsonNode schema) {
            String sample = sample(schema);
            return "integer".equals(schema.path("type").asText()) || "number".equals(schema.path("type").asText())
                    ? JSON.getNodeFactory().numberNode(new BigInteger(sample)) : JSON.getNodeFactory().textNode(sample);
        }

        private JsonNode resolve(JsonNode node) {
            JsonNode resolved = node;
            while (resolved.has("$ref")) {
                Iterator<String> steps = List.of(resolved.get("$ref").asText().substring(2).split("/")).iterator();
                resolved = document;
                while (steps.hasNext()) {
                    resolved = resolved.path(steps.next());
                }
            }
            return resolved;
        }
    }

    /** A valid value of the schema: its lowest allowed number (or 1), first enum value, a date, an instant, a UUID, a hotel code. */
    static String sample(JsonNode schema) {
        if (schema.has("enum")) {
            return schema.get("enum").get(0).asText();
        }
        String type = schema.path("type").asText();
        String format = schema.path("format").asText();
        if ("integer".equals(type) || "number".equals(type)) {
            return schema.has("minimum") || schema.path("exclusiveMinimum").isNumber() ? lowest(schema).toString() : "1";
        }
        if ("boolean".equals(type)) {
            return "true";
        }
        return switch (format) {
            case "date" -> SAMPLE_DATE;
            case "date-time" -> SAMPLE_INSTANT;
            case "uuid" -> SAMPLE_UUID;
            default -> "SPA01";
        };
    }

    /** Whether the value cannot be one of the schema's: not a date, instant, UUID or one of its enum, or a number out of its type or bounds. */
    static boolean refused(JsonNode schema, String value) {
        String type = schema.path("type").asText();
        String format = schema.path("format").asText();
        if ("date".equals(format) || "date-time".equals(format) || "uuid".equals(format)) {
            return true;
        }
        if (schema.has("enum")) {
            // Spring takes a blank value (once trimmed) for an enum as no value: the filter left out.
            if (value.trim().isEmpty()) {
                return false;
            }
            for (JsonNode allowed : schema.get("enum")) {
                if (allowed.asText().equals(value)) {
                    return false;
                }
            }
            return true;
        }
        if (!"integer".equals(type)) {
            return false;
        }
        BigInteger number;
        try {
            number = new BigInteger(value);
        } catch (NumberFormatException e) {
            return true;
        }
        return number.compareTo(lowest(schema)) < 0 || number.compareTo(highest(schema)) > 0;
    }

    private static BigInteger lowest(JsonNode schema) {
        BigInteger lowest = "int32".equals(schema.path("format").asText())
                ? BigInteger.valueOf(Integer.MIN_VALUE) : BigInteger.valueOf(Long.MIN_VALUE);
        if (schema.has("minimum")) {
            lowest = schema.get("minimum").bigIntegerValue();
            // OpenAPI 3.0 flags an exclusive minimum; 3.1 gives it as the number.
            if (schema.path("exclusiveMinimum").asBoolean(false)) {
                lowest = lowest.add(BigInteger.ONE);
            }
        } else if (schema.path("exclusiveMinimum").isNumber()) {
            lowest = schema.get("exclusiveMinimum").bigIntegerValue().add(BigInteger.ONE);
        }
        return lowest;
    }

    private static BigInteger highest(JsonNode schema) {
        BigInteger highest = "int32".equals(schema.path("format").asText())
                ? BigInteger.valueOf(Integer.MAX_VALUE) : BigInteger.valueOf(Long.MAX_VALUE);
        return schema.has("maximum") ? schema.get("maximum").bigIntegerValue().min(highest) : highest;
    }

    private static String encoded(Hostile hostile) {
        return hostile.verbatim() ? hostile.value() : urlEncoded(hostile.value());
    }

    private static String urlEncoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
