package com.mirante.gateway.dms;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A value from outside as a rejection reason may quote it: short, on one line. The reason travels
 * as a dead letter's message attribute and into the logs, so a 200 KB value must not come along.
 */
public final class Echo {

    static final int MAX_CHARS = 40;

    private Echo() {
    }

    public static String of(JsonNode value) {
        if (value == null) {
            return "(absent)";
        }
        if (value.isContainerNode()) {
            return value.isObject() ? "(an object)" : "(an array)";
        }
        return value.isTextual() ? '"' + of(value.textValue()) + '"' : of(value.asText());
    }

    public static String of(String value) {
        String shown = value.length() > MAX_CHARS ? value.substring(0, MAX_CHARS) + "…(" + value.length() + " chars)"
                : value;
        StringBuilder printable = new StringBuilder(shown.length());
        shown.codePoints().forEach(c -> {
            if (Character.isISOControl(c) || c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE) {
                printable.append(String.format("\\u%04x", c));
            } else {
                printable.appendCodePoint(c);
            }
        });
        return printable.toString();
    }
}
