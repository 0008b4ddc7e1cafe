package org.freshview.internal.web;

import org.freshview.testsupport.FakeHttpRequest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ExchangeFormTest {

    private static final RequestLimits LIMITS = new RequestLimits(3);

    /** A POST whose container parses the query string and the form body, query values first. */
    private static Exchange post(String query, String body) {
        return exchange(FakeHttpRequest.post("/app", "/orders" + (query == null ? "" : "?" + query)).form(body));
    }

    private static Exchange put(String body) {
        return exchange(FakeHttpRequest.of("PUT", "/app", "/orders").form(body));
    }

    private static Exchange exchange(FakeHttpRequest request) {
        return new Exchange(request.request(), null, Map.of(), LIMITS);
    }

    @Test
    void a_posted_form_of_up_to_the_limit_is_read_without_the_query_values() throws RequestRefused {
        Exchange exchange = post("a=q1&a=q2", "a=f1&b=f2&b=f3");

        assertEquals(List.of("f1"), exchange.form("a"));
        assertEquals(List.of("f2", "f3"), exchange.form("b"));
    }

    @Test
    void a_posted_form_of_more_fields_than_the_limit_is_a_413() {
        RequestRefused bad = assertThrows(RequestRefused.class, () -> post(null, "a=1&a=2&b=3&b=4").form("a"));

        assertEquals(413, bad.status());
        assertEquals("Content Too Large: the form has more than 3 fields.", bad.getMessage());
    }

    @Test
    void a_posted_form_the_container_refuses_to_parse_is_a_400() {
        FakeHttpRequest refusing = FakeHttpRequest.post("/app", "/orders").form("a=1").parametersRefused();

        RequestRefused bad = assertThrows(RequestRefused.class, () -> exchange(refusing).form("a"));

        assertEquals(400, bad.status());
        assertEquals("Bad Request: the form could not be read.", bad.getMessage());
    }

    @Test
    void a_put_form_body_of_more_fields_than_the_limit_is_a_413() throws RequestRefused {
        assertEquals(List.of("1", "3"), put("a=1&b=2&a=3").form("a"));

        RequestRefused bad = assertThrows(RequestRefused.class, () -> put("a=1&b=2&a=3&c").form("a"));
        assertEquals(413, bad.status());
    }

    @Test
    void a_query_string_of_more_parameters_than_the_limit_is_a_400() {
        RequestRefused bad = assertThrows(RequestRefused.class, () -> post("a&b&c&d", "").query("a"));

        assertEquals(400, bad.status());
        assertEquals("Bad Request: the query string has more than 3 parameters.", bad.getMessage());
    }
}
