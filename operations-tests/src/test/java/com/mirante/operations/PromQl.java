package com.mirante.operations;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Just enough PromQL reading to find the series an expression selects and the labels it matches on. */
final class PromQl {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
    private static final Pattern SELECTOR = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)\\s*\\{([^}]*)}");
    private static final Pattern MATCHER = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)\\s*(=~|!~|!=|=)\\s*\"[^\"]*\"");
    private static final Set<String> KEYWORDS = Set.of("by", "without", "on", "ignoring", "group_left", "group_right",
            "bool", "and", "or", "unless", "offset", "inf", "nan");

    private PromQl() {
    }

    /** The metric names: identifiers outside strings, label matchers, ranges and grouping clauses, that call nothing. */
    static Set<String> metricNames(String expression) {
        String bare = expression
                .replaceAll("\"[^\"]*\"", "\"\"")
                .replaceAll("\\{[^}]*}", " ")
                .replaceAll("\\[[^]]*]", " ")
                .replaceAll("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)", " ")
                .replaceAll("\\$\\{?[A-Za-z_]+}?", " ");
        Set<String> names = new HashSet<>();
        Matcher identifier = IDENTIFIER.matcher(bare);
        while (identifier.find()) {
            boolean call = bare.substring(identifier.end()).stripLeading().startsWith("(");
            boolean number = identifier.start() > 0 && Character.isDigit(bare.charAt(identifier.start() - 1));
            if (!call && !number && !KEYWORDS.contains(identifier.group())) {
                names.add(identifier.group());
            }
        }
        return names;
    }

    /** Each selected metric and the label names its matchers use. */
    static Map<String, Set<String>> matchedLabels(String expression) {
        Map<String, Set<String>> labels = new HashMap<>();
        Matcher selector = SELECTOR.matcher(expression);
        while (selector.find()) {
            Set<String> names = labels.computeIfAbsent(selector.group(1), name -> new HashSet<>());
            Matcher matcher = MATCHER.matcher(selector.group(2));
            while (matcher.find()) {
                names.add(matcher.group(1));
            }
        }
        return labels;
    }

    /** The sample names of a Prometheus text exposition and the label names each carries. */
    static Map<String, Set<String>> exposition(String text) {
        Map<String, Set<String>> series = new HashMap<>();
        for (String line : text.lines().toList()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            Matcher name = IDENTIFIER.matcher(line);
            if (!name.lookingAt()) {
                continue;
            }
            Set<String> labels = series.computeIfAbsent(name.group(), key -> new HashSet<>());
            int open = line.indexOf('{');
            if (open == name.end()) {
                Matcher label = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"").matcher(line.substring(open, line.lastIndexOf('}')));
                while (label.find()) {
                    labels.add(label.group(1));
                }
            }
        }
        return series;
    }

    static List<String> jobs(String expression) {
        Matcher job = Pattern.compile("job=\"([^\"]+)\"").matcher(expression);
        return job.results().map(result -> result.group(1)).distinct().toList();
    }
}
