package org.freshview.internal.web;

import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RedirectLocationTest {

    /** A request to http://shop.example/app/... with only what redirects read. */
    private static final HttpServletRequest REQUEST = (HttpServletRequest) Proxy.newProxyInstance(
            RedirectLocationTest.class.getClassLoader(), new Class<?>[] {HttpServletRequest.class},
            (proxy, method, args) -> switch (method.getName()) {
                case "getContextPath" -> "/app";
                case "getServerName" -> "shop.example";
                case "getMethod" -> "GET";
                case "getRequestURI" -> "/app/x";
                default -> null;
            });

    private static String location(String uri) throws BadRequest {
        return ResultWriter.redirectLocation(REQUEST, uri, false);
    }

    @Test
    void a_path_starting_with_slash_is_relative_to_the_application() throws BadRequest {
        assertEquals("/app/orders/1?x=y", location("/orders/1?x=y"));
        assertEquals("next", location("next"));
        assertEquals("?page=2", location("?page=2"));
    }

    @Test
    void an_absolute_uri_to_the_same_host_is_kept() throws BadRequest {
        assertEquals("https://shop.example:8443/a", location("https://shop.example:8443/a"));
        assertEquals("//SHOP.example/a", location("//SHOP.example/a"));
    }

    @Test
    void control_characters_and_other_hosts_are_refused() {
        for (String uri : new String[] {"/a\r\nSet-Cookie: x", "/a\tb", " /a", "https://evil.example",
                "//evil.example", "/\\evil.example", "\\\\evil.example", "http:evil.example", "HTTPS:/evil.example",
                "https://shop.example@evil.example/", "javascript:alert(1)", "data:text/html,x"}) {
            assertThrows(BadRequest.class, () -> location(uri), uri);
        }
    }

    @Test
    void another_host_is_allowed_only_when_asked_for() throws BadRequest {
        assertEquals("https://login.example/", ResultWriter.redirectLocation(REQUEST, "https://login.example/", true));
        assertThrows(BadRequest.class, () -> ResultWriter.redirectLocation(REQUEST, "https://x\n.example/", true));
    }
}
