package org.freshview.internal.web;

import jakarta.servlet.http.Cookie;
import org.freshview.CsrfToken;
import org.freshview.testsupport.FakeHttpRequest;
import org.freshview.testsupport.FakeHttpResponse;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CsrfProtectionTest {

    private final CsrfProtection csrf = CsrfProtection.withKey("a-key-of-at-least-thirty-two-characters", CsrfCookie.DEFAULT);

    /** A browser's page: the nonce cookie it was given and the token the page showed. */
    private record Page(Cookie cookie, String token) {
    }

    /** Renders a page for a browser with this session (or none), reading the token as a JSP would. */
    private Page render(String sessionId) {
        FakeHttpRequest browser = FakeHttpRequest.get("/app", "/orders").session(sessionId);
        Page page = issue(csrf, browser);
        assertFalse(browser.sessionCreated(), "the CSRF code must never create a session");
        return page;
    }

    private boolean post(Cookie cookie, String token, String sessionId) throws RequestRefused {
        FakeHttpRequest post = FakeHttpRequest.post("/app", "/orders").header("X-CSRF-Token", token)
                .cookie(cookie.getName(), cookie.getValue()).session(sessionId);
        boolean verified = verify(post);
        assertFalse(post.sessionCreated(), "the CSRF code must never create a session");
        return verified;
    }

    @Test
    void without_a_session_the_token_of_the_cookie_is_accepted() throws RequestRefused {
        Page page = render(null);

        assertTrue(post(page.cookie(), page.token(), null));
    }

    @Test
    void with_a_session_the_token_is_accepted_in_that_session_only() throws RequestRefused {
        Page page = render("session-of-the-victim");

        assertTrue(post(page.cookie(), page.token(), "session-of-the-victim"));
        assertFalse(post(page.cookie(), page.token(), "session-of-the-attacker"));
        assertFalse(post(page.cookie(), page.token(), null));
    }

    @Test
    void a_planted_cookie_with_the_attackers_token_is_refused_once_the_victim_has_a_session() throws RequestRefused {
        Page attackers = render(null); // the attacker's own nonce and token, got without a session

        assertTrue(post(attackers.cookie(), attackers.token(), null));
        assertFalse(post(attackers.cookie(), attackers.token(), "session-of-the-victim"));
    }

    @Test
    void the_token_is_signed_when_the_page_reads_it_so_a_session_the_jsp_creates_is_bound() throws RequestRefused {
        FakeHttpRequest browser = FakeHttpRequest.get("/app", "/orders");
        FakeHttpResponse response = new FakeHttpResponse();
        csrf.issue(new Exchange(browser.request(), response.response(), Map.of(), RequestLimits.DEFAULT));
        browser.session("created-by-the-jsp"); // <%@ page session="true" %> creates it as the page starts
        Cookie cookie = response.cookie(CsrfCookie.NAME);
        String token = ((CsrfToken) browser.attribute("csrf")).getValue();
        assertFalse(browser.sessionCreated(), "the CSRF code must never create a session");

        assertTrue(post(cookie, token, "created-by-the-jsp"));
    }

    @Test
    void the_session_id_is_part_of_what_is_signed() {
        byte[] nonce = new byte[32];

        assertNotEquals(java.util.Arrays.toString(csrf.sign(nonce, null)), java.util.Arrays.toString(csrf.sign(nonce, "a")));
        assertNotEquals(java.util.Arrays.toString(csrf.sign(nonce, "a")), java.util.Arrays.toString(csrf.sign(nonce, "b")));
        assertEquals(java.util.Arrays.toString(csrf.sign(nonce, "a")), java.util.Arrays.toString(csrf.sign(nonce, "a")));
    }

    // The same, as requests and responses: what a browser is given and what it must send back.

    /** The cookie and token a GET's page gives a browser without a session. */
    private static Page issue(CsrfProtection csrf, FakeHttpRequest browser) {
        FakeHttpResponse response = new FakeHttpResponse();
        csrf.issue(new Exchange(browser.request(), response.response(), Map.of(), RequestLimits.DEFAULT));
        return new Page(response.cookie(CsrfCookie.NAME), ((CsrfToken) browser.attribute("csrf")).getValue());
    }

    private boolean verify(FakeHttpRequest request) throws RequestRefused {
        return csrf.verify(new Exchange(request.request(), new FakeHttpResponse().response(), Map.of(), RequestLimits.DEFAULT));
    }

    private static FakeHttpRequest post(Page page) {
        return FakeHttpRequest.post("/app", "/orders").cookie(page.cookie().getName(), page.cookie().getValue());
    }

    @Test
    void a_page_gets_an_http_only_lax_cookie_for_the_whole_host_and_a_token_with_its_field_and_header_names() {
        FakeHttpRequest browser = FakeHttpRequest.get("/app", "/orders");
        FakeHttpResponse response = new FakeHttpResponse();

        csrf.issue(new Exchange(browser.request(), response.response(), Map.of(), RequestLimits.DEFAULT));

        String setCookie = response.setCookie(CsrfCookie.NAME);
        assertTrue(setCookie.matches("freshview-csrf=[A-Za-z0-9_-]{43}; Path=/; HttpOnly; SameSite=Lax"), setCookie);
        CsrfToken token = (CsrfToken) browser.attribute("csrf");
        assertEquals("_csrf", token.getName());
        assertEquals("X-CSRF-Token", token.getHeaderName());
        assertTrue(token.getValue().matches("[A-Za-z0-9_-]{43}"), token.getValue());
    }

    @Test
    void a_token_is_accepted_in_the_header_or_in_the_form_field_of_a_post_or_a_put() throws RequestRefused {
        Page page = issue(csrf, FakeHttpRequest.get("/app", "/orders"));

        assertTrue(verify(post(page).header("X-CSRF-Token", page.token())));
        assertTrue(verify(post(page).form("title=x&_csrf=" + page.token())));
        assertTrue(verify(post(page).method("PUT").form("_csrf=" + page.token())));
    }

    @Test
    void a_request_without_the_cookie_or_without_the_token_is_refused() throws RequestRefused {
        Page page = issue(csrf, FakeHttpRequest.get("/app", "/orders"));

        assertFalse(verify(FakeHttpRequest.post("/app", "/orders").header("X-CSRF-Token", page.token())));
        assertFalse(verify(post(page)));
        assertFalse(verify(post(page).form("title=x")));
        assertFalse(verify(post(page).header("X-CSRF-Token", "")));
    }

    @Test
    void a_tampered_or_undecodable_token_is_refused() throws RequestRefused {
        Page page = issue(csrf, FakeHttpRequest.get("/app", "/orders"));
        char first = page.token().charAt(0);
        String tampered = (first == 'A' ? 'B' : 'A') + page.token().substring(1);

        assertFalse(verify(post(page).header("X-CSRF-Token", tampered)));
        assertFalse(verify(post(page).header("X-CSRF-Token", page.token().substring(1))));
        assertFalse(verify(post(page).header("X-CSRF-Token", page.token() + "AA")));
        assertFalse(verify(post(page).header("X-CSRF-Token", "%%%not base64%%%")));
    }

    @Test
    void a_token_from_another_key_or_for_another_browsers_cookie_is_refused() throws RequestRefused {
        Page mine = issue(csrf, FakeHttpRequest.get("/app", "/orders"));
        Page theirs = issue(csrf, FakeHttpRequest.get("/app", "/orders"));
        CsrfProtection otherKey = CsrfProtection.withKey("another-key-of-at-least-thirty-two-chars", CsrfCookie.DEFAULT);
        Page otherInstance = issue(otherKey, FakeHttpRequest.get("/app", "/orders"));

        assertFalse(verify(post(mine).header("X-CSRF-Token", theirs.token())));
        assertFalse(verify(post(otherInstance).header("X-CSRF-Token", otherInstance.token())));
        assertTrue(otherKey.verify(new Exchange(post(otherInstance).header("X-CSRF-Token", otherInstance.token()).request(),
                null, Map.of(), RequestLimits.DEFAULT)), "the other instance's own key accepts it");
    }

    @Test
    void a_token_in_the_query_string_of_a_post_is_not_taken_for_the_form_field() throws RequestRefused {
        Page page = issue(csrf, FakeHttpRequest.get("/app", "/orders"));

        assertFalse(verify(FakeHttpRequest.post("/app", "/orders?_csrf=" + page.token())
                .cookie(page.cookie().getName(), page.cookie().getValue()).form("title=x")));
    }

    @Test
    void a_cookie_that_is_no_nonce_of_ours_is_ignored_and_replaced_while_a_valid_one_is_kept() throws RequestRefused {
        FakeHttpRequest damaged = FakeHttpRequest.get("/app", "/orders").cookie(CsrfCookie.NAME, "c2hvcnQ")
                .cookie(CsrfCookie.NAME, "!!!");
        FakeHttpResponse replaced = new FakeHttpResponse();
        csrf.issue(new Exchange(damaged.request(), replaced.response(), Map.of(), RequestLimits.DEFAULT));
        assertNotNull(replaced.setCookie(CsrfCookie.NAME));

        Page page = issue(csrf, FakeHttpRequest.get("/app", "/orders"));
        FakeHttpRequest returning = FakeHttpRequest.get("/app", "/orders").cookie(CsrfCookie.NAME, "c2hvcnQ")
                .cookie(page.cookie().getName(), page.cookie().getValue());
        FakeHttpResponse kept = new FakeHttpResponse();
        csrf.issue(new Exchange(returning.request(), kept.response(), Map.of(), RequestLimits.DEFAULT));

        assertNull(kept.setCookie(CsrfCookie.NAME));
        assertEquals(page.token(), ((CsrfToken) returning.attribute("csrf")).getValue());
        assertTrue(verify(post(page).cookie(CsrfCookie.NAME, "c2hvcnQ").header("X-CSRF-Token", page.token())));
    }

    @Test
    void over_https_only_the_host_prefixed_cookie_counts() throws RequestRefused {
        FakeHttpRequest secureBrowser = FakeHttpRequest.get("/app", "/orders").secure();
        FakeHttpResponse response = new FakeHttpResponse();
        csrf.issue(new Exchange(secureBrowser.request(), response.response(), Map.of(), RequestLimits.DEFAULT));
        Cookie cookie = response.cookie(CsrfCookie.SECURE_NAME);
        String token = ((CsrfToken) secureBrowser.attribute("csrf")).getValue();

        assertTrue(response.setCookie(CsrfCookie.SECURE_NAME).endsWith("; Path=/; HttpOnly; SameSite=Lax; Secure"));
        assertTrue(verify(FakeHttpRequest.post("/app", "/orders").secure().cookie(cookie.getName(), cookie.getValue())
                .header("X-CSRF-Token", token)));
        assertFalse(verify(FakeHttpRequest.post("/app", "/orders").secure().cookie(CsrfCookie.NAME, cookie.getValue())
                .header("X-CSRF-Token", token)), "a cookie a sibling subdomain could plant");
    }

    @Test
    void the_token_of_a_multipart_form_is_read_from_its_field_and_the_body_is_replayed_to_the_handler() throws Exception {
        Page page = issue(csrf, FakeHttpRequest.get("/app", "/orders"));
        byte[] body = HandlerTest.multipart("b0undary", "_csrf", page.token(), "file/a.txt", "content");
        FakeHttpRequest upload = post(page).body("multipart/form-data; boundary=b0undary", body);
        Exchange exchange = new Exchange(upload.request(), null, Map.of(), RequestLimits.DEFAULT);

        assertTrue(csrf.verify(exchange));
        assertEquals(new String(body, StandardCharsets.UTF_8),
                new String(exchange.request.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    @Test
    void a_refused_request_gets_403_as_plain_text() throws Exception {
        FakeHttpResponse response = new FakeHttpResponse();

        CsrfProtection.reject(response.response());

        assertEquals(403, response.status());
        assertEquals("Forbidden: missing or invalid CSRF token.", response.body());
        assertEquals("text/plain;charset=UTF-8", response.contentType());
        assertEquals("nosniff", response.header("X-Content-Type-Options"));
    }
}
