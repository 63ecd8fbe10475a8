package com.mirante.gateway.dms;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The DMS messages under {@code src/test/resources/dms/}. */
public final class DmsFixtures {

    public static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    private DmsFixtures() {
    }

    /** The text of a fixture file, as an SQS body would carry it. */
    public static String text(String file) {
        try (InputStream in = DmsFixtures.class.getResourceAsStream("/dms/" + file)) {
            if (in == null) {
                throw new IllegalArgumentException("No fixture dms/" + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The one DMS record of a fixture file; each call reads it afresh, so tests may change it. */
    public static DmsRecord record(String file) {
        var records = new DmsMessageReader(JSON).read(text(file));
        if (records.size() != 1) {
            throw new IllegalStateException("dms/" + file + " holds " + records.size() + " records");
        }
        return records.get(0);
    }
}
