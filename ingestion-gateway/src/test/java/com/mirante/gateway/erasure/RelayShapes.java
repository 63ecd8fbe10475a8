package com.mirante.gateway.erasure;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.stream.Collectors;

/** One-line DMS records wrapped as the relays may send them: base64 in Kinesis records. */
final class RelayShapes {

    private RelayShapes() {
    }

    /** A Kinesis Lambda event holding the records. */
    static String kinesisEvent(String... dmsRecords) {
        return Arrays.stream(dmsRecords)
                .map(record -> "{\"kinesis\":{\"partitionKey\":\"cdc\",\"data\":\"%s\"},\"eventSource\":\"aws:kinesis\"}"
                        .formatted(base64(record)))
                .collect(Collectors.joining(",", "{\"Records\":[", "]}"));
    }

    /** An EventBridge Pipes body: the Kinesis record itself. */
    static String pipesBody(String dmsRecord) {
        return "{\"eventSource\":\"aws:kinesis\",\"partitionKey\":\"cdc\",\"data\":\"%s\"}".formatted(base64(dmsRecord));
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
