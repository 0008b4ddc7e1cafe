package org.freshview.internal.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.freshview.CsrfToken;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

/**
 * Stateless CSRF protection by signed double submit. The browser holds a random nonce in an
 * HttpOnly cookie; the page holds {@code HMAC(key, nonce)}. An unsafe request must send that
 * token back as the {@code _csrf} form field or the {@code X-CSRF-Token} header. Another site
 * can make the browser send the cookie but can neither read it nor sign it, so it cannot
 * produce the token. Nothing is stored on the server: any instance that shares the key checks
 * any token.
 */
final class CsrfProtection {

    static final String FIELD = "_csrf";
    static final String HEADER = "X-CSRF-Token";
    static final String ATTRIBUTE = "csrf";
    /** Over HTTPS the {@code __Host-} prefix stops a sibling subdomain from planting its own cookie. */
    static final String SECURE_COOKIE = "__Host-freshview-csrf";
    static final String COOKIE = "freshview-csrf";

    private static final int NONCE_BYTES = 32;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final Mac prototype;
    private final SecureRandom random = new SecureRandom();

    CsrfProtection(byte[] key) {
        try {
            prototype = Mac.getInstance("HmacSHA256");
            prototype.init(new SecretKeySpec(key, "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    static CsrfProtection withKey(String key) {
        return new CsrfProtection(key.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Makes this request's token available as the request attribute {@code csrf}, setting the
     * cookie first if the browser has none.
     */
    void issue(Exchange exchange) {
        byte[] nonce = nonce(exchange);
        if (nonce == null) {
            nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cookie cookie = new Cookie(cookieName(exchange.request), ENCODER.encodeToString(nonce));
            cookie.setPath("/");
            cookie.setHttpOnly(true);
            cookie.setSecure(exchange.request.isSecure());
            cookie.setAttribute("SameSite", "Lax");
            exchange.response.addCookie(cookie);
        }
        exchange.request.setAttribute(ATTRIBUTE, new CsrfToken(FIELD, HEADER, ENCODER.encodeToString(sign(nonce))));
    }

    /** Whether the request carries the token that matches its cookie. */
    boolean verify(Exchange exchange) throws BadRequest {
        byte[] nonce = nonce(exchange);
        if (nonce == null) {
            return false;
        }
        String token = exchange.request.getHeader(HEADER);
        if (token == null) {
            List<String> field = exchange.form(FIELD);
            token = field.isEmpty() ? null : field.get(0);
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
        return MessageDigest.isEqual(sign(nonce), given);
    }

    private static String cookieName(HttpServletRequest request) {
        return request.isSecure() ? SECURE_COOKIE : COOKIE;
    }

    /** The nonce from the request's cookie, or {@code null} if it has none of the right form. */
    private static byte[] nonce(Exchange exchange) {
        List<String> values = exchange.cookies(cookieName(exchange.request));
        for (String value : values) {
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

    private byte[] sign(byte[] nonce) {
        try {
            // Mac is not thread-safe; a clone skips the provider lookup of Mac.getInstance.
            Mac mac = (Mac) prototype.clone();
            return mac.doFinal(nonce);
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("HmacSHA256 of this runtime cannot be cloned", e);
        }
    }

    static void reject(HttpServletResponse response) throws IOException {
        Responses.text(response, HttpServletResponse.SC_FORBIDDEN, "Forbidden: missing or invalid CSRF token.");
    }
}
