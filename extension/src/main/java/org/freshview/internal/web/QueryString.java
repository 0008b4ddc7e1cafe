package org.freshview.internal.web;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Parses {@code a=1&b=2&a=3} (a query string or a form body) into values by name, UTF-8. */
final class QueryString {

    private QueryString() {
    }

    static Map<String, List<String>> parse(String text) throws BadRequest {
        Map<String, List<String>> values = new HashMap<>();
        if (text == null || text.isEmpty()) {
            return values;
        }
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('&', start);
            if (end < 0) {
                end = text.length();
            }
            if (end > start) {
                int equals = text.indexOf('=', start);
                String name;
                String value;
                if (equals < 0 || equals > end) {
                    name = decode(text.substring(start, end));
                    value = "";
                } else {
                    name = decode(text.substring(start, equals));
                    value = decode(text.substring(equals + 1, end));
                }
                values.computeIfAbsent(name, n -> new ArrayList<>(1)).add(value);
            }
            start = end + 1;
        }
        return values;
    }

    private static String decode(String text) throws BadRequest {
        if (text.indexOf('%') < 0 && text.indexOf('+') < 0) {
            return text;
        }
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new BadRequest("Malformed percent-encoding in the query string or form.");
        }
    }
}
