package com.mirante.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** What every benchmark does with its figures: rounds them, and writes them as one JSON object. */
final class Results {

    private Results() {
    }

    static double secondsSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    /** Writes the figures to {@code output} and prints them, in the order they were put. */
    static void report(Map<String, Object> result, Path output) throws IOException {
        StringBuilder json = new StringBuilder("{");
        result.forEach((key, value) -> json.append(json.length() > 1 ? ", " : "").append('"').append(key)
                .append("\": ").append(value));
        json.append("}\n");
        Files.createDirectories(output.toAbsolutePath().getParent());
        Files.writeString(output, json);
        System.out.print(json);
    }
}
