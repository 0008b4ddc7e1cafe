package org.freshview.internal.web;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class QueryStringTest {

    private static final RequestRefused TOO_MANY = new RequestRefused(413, "too many");

    private static Map<String, List<String>> parse(String text) throws RequestRefused {
        return QueryString.parse(text, 1000, TOO_MANY);
    }

    private static String pairs(int count, String pair) {
        return String.join("&", java.util.Collections.nCopies(count, pair));
    }

    @Test
    void repeated_names_keep_every_value_in_order_and_decode_utf8() throws RequestRefused {
        Map<String, List<String>> values = parse("a=1&b=caf%C3%A9+au+lait&a=2&flag&&c=");

        assertEquals(List.of("1", "2"), values.get("a"));
        assertEquals(List.of("café au lait"), values.get("b"));
        assertEquals(List.of(""), values.get("flag"));
        assertEquals(List.of(""), values.get("c"));
    }

    @Test
    void a_name_without_value_does_not_take_the_equals_sign_of_a_later_pair() throws RequestRefused {
        Map<String, List<String>> values = parse("a&b=1&c");

        assertEquals(Map.of("a", List.of(""), "b", List.of("1"), "c", List.of("")), values);
    }

    @Test
    void malformed_percent_encoding_is_a_bad_request() {
        RequestRefused bad = assertThrows(RequestRefused.class, () -> parse("a=%zz"));
        assertEquals(400, bad.status());
    }

    @Test
    void exactly_the_maximum_number_of_parameters_is_accepted() throws RequestRefused {
        assertEquals(1000, parse(pairs(1000, "a=1")).get("a").size());
        assertEquals(1000, parse(pairs(1000, "a")).get("a").size());
    }

    @Test
    void one_parameter_more_than_the_maximum_is_refused_with_the_given_status_and_message() {
        RequestRefused bad = assertThrows(RequestRefused.class, () -> parse(pairs(1001, "a")));

        assertSame(TOO_MANY, bad);
        assertEquals(413, bad.status());
    }

    @Test
    void empty_pairs_between_ampersands_do_not_count_against_the_maximum() throws RequestRefused {
        assertEquals(1000, parse("&&" + pairs(1000, "a=1&") + "&&").get("a").size());
    }

    @Test
    void counting_stops_one_past_the_limit() {
        assertEquals(0, QueryString.count(null, 10));
        assertEquals(3, QueryString.count("a&&b=1&c=", 10));
        assertEquals(3, QueryString.count(pairs(50, "a"), 2));
    }

    @Test
    void the_values_of_one_name_are_what_the_parsed_map_holds_with_the_same_refusals() {
        java.util.Random random = new java.util.Random(22L);
        String alphabet = "aqb=&&%+2F0zG\u00e9=";
        String[] names = {"q", "a", "b", "q b", "/", "", "\u00e9", "q+b"};
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(14);
            for (int i = 0; i < length; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String name = names[random.nextInt(names.length)];
            int max = 1 + random.nextInt(4);
            String expected;
            try {
                expected = String.valueOf(QueryString.parse(text.toString(), max, TOO_MANY).getOrDefault(name, List.of()));
            } catch (RequestRefused e) {
                expected = "refused " + e.status() + " " + e.getMessage();
            }
            String actual;
            try {
                actual = String.valueOf(QueryString.values(text.toString(), name, max, TOO_MANY));
            } catch (RequestRefused e) {
                actual = "refused " + e.status() + " " + e.getMessage();
            }
            assertEquals(expected, actual, "values of \"" + name + "\" in \"" + text + "\", at most " + max);
            String indexed;
            try {
                indexed = String.valueOf(QueryString.pairs(text.toString(), max, TOO_MANY).values(name));
            } catch (RequestRefused e) {
                indexed = "refused " + e.status() + " " + e.getMessage();
            }
            assertEquals(expected, indexed, "pairs' values of \"" + name + "\" in \"" + text + "\", at most " + max);
        }
    }

    @Test
    void the_pairs_answer_every_name_as_the_parsed_map_does() throws RequestRefused {
        String text = "a=1&b=caf%C3%A9+au+lait&a=2&flag&&c=&q+b=x&q%20b=y&%C3%A9=z";
        Map<String, List<String>> parsed = parse(text);
        QueryString.Pairs pairs = QueryString.pairs(text, 1000, TOO_MANY);

        for (String name : List.of("a", "b", "flag", "c", "q b", "\u00e9", "absent", "", "q+b")) {
            assertEquals(parsed.getOrDefault(name, List.of()), pairs.values(name), name);
        }
        assertEquals(List.of(), QueryString.pairs(null, 1000, TOO_MANY).values("a"));
        assertSame(TOO_MANY, assertThrows(RequestRefused.class, () -> QueryString.pairs(pairs(1001, "a"), 1000, TOO_MANY)));
        assertEquals(1000, QueryString.pairs(pairs(1000, "a=1"), 1000, TOO_MANY).values("a").size());
    }
}
