package com.mirante.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
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
        // Jackson, so text values (a date, a description) are quoted: the suite reads these files back.
        String json = new ObjectMapper().writeValueAsString(result) + "\n";
        Files.createDirectories(output.toAbsolutePath().getParent());
        Files.writeString(output, json);
        System.out.print(json);
    }
}
