package org.freshview.internal.web;

import jakarta.servlet.http.HttpServletRequest;
import org.freshview.testsupport.FakeHttpRequest;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RedirectLocationTest {

    /** A GET of http://shop.example/app/x. */
    private static final HttpServletRequest REQUEST = FakeHttpRequest.get("/app", "/x").request();

    /** The same for an application at the root context, where a path's own "//" would start the Location. */
    private static final HttpServletRequest AT_ROOT = FakeHttpRequest.get("", "/x").request();

    private static String location(String uri) throws RequestRefused {
        return RedirectLocation.of(REQUEST, uri, false).value();
    }

    /** What Undertow puts on the wire for a header value: each character's low byte. */
    private static String lowBytes(String header) {
        StringBuilder wire = new StringBuilder();
        header.chars().forEach(c -> wire.append((char) (c & 0xFF)));
        return wire.toString();
    }

    @Test
    void a_path_starting_with_slash_is_relative_to_the_application() throws RequestRefused {
        assertEquals("/app/orders/1?x=y", location("/orders/1?x=y"));
        assertEquals("next", location("next"));
        assertEquals("?page=2", location("?page=2"));
    }

    @Test
    void an_absolute_uri_to_the_same_host_is_kept() throws RequestRefused {
        assertEquals("https://shop.example:8443/a", location("https://shop.example:8443/a"));
        assertEquals("//SHOP.example/a", location("//SHOP.example/a"));
    }

    @Test
    void control_characters_and_other_hosts_are_refused() {
        for (String uri : new String[] {"/a\r\nSet-Cookie: x", "/a\tb", " /a", "https://evil.example",
                "//evil.example", "/\\evil.example", "\\\\evil.example", "http:evil.example", "HTTPS:/evil.example",
                "https://shop.example@evil.example/", "javascript:alert(1)", "data:text/html,x"}) {
            assertThrows(RequestRefused.class, () -> location(uri), uri);
        }
    }

    @Test
    void another_host_is_allowed_only_when_asked_for() throws RequestRefused {
        assertEquals("https://login.example/", RedirectLocation.of(REQUEST, "https://login.example/", true).value());
        assertThrows(RequestRefused.class, () -> RedirectLocation.of(REQUEST, "https://x\n.example/", true));
    }

    @Test
    void characters_above_0x7e_are_percent_encoded_as_utf8_so_undertow_cannot_turn_them_into_ascii()
            throws RequestRefused {
        // Undertow would send "https://evil.example#@shop.example": a link to evil.example.
        assertEquals("https://evil.example%C4%A3@shop.example/",
                location("https://evil.example\u0123@shop.example/"));
        // "/\u012Fevil.example" would leave as "//evil.example".
        assertEquals("/app/%C4%AFevil.example", location("/\u012Fevil.example"));
        assertEquals("/%C4%AFevil.example", RedirectLocation.of(AT_ROOT, "/\u012Fevil.example", false).value());
        assertEquals("%C4%AF%C4%AFevil.example", location("\u012F\u012Fevil.example"));
        // "\u010D\u010A" would leave as CR LF: a second header.
        assertEquals("/app/a%C4%8D%C4%8ASet-Cookie:x=1", location("/a\u010D\u010ASet-Cookie:x=1"));
        assertEquals("/app/caf%C3%A9/%F0%9F%98%80?q=%C3%BC", location("/caf\u00e9/\uD83D\uDE00?q=\u00fc"));
        assertEquals("https://login.example/%C4%A3", RedirectLocation.of(REQUEST, "https://login.example/\u0123", true).value());
    }

    @Test
    void ascii_characters_a_uri_may_not_hold_are_percent_encoded() throws RequestRefused {
        assertEquals("/app/%3Cscript%3Ealert(1)%3C/script%3E", location("/<script>alert(1)</script>"));
        assertEquals("/app/a%22b%5Ec%60d%7Be%7Cf%7D", location("/a\"b^c`d{e|f}"));
    }

    @Test
    void what_undertow_sends_is_the_checked_location_itself() throws RequestRefused {
        for (String uri : new String[] {"https://evil.example\u0123@shop.example/", "/\u012Fevil.example",
                "\u012F\u012Fevil.example", "/a\u010D\u010AX:y", "/\u00e9\u0100\u07ff\uffff"}) {
            String value = location(uri);
            assertEquals(value, lowBytes(value), uri);
            assertTrue(value.chars().allMatch(c -> c > 0x20 && c < 0x7f), value);
        }
    }

    @Test
    void non_ascii_that_only_hides_another_host_is_still_refused() {
        for (String uri : new String[] {"https://shop.example\u0123.evil.example/", "//evil.example/\u0123",
                "https://evil.example\u00a0/", "/\\\u0100evil.example"}) {
            assertThrows(RequestRefused.class, () -> location(uri), uri);
        }
    }

    @Test
    void half_a_surrogate_pair_is_refused() {
        for (String uri : new String[] {"/a\uD800", "/a\uDC00b", "https://shop.example/\uDBFF"}) {
            assertThrows(RequestRefused.class, () -> location(uri), uri);
        }
    }

    @Test
    void a_path_of_the_application_gets_the_context_path_and_is_encoded() throws RequestRefused {
        assertEquals("/app/forms/k?x=%C3%BC", RedirectLocation.inApplication(REQUEST, "/forms/k?x=\u00fc").value());
        assertEquals("/app//evil.example", RedirectLocation.inApplication(REQUEST, "//evil.example").value());
        assertEquals("/forms", RedirectLocation.inApplication(AT_ROOT, "/forms").value());
    }

    @Test
    void a_path_of_the_application_at_the_root_context_that_starts_like_another_host_is_refused() {
        for (String path : new String[] {"//evil.example", "/\\evil.example", "//evil.example/a?b", "/\\"}) {
            assertThrows(RequestRefused.class, () -> RedirectLocation.inApplication(AT_ROOT, path), path);
        }
        assertThrows(RequestRefused.class, () -> RedirectLocation.inApplication(REQUEST, "/a\r\nX: y"));
    }
}
