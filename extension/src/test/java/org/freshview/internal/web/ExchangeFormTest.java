package org.freshview.internal.web;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ExchangeFormTest {

    private static final RequestLimits LIMITS = new RequestLimits(3);

    /** A POST whose container parsed {@code parameters} (query values first) from {@code query} and the body. */
    private static Exchange post(String query, Map<String, String[]> parameters) {
        return new Exchange(request("POST", query, parameters, null), null, Map.of(), LIMITS);
    }

    private static Exchange put(String body) {
        return new Exchange(request("PUT", null, Map.of(), body), null, Map.of(), LIMITS);
    }

    private static HttpServletRequest request(String method, String query, Map<String, String[]> parameters,
                                              String body) {
        return (HttpServletRequest) Proxy.newProxyInstance(ExchangeFormTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, m, args) -> switch (m.getName()) {
                    case "getMethod" -> method;
                    case "getQueryString" -> query;
                    case "getParameterMap" -> parameters;
                    case "getParameterValues" -> parameters.get((String) args[0]);
                    case "getContentType" -> "application/x-www-form-urlencoded";
                    case "getInputStream" -> stream(body);
                    default -> null;
                });
    }

    private static ServletInputStream stream(String body) {
        ByteArrayInputStream in = new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8));
        return new ServletInputStream() {
            public int read() {
                return in.read();
            }

            public boolean isFinished() {
                return in.available() == 0;
            }

            public boolean isReady() {
                return true;
            }

            public void setReadListener(ReadListener listener) {
            }
        };
    }

    @Test
    void a_posted_form_of_up_to_the_limit_is_read_without_the_query_values() throws BadRequest {
        Map<String, String[]> parameters = new LinkedHashMap<>();
        parameters.put("a", new String[] {"q1", "q2", "f1"});
        parameters.put("b", new String[] {"f2", "f3"});

        Exchange exchange = post("a=q1&a=q2", parameters);

        assertEquals(List.of("f1"), exchange.form("a"));
        assertEquals(List.of("f2", "f3"), exchange.form("b"));
    }

    @Test
    void a_posted_form_of_more_fields_than_the_limit_is_a_413() {
        Map<String, String[]> parameters = Map.of("a", new String[] {"1", "2"}, "b", new String[] {"3", "4"});

        BadRequest bad = assertThrows(BadRequest.class, () -> post(null, parameters).form("a"));

        assertEquals(413, bad.status());
        assertEquals("Content Too Large: the form has more than 3 fields.", bad.getMessage());
    }

    @Test
    void a_posted_form_the_container_refuses_to_parse_is_a_400() {
        HttpServletRequest refusing = (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, m, args) -> switch (m.getName()) {
                    case "getMethod" -> "POST";
                    case "getParameterValues" -> throw new IllegalStateException("More than the maximum number");
                    default -> null;
                });

        BadRequest bad = assertThrows(BadRequest.class, () -> new Exchange(refusing, null, Map.of(), LIMITS).form("a"));

        assertEquals(400, bad.status());
        assertEquals("Bad Request: the form could not be read.", bad.getMessage());
    }

    @Test
    void a_put_form_body_of_more_fields_than_the_limit_is_a_413() throws BadRequest {
        assertEquals(List.of("1", "3"), put("a=1&b=2&a=3").form("a"));

        BadRequest bad = assertThrows(BadRequest.class, () -> put("a=1&b=2&a=3&c").form("a"));
        assertEquals(413, bad.status());
    }

    @Test
    void a_query_string_of_more_parameters_than_the_limit_is_a_400() {
        BadRequest bad = assertThrows(BadRequest.class, () -> post("a&b&c&d", Map.of()).query("a"));

        assertEquals(400, bad.status());
        assertEquals("Bad Request: the query string has more than 3 parameters.", bad.getMessage());
    }
}
