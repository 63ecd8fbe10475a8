package com.mirante.operations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The repository's operations files (docker-compose.yml, compose/, grafana/), read as Grafana and Compose read them. */
final class Repository {

    static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();
    /** {@code ${VAR}}, {@code ${VAR:-default}} or {@code ${VAR:?error}}. */
    private static final Pattern COMPOSE_VARIABLE = Pattern.compile("\\$\\{([A-Z0-9_]+)(?:(:-|:\\?)([^}]*))?}");

    private Repository() {
    }

    static Path path(String relative) {
        return ROOT.resolve(relative);
    }

    static String text(String relative) {
        try {
            return Files.readString(path(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode yaml(String relative) {
        try {
            return YAML.readTree(path(relative).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Not YAML: " + relative, e);
        }
    }

    static JsonNode json(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Not JSON: " + file, e);
        }
    }

    static List<Path> files(String directory, String suffix) {
        try (Stream<Path> files = Files.list(path(directory))) {
            return files.filter(file -> file.toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode compose() {
        return yaml("docker-compose.yml");
    }

    /** A service's environment as Compose hands it over with the test secrets set ({@link ComposeSecrets}). */
    static Map<String, String> composeEnvironment(String service) {
        return composeEnvironment(service, ComposeSecrets.VARIABLES);
    }

    /** A service's environment as Compose hands it over with {@code variables} set and no others. */
    static Map<String, String> composeEnvironment(String service, Map<String, String> variables) {
        Map<String, String> environment = new LinkedHashMap<>();
        compose().path("services").path(service).path("environment").fields().forEachRemaining(entry ->
                environment.put(entry.getKey(), interpolate(entry.getValue().asText(), variables)));
        return environment;
    }

    static String interpolate(String value) {
        return interpolate(value, ComposeSecrets.VARIABLES);
    }

    /** As Compose does: a variable set is used; unset, {@code :-} gives its default and {@code :?} stops Compose. */
    static String interpolate(String value, Map<String, String> variables) {
        Matcher variable = COMPOSE_VARIABLE.matcher(value);
        StringBuilder result = new StringBuilder();
        while (variable.find()) {
            String set = variables.get(variable.group(1));
            if (set == null && ":?".equals(variable.group(2))) {
                throw new IllegalStateException("Compose refuses to start: " + variable.group(3));
            }
            variable.appendReplacement(result, Matcher.quoteReplacement(
                    set != null ? set : variable.group(3) == null ? "" : variable.group(3)));
        }
        return variable.appendTail(result).toString();
    }

    /** The variables a text requires ({@code ${VAR:?error}}). */
    static Set<String> requiredVariables(String text) {
        Set<String> required = new TreeSet<>();
        COMPOSE_VARIABLE.matcher(text).results().filter(variable -> ":?".equals(variable.group(2)))
                .forEach(variable -> required.add(variable.group(1)));
        return required;
    }
}
