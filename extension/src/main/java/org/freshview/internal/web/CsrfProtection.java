package org.freshview.internal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.freshview.CsrfToken;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;

/**
 * Stateless CSRF protection by signed double submit. The browser holds a random nonce in an
 * HttpOnly cookie; the page holds {@code HMAC(key, nonce)}. An unsafe request must send that
 * token back as the {@code _csrf} form field or the {@code X-CSRF-Token} header. Another site
 * can make the browser send the cookie but can neither read it nor sign it, so it cannot
 * produce the token. Nothing is stored on the server: any instance that shares the key checks
 * any token.
 *
 * <p>When the request has an HTTP session the token also signs the session id, so a nonce
 * cookie planted by a sibling subdomain cannot be paired with a token the attacker got for
 * that nonce: the attacker does not know the victim's session id. No session is ever created
 * for this. The token is signed when the page reads it, since a JSP makes its session only
 * as it starts.
 */
final class CsrfProtection {

    static final String FIELD = "_csrf";
    static final String HEADER = "X-CSRF-Token";
    static final String ATTRIBUTE = "csrf";

    private static final int NONCE_BYTES = 32;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final Mac prototype;
    private final CsrfCookie cookie;
    private final SecureRandom random = new SecureRandom();
    /** Flash messages are signed with a key derived from this one: one secret to share between instances. */
    final FlashCookie flash;

    CsrfProtection(byte[] key, CsrfCookie cookie) {
        this.cookie = cookie;
        try {
            prototype = Mac.getInstance("HmacSHA256");
            prototype.init(new SecretKeySpec(key, "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
        flash = new FlashCookie(prototype, cookie, Clock.systemUTC());
    }

    static CsrfProtection withKey(String key, CsrfCookie cookie) {
        return new CsrfProtection(key.getBytes(StandardCharsets.UTF_8), cookie);
    }

    /**
     * Makes this request's token available as the request attribute {@code csrf}, setting the
     * cookie first if the browser has none.
     */
    void issue(Exchange exchange) {
        HttpServletRequest request = exchange.request;
        byte[] found = nonce(exchange);
        if (found == null) {
            found = new byte[NONCE_BYTES];
            random.nextBytes(found);
            exchange.response.addHeader("Set-Cookie", cookie.setCookie(request, ENCODER.encodeToString(found)));
        }
        byte[] nonce = found;
        request.setAttribute(ATTRIBUTE, new CsrfToken(FIELD, HEADER,
                () -> ENCODER.encodeToString(sign(nonce, sessionId(request)))));
    }

    /** Whether the request carries the token that matches its cookie. */
    boolean verify(Exchange exchange) throws RequestRefused {
        byte[] nonce = nonce(exchange);
        if (nonce == null) {
            return false;
        }
        String token = exchange.request.getHeader(HEADER);
        if (token == null) {
            token = field(exchange);
        }
        if (token == null) {
            return false;
        }
        byte[] given;
        try {
            given = DECODER.decode(token);
        } catch (IllegalArgumentException e) {
            return false;
        }
        return MessageDigest.isEqual(sign(nonce, sessionId(exchange.request)), given);
    }

    /** The token from the form: a urlencoded body, or a multipart one, which containers may not parse for a view. */
    private static String field(Exchange exchange) throws RequestRefused {
        if (MultipartField.boundary(exchange.request.getContentType()) != null) {
            return exchange.multipartField(FIELD);
        }
        List<String> field = exchange.form(FIELD);
        return field.isEmpty() ? null : field.get(0);
    }

    /** The id of the request's session, or {@code null} without one; never creates one. */
    static String sessionId(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? null : session.getId();
    }

    /** The nonce from the request's cookie, or {@code null} if it has none of the right form. */
    private byte[] nonce(Exchange exchange) {
        List<String> values = exchange.cookies(cookie.name(exchange.request));
        for (int i = 0; i < values.size(); i++) { // indexed: no iterator for the usual empty list
            String value = values.get(i);
            try {
                byte[] nonce = DECODER.decode(value);
                if (nonce.length == NONCE_BYTES) {
                    return nonce;
                }
            } catch (IllegalArgumentException e) {
                // not ours or damaged: try the next one, or issue a new one
            }
        }
        return null;
    }

    /** The token of {@code nonce}, bound to {@code sessionId} unless that is {@code null}. */
    byte[] sign(byte[] nonce, String sessionId) {
        try {
            // Mac is not thread-safe; a clone skips the provider lookup of Mac.getInstance.
            Mac mac = (Mac) prototype.clone();
            mac.update(nonce);
            if (sessionId != null) {
                // The nonce has a fixed length, so nonce and id cannot be shifted into each other.
                mac.update(sessionId.getBytes(StandardCharsets.UTF_8));
            }
            return mac.doFinal();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("HmacSHA256 of this runtime cannot be cloned", e);
        }
    }

    static void reject(HttpServletResponse response) throws IOException {
        Responses.text(response, HttpServletResponse.SC_FORBIDDEN, "Forbidden: missing or invalid CSRF token.");
    }
}
