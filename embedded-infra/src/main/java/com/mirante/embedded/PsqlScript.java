package com.mirante.embedded;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A script written for psql, run over JDBC: its variables are substituted first as psql does,
 * {@code :'name'} as a quoted literal and {@code :"name"} as a quoted identifier.
 */
public final class PsqlScript {

    private static final Pattern VARIABLE = Pattern.compile(":(['\"])([A-Za-z_][A-Za-z0-9_]*)\\1");

    private PsqlScript() {
    }

    public static String substitute(String script, Map<String, String> variables) {
        Matcher variable = VARIABLE.matcher(script);
        StringBuilder result = new StringBuilder();
        while (variable.find()) {
            String value = variables.get(variable.group(2));
            if (value == null) {
                throw new IllegalArgumentException("The script needs the variable " + variable.group(2));
            }
            String quote = variable.group(1);
            variable.appendReplacement(result, Matcher.quoteReplacement(quote + value.replace(quote, quote + quote) + quote));
        }
        return variable.appendTail(result).toString();
    }
}
