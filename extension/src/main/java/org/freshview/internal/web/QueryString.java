package org.freshview.internal.web;

import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses {@code a=1&b=2&a=3} (a query string or a form body) into values by name, UTF-8 (or a form
 * body's own charset), in time linear in the text: each character is looked at a bounded number
 * of times. The '=' of a pair is searched only up to the pair's '&' (searching to the end of the
 * text made a 2 MB body of {@code a&a&...} cost 11 s of CPU), and a text with more than
 * {@code maxParameters} pairs is refused before its values are decoded.
 */
final class QueryString {

    private QueryString() {
    }

    /**
     * @param maxParameters how many name-value pairs (empty ones between {@code &&} not counted)
     *                      are accepted
     * @param tooMany       the status and message when there are more
     */
    static Map<String, List<String>> parse(String text, int maxParameters, RequestRefused tooMany)
            throws RequestRefused {
        return parse(text, StandardCharsets.UTF_8, maxParameters, tooMany);
    }

    /**
     * As {@link #parse(String, int, RequestRefused)}, the escapes decoded in {@code charset}: a form
     * body's own charset.
     */
    static Map<String, List<String>> parse(String text, Charset charset, int maxParameters, RequestRefused tooMany)
            throws RequestRefused {
        Map<String, List<String>> values = new HashMap<>();
        if (text == null || text.isEmpty()) {
            return values;
        }
        forEachPair(text, maxParameters, tooMany, (start, equals, end) -> {
            String name;
            String value;
            if (equals < 0) {
                name = decode(text.substring(start, end), charset);
                value = "";
            } else {
                name = decode(text.substring(start, equals), charset);
                value = decode(text.substring(equals + 1, end), charset);
            }
            values.computeIfAbsent(name, n -> new ArrayList<>(1)).add(value);
        });
        return values;
    }

    /**
     * The values of one name, exactly as {@code parse(text, ...).getOrDefault(name, List.of())}
     * gives them, with the same refusals in the same order (too many pairs, a broken escape in
     * any pair), but without building the map: only the name's values are decoded. For the first
     * query parameter a view binds, which is often the only one.
     */
    static List<String> values(String text, String name, int maxParameters, RequestRefused tooMany)
            throws RequestRefused {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        ValuesOf values = new ValuesOf(text, name);
        forEachPair(text, maxParameters, tooMany, values);
        return values.list();
    }

    /** Receives each non-empty pair of a text: where it starts, its '=' (-1 if it has none) and its end. */
    private interface PairVisitor {
        void pair(int start, int equals, int end) throws RequestRefused;
    }

    /**
     * Hands each non-empty pair of {@code text} to {@code visitor}, in order; refuses with
     * {@code tooMany} at the first pair over {@code maxParameters}, before that pair is visited.
     */
    private static void forEachPair(String text, int maxParameters, RequestRefused tooMany, PairVisitor visitor)
            throws RequestRefused {
        int count = 0;
        int start = 0;
        int length = text.length();
        while (start <= length) {
            int end = text.indexOf('&', start);
            if (end < 0) {
                end = length;
            }
            if (end > start) {
                if (++count > maxParameters) {
                    throw tooMany;
                }
                visitor.pair(start, indexOf(text, '=', start, end), end);
            }
            start = end + 1;
        }
    }

    /** Collects the decoded values of one name, checking the escapes of every other pair without decoding them. */
    private static final class ValuesOf implements PairVisitor {

        private final String text;
        private final String name;
        private String first;
        private List<String> more;

        ValuesOf(String text, String name) {
            this.text = text;
            this.name = name;
        }

        @Override
        public void pair(int start, int equals, int end) throws RequestRefused {
            boolean matches = nameIs(text, start, equals < 0 ? end : equals, name);
            checkEscapes(text, equals < 0 ? end : equals + 1, end);
            if (!matches) {
                return;
            }
            String value = equals < 0 ? "" : decode(text.substring(equals + 1, end));
            if (first == null) {
                first = value;
            } else {
                if (more == null) {
                    more = new ArrayList<>();
                    more.add(first);
                }
                more.add(value);
            }
        }

        List<String> list() {
            return more != null ? more : first != null ? List.of(first) : List.of();
        }
    }

    /**
     * Finds the pairs of {@code text} once, refusing it as {@link #parse} would (too many pairs, a
     * broken escape in any pair, the first of these in the text), for {@link Pairs#values}.
     */
    static Pairs pairs(String text, int maxParameters, RequestRefused tooMany) throws RequestRefused {
        if (text == null || text.isEmpty()) {
            return Pairs.NONE;
        }
        PairBounds found = new PairBounds(text, Math.min(count(text, maxParameters), maxParameters));
        forEachPair(text, maxParameters, tooMany, found);
        return new Pairs(text, found.bounds, found.count, found.decodedNames);
    }

    /** Records where each pair's name and value are, decoding only names with an escape, and checks every escape. */
    private static final class PairBounds implements PairVisitor {

        private final String text;
        private final int[] bounds;
        private String[] decodedNames;
        private int count;

        PairBounds(String text, int capacity) {
            this.text = text;
            this.bounds = new int[3 * capacity];
        }

        @Override
        public void pair(int start, int equals, int end) throws RequestRefused {
            int nameEnd = equals < 0 ? end : equals;
            if (escaped(text, start, nameEnd)) {
                if (decodedNames == null) {
                    decodedNames = new String[bounds.length / 3];
                }
                decodedNames[count] = decode(text.substring(start, nameEnd));
            }
            checkEscapes(text, equals < 0 ? end : equals + 1, end);
            bounds[3 * count] = start;
            bounds[3 * count + 1] = nameEnd;
            bounds[3 * count + 2] = end;
            count++;
        }
    }

    /**
     * The pairs of a query string, found and checked once: then each name's values are looked up
     * among them, and only those values are decoded. For a view that binds several query
     * parameters, in place of {@link #parse}'s map of every name's values, which cost a view binding
     * 20 of them 2.7 KB per request beyond the values themselves (benchmarks/load, run 4); these
     * pairs cost one array of ints. A lookup reads every pair's name, so a request costs the pairs
     * times the names its view binds, a number fixed by the view's code, not by the request.
     */
    static final class Pairs {

        static final Pairs NONE = new Pairs("", new int[0], 0, null);

        private final String text;
        /** For each pair: where it starts, where its name ends (its '=' or its end) and where it ends. */
        private final int[] bounds;
        private final int count;
        /** The decoded names of the pairs whose name has an escape, or {@code null} if none has. */
        private final String[] decodedNames;

        private Pairs(String text, int[] bounds, int count, String[] decodedNames) {
            this.text = text;
            this.bounds = bounds;
            this.count = count;
            this.decodedNames = decodedNames;
        }

        /** The values of {@code name}, exactly as {@link #parse}{@code .getOrDefault(name, List.of())} gives them. */
        List<String> values(String name) throws RequestRefused {
            String first = null;
            List<String> more = null;
            for (int i = 0; i < count; i++) {
                int start = bounds[3 * i];
                int nameEnd = bounds[3 * i + 1];
                int end = bounds[3 * i + 2];
                String decoded = decodedNames == null ? null : decodedNames[i];
                boolean matches = decoded != null ? decoded.equals(name)
                        : nameEnd - start == name.length() && text.startsWith(name, start);
                if (matches) {
                    String value = nameEnd == end ? "" : decode(text.substring(nameEnd + 1, end));
                    if (first == null) {
                        first = value;
                    } else {
                        if (more == null) {
                            more = new ArrayList<>();
                            more.add(first);
                        }
                        more.add(value);
                    }
                }
            }
            return more != null ? more : first != null ? List.of(first) : List.of();
        }
    }

    /** Whether {@code text[from, to)} has a character {@link #decode} changes. */
    private static boolean escaped(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '%' || c == '+') {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code text[from, to)}, decoded, is {@code name}; a broken escape is refused as {@link #decode} refuses it. */
    private static boolean nameIs(String text, int from, int to, String name) throws RequestRefused {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '%' || c == '+') {
                return decode(text.substring(from, to)).equals(name);
            }
        }
        return to - from == name.length() && text.startsWith(name, from);
    }

    /** Refuses what {@link #decode} would refuse in {@code text[from, to)}, without decoding it. */
    private static void checkEscapes(String text, int from, int to) throws RequestRefused {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '%') {
                if (i + 2 >= to || Character.digit(text.charAt(i + 1), 16) < 0 || Character.digit(text.charAt(i + 2), 16) < 0) {
                    decode(text.substring(from, to)); // throws as parse would
                }
                i += 2;
            }
        }
    }

    /** How many non-empty pairs {@code text} holds, counting at most to {@code limit + 1}. */
    static int count(String text, int limit) {
        if (text == null) {
            return 0;
        }
        int count = 0;
        int start = 0;
        int length = text.length();
        while (start <= length && count <= limit) {
            int end = text.indexOf('&', start);
            if (end < 0) {
                end = length;
            }
            if (end > start) {
                count++;
            }
            start = end + 1;
        }
        return count;
    }

    /** The first {@code c} in {@code text[from, to)}, or -1. */
    private static int indexOf(String text, char c, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    private static String decode(String text) throws RequestRefused {
        return decode(text, StandardCharsets.UTF_8);
    }

    private static String decode(String text, Charset charset) throws RequestRefused {
        if (text.indexOf('%') < 0 && text.indexOf('+') < 0) {
            return text;
        }
        try {
            return URLDecoder.decode(text, charset);
        } catch (IllegalArgumentException e) {
            throw new RequestRefused(400, "Malformed percent-encoding in the query string or form.");
        }
    }
}
