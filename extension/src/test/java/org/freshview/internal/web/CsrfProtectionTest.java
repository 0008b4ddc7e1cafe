package org.freshview.internal.web;

import jakarta.servlet.http.Cookie;
import org.freshview.CsrfToken;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CsrfProtectionTest {

    private final CsrfProtection csrf = CsrfProtection.withKey("a-key-of-at-least-thirty-two-characters", CsrfCookie.DEFAULT);

    /** A browser's page: the nonce cookie it was given and the token the page showed. */
    private record Page(Cookie cookie, String token) {
    }

    /** Renders a page for a browser with this session (or none), reading the token as a JSP would. */
    private Page render(String sessionId) {
        FakeRequest browser = new FakeRequest();
        browser.method = "GET";
        browser.sessionId = sessionId;
        csrf.issue(browser.exchange());
        String setCookie = browser.setCookies.get(0);
        Cookie cookie = new Cookie(setCookie.substring(0, setCookie.indexOf('=')),
                setCookie.substring(setCookie.indexOf('=') + 1, setCookie.indexOf(';')));
        return new Page(cookie, ((CsrfToken) browser.attributes.get("csrf")).getValue());
    }

    private boolean post(Cookie cookie, String token, String sessionId) throws BadRequest {
        FakeRequest post = new FakeRequest().header("X-CSRF-Token", token);
        post.cookies.add(cookie);
        post.sessionId = sessionId;
        return csrf.verify(post.exchange());
    }

    @Test
    void without_a_session_the_token_of_the_cookie_is_accepted() throws BadRequest {
        Page page = render(null);

        assertTrue(post(page.cookie(), page.token(), null));
    }

    @Test
    void with_a_session_the_token_is_accepted_in_that_session_only() throws BadRequest {
        Page page = render("session-of-the-victim");

        assertTrue(post(page.cookie(), page.token(), "session-of-the-victim"));
        assertFalse(post(page.cookie(), page.token(), "session-of-the-attacker"));
        assertFalse(post(page.cookie(), page.token(), null));
    }

    @Test
    void a_planted_cookie_with_the_attackers_token_is_refused_once_the_victim_has_a_session() throws BadRequest {
        Page attackers = render(null); // the attacker's own nonce and token, got without a session

        assertTrue(post(attackers.cookie(), attackers.token(), null));
        assertFalse(post(attackers.cookie(), attackers.token(), "session-of-the-victim"));
    }

    @Test
    void the_token_is_signed_when_the_page_reads_it_so_a_session_the_jsp_creates_is_bound() throws BadRequest {
        FakeRequest browser = new FakeRequest();
        browser.method = "GET";
        csrf.issue(browser.exchange());
        browser.sessionId = "created-by-the-jsp"; // <%@ page session="true" %> creates it as the page starts
        String setCookie = browser.setCookies.get(0);
        Cookie cookie = new Cookie(CsrfCookie.NAME, setCookie.substring(setCookie.indexOf('=') + 1, setCookie.indexOf(';')));
        String token = ((CsrfToken) browser.attributes.get("csrf")).getValue();

        assertTrue(post(cookie, token, "created-by-the-jsp"));
    }

    @Test
    void the_session_id_is_part_of_what_is_signed() {
        byte[] nonce = new byte[32];

        assertNotEquals(java.util.Arrays.toString(csrf.sign(nonce, null)), java.util.Arrays.toString(csrf.sign(nonce, "a")));
        assertNotEquals(java.util.Arrays.toString(csrf.sign(nonce, "a")), java.util.Arrays.toString(csrf.sign(nonce, "b")));
        assertEquals(java.util.Arrays.toString(csrf.sign(nonce, "a")), java.util.Arrays.toString(csrf.sign(nonce, "a")));
    }
}
