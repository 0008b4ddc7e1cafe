package org.freshview.internal.web;

import org.freshview.testsupport.FakeHttpRequest;
import org.freshview.testsupport.FakeHttpResponse;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The values binders read from one request: path, query, headers, cookies, form bodies, language. */
class ExchangeTest {

    private static Exchange exchange(FakeHttpRequest request) {
        return new Exchange(request.request(), new FakeHttpResponse().response(), Map.of("id", "42"), RequestLimits.DEFAULT);
    }

    @Test
    void path_values_are_those_the_router_matched() {
        Exchange exchange = exchange(FakeHttpRequest.get("/app", "/orders/42"));

        assertEquals("42", exchange.path("id"));
        assertNull(exchange.path("other"));
    }

    @Test
    void query_values_are_decoded_in_order_whichever_name_is_asked_first() throws RequestRefused {
        Exchange exchange = exchange(FakeHttpRequest.get("/app", "/orders?tag=a&page=2&tag=b%20c&name=Zo%C3%AB"));

        assertEquals(List.of("a", "b c"), exchange.query("tag"));
        assertEquals(List.of("2"), exchange.query("page"));
        assertEquals(List.of("a", "b c"), exchange.query("tag"));
        assertEquals(List.of("Zoë"), exchange.query("name"));
        assertEquals(List.of(), exchange.query("absent"));
    }

    @Test
    void every_value_of_a_repeated_header_is_read_in_order_and_an_absent_one_is_empty() {
        Exchange exchange = exchange(FakeHttpRequest.get("/app", "/orders")
                .header("X-Tag", "a").header("x-tag", "b").header("X-Token", "t-42"));

        assertEquals(List.of("a", "b"), exchange.headers("X-Tag"));
        assertEquals(List.of("t-42"), exchange.headers("X-Token"));
        assertEquals(List.of(), exchange.headers("X-Absent"));
    }

    @Test
    void every_cookie_of_the_name_is_read_and_none_without_cookies() {
        Exchange exchange = exchange(FakeHttpRequest.get("/app", "/orders")
                .cookie("theme", "dark").cookie("other", "x").cookie("theme", "light"));

        assertEquals(List.of("dark", "light"), exchange.cookies("theme"));
        assertEquals(List.of(), exchange.cookies("absent"));
        assertEquals(List.of(), exchange(FakeHttpRequest.get("/app", "/orders")).cookies("theme"));
    }

    @Test
    void the_language_is_the_clients_first_choice() {
        Exchange exchange = exchange(FakeHttpRequest.get("/app", "/orders").header("Accept-Language", "fr-CA, en;q=0.5"));

        assertEquals(Locale.CANADA_FRENCH, exchange.locale());
    }

    @Test
    void a_put_form_is_read_as_utf8_unless_the_request_names_its_charset() throws RequestRefused {
        byte[] utf8 = "name=Zoë".getBytes(StandardCharsets.UTF_8);
        byte[] latin1 = "name=Zoë".getBytes(StandardCharsets.ISO_8859_1);

        assertEquals(List.of("Zoë"), exchange(FakeHttpRequest.of("PUT", "/app", "/orders")
                .body("application/x-www-form-urlencoded", utf8)).form("name"));
        assertEquals(List.of("Zoë"), exchange(FakeHttpRequest.of("PUT", "/app", "/orders")
                .body("application/x-www-form-urlencoded; charset=ISO-8859-1", latin1)).form("name"));
    }

    @Test
    void the_percent_escapes_of_a_put_form_are_decoded_in_the_charset_the_request_names_as_a_container_does_for_post()
            throws RequestRefused {
        // A browser's form in an ISO-8859-1 page sends "ë" as %EB; docs/binding.md: "in the request's charset".
        byte[] body = "name=Zo%EB".getBytes(StandardCharsets.US_ASCII);

        assertEquals(List.of("Zoë"), exchange(FakeHttpRequest.of("PUT", "/app", "/orders")
                .body("application/x-www-form-urlencoded; charset=ISO-8859-1", body)).form("name"));
        assertEquals(List.of("Zoë"), exchange(FakeHttpRequest.of("PUT", "/app", "/orders")
                .form("name=Zo%C3%AB")).form("name"), "UTF-8 when the request names no charset");
    }

    @Test
    void a_body_that_is_not_a_form_has_no_form_fields_and_is_left_unread() throws RequestRefused {
        for (String type : new String[] {"text/plain", "application/json"}) {
            FakeHttpRequest request = FakeHttpRequest.of("PATCH", "/app", "/orders").body(type, "name=x".getBytes(StandardCharsets.US_ASCII));

            assertEquals(List.of(), exchange(request).form("name"), type);
            assertFalse(request.bodyRead(), type);
        }
    }

    @Test
    void a_put_form_of_2_mb_is_read_and_one_byte_more_is_413() throws RequestRefused {
        byte[] limit = new byte[RequestLimits.MAX_FORM_BODY];
        Arrays.fill(limit, (byte) 'a');
        System.arraycopy("name=".getBytes(StandardCharsets.US_ASCII), 0, limit, 0, 5);
        byte[] over = Arrays.copyOf(limit, limit.length + 1);
        over[limit.length] = 'a';

        assertEquals(RequestLimits.MAX_FORM_BODY - 5, exchange(FakeHttpRequest.of("PUT", "/app", "/orders")
                .body("application/x-www-form-urlencoded", limit)).form("name").get(0).length());
        RequestRefused bad = assertThrows(RequestRefused.class, () -> exchange(FakeHttpRequest.of("PUT", "/app", "/orders")
                .body("application/x-www-form-urlencoded", over)).form("name"));
        assertEquals(413, bad.status());
        assertEquals("Content Too Large: the form is larger than " + RequestLimits.MAX_FORM_BODY + " bytes.", bad.getMessage());
    }

    @Test
    void a_form_in_a_charset_the_runtime_does_not_know_is_a_400() {
        FakeHttpRequest request = FakeHttpRequest.of("PUT", "/app", "/orders")
                .body("application/x-www-form-urlencoded; charset=no-such-charset", "name=x".getBytes(StandardCharsets.US_ASCII));

        RequestRefused bad = assertThrows(RequestRefused.class, () -> exchange(request).form("name"));

        assertEquals(400, bad.status());
        assertEquals("The form body could not be read.", bad.getMessage());
    }

    @Test
    void a_multipart_field_is_read_from_the_body_and_the_handler_still_reads_the_body_whole() throws Exception {
        byte[] body = HandlerTest.multipart("b0undary", "title", "Grüße", "file/a.txt", "content");
        FakeHttpRequest request = FakeHttpRequest.post("/app", "/orders").body("multipart/form-data; boundary=b0undary", body);
        Exchange exchange = exchange(request);

        assertEquals("Grüße", exchange.multipartField("title"));
        assertNull(exchange.multipartField("absent"));
        assertEquals(new String(body, StandardCharsets.UTF_8),
                new String(exchange.request.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    @Test
    void a_body_that_is_not_multipart_has_no_multipart_field_and_no_parts() throws RequestRefused {
        Exchange exchange = exchange(FakeHttpRequest.post("/app", "/orders").form("_csrf=x"));

        assertNull(exchange.multipartField("_csrf"));
        assertEquals(List.of(), exchange.parts("file"));
    }
}
