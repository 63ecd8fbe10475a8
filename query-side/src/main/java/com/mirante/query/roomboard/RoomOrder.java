package com.mirante.query.roomboard;

import java.math.BigInteger;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rooms in the order a front desk reads them: runs of digits compare as numbers, so 901 comes
 * before 1001 and 12A before 101B; other characters compare as text. Numbers that only differ in
 * leading zeros ({@code 0101}, {@code 101}) fall back to plain text order, so the order stays total.
 */
final class RoomOrder implements Comparator<String> {

    static final RoomOrder INSTANCE = new RoomOrder();

    private static final Pattern RUN = Pattern.compile("\\d+|\\D+");

    private RoomOrder() {
    }

    @Override
    public int compare(String left, String right) {
        List<String> a = runs(left);
        List<String> b = runs(right);
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int result = compareRuns(a.get(i), b.get(i));
            if (result != 0) {
                return result;
            }
        }
        int result = Integer.compare(a.size(), b.size());
        return result != 0 ? result : left.compareTo(right);
    }

    private static List<String> runs(String room) {
        Matcher matcher = RUN.matcher(room);
        return matcher.results().map(match -> match.group()).toList();
    }

    private static int compareRuns(String a, String b) {
        if (Character.isDigit(a.charAt(0)) && Character.isDigit(b.charAt(0))) {
            return new BigInteger(a).compareTo(new BigInteger(b));
        }
        return a.compareTo(b);
    }
}
