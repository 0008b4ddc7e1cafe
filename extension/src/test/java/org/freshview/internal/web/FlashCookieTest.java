package org.freshview.internal.web;

import org.freshview.Flash;
import org.freshview.Result;
import org.freshview.testsupport.FakeHttpRequest;
import org.freshview.testsupport.FakeHttpResponse;
import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FlashCookieTest {

    private static final String KEY = "a-key-of-at-least-thirty-two-characters";
    private static final Instant NOW = Instant.parse("2026-12-02T05:00:00Z");

    private static FlashCookie cookie(String key, Instant now) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return new FlashCookie(mac, CsrfCookie.DEFAULT, Clock.fixed(now, ZoneOffset.UTC));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private final FlashCookie flash = cookie(KEY, NOW);
    private final Flash saved = Flash.EMPTY.with("saved", "Your address was saved").with("név", "Grüße, \r\nSet-Cookie: x=1");
    /** The response of the requests of a test, which keeps the cookies they set. */
    private final FakeHttpResponse response = new FakeHttpResponse();

    private Exchange exchange(FakeHttpRequest request) {
        return new Exchange(request.request(), response.response(), Map.of(), RequestLimits.DEFAULT);
    }

    @Test
    void messages_come_back_as_they_were_sent_in_order() {
        Flash read = flash.decode(flash.encode(saved));

        assertEquals(saved, read);
        assertEquals(List.of("saved", "név"), List.copyOf(read.keySet()));
    }

    @Test
    void the_cookie_value_is_url_safe_base64_whatever_the_text_so_no_header_can_be_injected() {
        String value = flash.encode(saved);

        assertTrue(value.matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+"), value);
    }

    @Test
    void another_instance_with_the_same_key_reads_it_and_one_with_another_key_does_not() {
        String value = flash.encode(saved);

        assertEquals(saved, cookie(KEY, NOW.plusSeconds(5)).decode(value));
        assertNull(cookie("another-key-of-at-least-thirty-two-chars", NOW).decode(value));
    }

    @Test
    void an_altered_payload_or_signature_is_refused() {
        String value = flash.encode(saved);
        int dot = value.indexOf('.');
        byte[] payload = Base64.getUrlDecoder().decode(value.substring(0, dot));
        payload[payload.length - 1] ^= 1;
        String altered = Base64.getUrlEncoder().withoutPadding().encodeToString(payload) + value.substring(dot);

        assertNull(flash.decode(altered));
        assertNull(flash.decode(value.substring(0, value.length() - 2) + "AA"));
        assertNull(flash.decode(value.substring(0, dot)));
        assertNull(flash.decode("!!!." + value.substring(dot + 1)));
        assertNull(flash.decode(""));
    }

    @Test
    void a_cookie_older_than_a_minute_is_refused() {
        String value = flash.encode(saved);

        assertEquals(saved, cookie(KEY, NOW.plusSeconds(Flash.MAX_AGE_SECONDS)).decode(value));
        assertNull(cookie(KEY, NOW.plusSeconds(Flash.MAX_AGE_SECONDS + 1)).decode(value));
    }

    @Test
    void a_csrf_token_cannot_pass_as_a_flash_signature() {
        // The flash key is the CSRF key's MAC of a label shorter than any CSRF nonce.
        CsrfProtection csrf = CsrfProtection.withKey(KEY, CsrfCookie.DEFAULT);
        String value = flash.encode(saved);
        byte[] payload = Base64.getUrlDecoder().decode(value.substring(0, value.indexOf('.')));
        String csrfSigned = value.substring(0, value.indexOf('.')) + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(csrf.sign(payload, null));

        assertNull(flash.decode(csrfSigned));
    }

    @Test
    void the_largest_flash_the_api_allows_fits_in_a_cookie_browsers_keep() {
        Flash largest = new Flash(Map.of("m", "é".repeat((Flash.MAX_BYTES - 1) / 2)));
        String header = flash.setCookie(FakeHttpRequest.post("/app", "/orders").request(), largest);

        assertTrue(header.length() < 4096 - 100, header.length() + " characters");
    }

    @Test
    void a_page_receives_the_messages_and_its_response_clears_the_cookie() {
        FakeHttpRequest request = FakeHttpRequest.post("/app", "/orders").cookie(FlashCookie.NAME, flash.encode(saved));
        Exchange exchange = exchange(request);

        Flash received = flash.receive(exchange);
        flash.pass(exchange, Result.render("/WEB-INF/page.jsp"), received);

        assertEquals(saved, request.attribute(Flash.ATTRIBUTE));
        assertEquals(List.of("freshview-flash=; Max-Age=0; Path=/; HttpOnly; SameSite=Lax"), response.headers("Set-Cookie"));
    }

    @Test
    void a_redirect_without_messages_passes_the_received_ones_on_and_one_with_messages_replaces_them() {
        FakeHttpRequest request = FakeHttpRequest.post("/app", "/orders").cookie(FlashCookie.NAME, flash.encode(saved));
        Exchange exchange = exchange(request);
        Flash received = flash.receive(exchange);

        flash.pass(exchange, Result.redirect("/next"), received);
        assertEquals(List.of(), response.headers("Set-Cookie"));

        flash.pass(exchange, Result.redirect("/next").flash("deleted", "Gone"), received);
        String set = response.headers("Set-Cookie").get(0);
        assertTrue(set.startsWith("freshview-flash=") && set.contains("; Max-Age=60; Path=/; HttpOnly; SameSite=Lax"), set);
        assertEquals(Flash.EMPTY.with("deleted", "Gone"), flash.decode(set.substring(16, set.indexOf(';'))));
    }

    @Test
    void a_tampered_cookie_is_ignored_and_cleared_at_once() {
        FakeHttpRequest request = FakeHttpRequest.post("/app", "/orders").cookie(FlashCookie.NAME, "eyJzYXZlZCI6IlBvd25lZCJ9.c2lnbmF0dXJl");

        assertNull(flash.receive(exchange(request)));

        assertNull(request.attribute(Flash.ATTRIBUTE));
        assertEquals(List.of("freshview-flash=; Max-Age=0; Path=/; HttpOnly; SameSite=Lax"), response.headers("Set-Cookie"));
    }

    @Test
    void over_https_the_cookie_is_host_prefixed_and_secure() {
        FakeHttpRequest request = FakeHttpRequest.post("/app", "/orders").secure();

        String set = flash.setCookie(request.request(), saved);

        assertTrue(set.startsWith("__Host-freshview-flash=") && set.endsWith("; Path=/; HttpOnly; SameSite=Lax; Secure"), set);
    }
}
