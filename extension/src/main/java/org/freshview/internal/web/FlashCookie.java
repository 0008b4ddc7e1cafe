package org.freshview.internal.web;

import jakarta.servlet.http.HttpServletRequest;
import org.freshview.Flash;
import org.freshview.Result;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Carries {@link Flash} messages from a redirect to the next page in a cookie: the messages and
 * when they expire, then an HMAC-SHA256 of those with a key derived from the CSRF key, both in
 * URL-safe Base64 ({@code payload.signature}), so the value needs no quoting and no text of the
 * messages ever reaches a header as such. The cookie is named, flagged and scoped like the CSRF
 * cookie ({@code __Host-} and {@code Secure} over HTTPS, {@code Path=/}), so every application
 * of the host sharing the key reads it.
 */
final class FlashCookie {

    static final String SECURE_NAME = "__Host-freshview-flash";
    static final String NAME = "freshview-flash";
    private static final byte VERSION = 1;
    /** Shorter than the 32-byte CSRF nonce, so no CSRF token is ever the MAC of this label. */
    private static final byte[] KEY_LABEL = "freshview-flash".getBytes(StandardCharsets.US_ASCII);
    /** Room for the largest flash the API lets through, encoded; a longer value is not ours. */
    private static final int MAX_VALUE = 4000;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final Mac prototype;
    private final CsrfCookie cookie;
    private final Clock clock;

    /**
     * @param csrfMac the CSRF key's HMAC: the flash key is its MAC of a label, so one secret
     *                serves both and neither signature can stand in for the other
     */
    FlashCookie(Mac csrfMac, CsrfCookie cookie, Clock clock) {
        this.cookie = cookie;
        this.clock = clock;
        try {
            Mac derive = (Mac) csrfMac.clone();
            byte[] key = derive.doFinal(KEY_LABEL);
            prototype = Mac.getInstance("HmacSHA256");
            prototype.init(new SecretKeySpec(key, "HmacSHA256"));
        } catch (GeneralSecurityException | CloneNotSupportedException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    /**
     * Reads the request's flash cookie into the request attribute {@value Flash#ATTRIBUTE}; one
     * that is not valid is cleared at once and ignored.
     *
     * @return the messages received, or {@code null} if the request brought none
     */
    Flash receive(Exchange exchange) {
        if (exchange.request.getCookies() == null) {
            return null; // the usual first visit: nothing to read, and nothing allocated for it
        }
        Flash received = read(exchange.cookies(name(exchange.request)));
        if (received == null) {
            return null;
        }
        if (received.isEmpty()) {
            exchange.response.addHeader("Set-Cookie", clearCookie(exchange.request));
            return null;
        }
        exchange.request.setAttribute(Flash.ATTRIBUTE, received);
        return received;
    }

    /**
     * Sets the cookie for what the handler returned: a redirect's own messages, or none after a
     * response that showed the received ones. A redirect without messages of its own passes the
     * received ones on to the page it leads to.
     */
    void pass(Exchange exchange, Object result, Flash received) {
        Flash sent = result instanceof Result.Redirect redirect ? redirect.flash()
                : result instanceof Result.RedirectToView redirect ? redirect.flash() : null;
        if (sent != null && !sent.isEmpty()) {
            exchange.response.addHeader("Set-Cookie", setCookie(exchange.request, sent));
        } else if (sent == null && received != null) {
            exchange.response.addHeader("Set-Cookie", clearCookie(exchange.request));
        }
    }

    /** The {@code Set-Cookie} header value that gives the browser these messages. */
    String setCookie(HttpServletRequest request, Flash flash) {
        return header(request, encode(flash), Flash.MAX_AGE_SECONDS);
    }

    /** The {@code Set-Cookie} header value that removes the cookie. */
    String clearCookie(HttpServletRequest request) {
        return header(request, "", 0);
    }

    /**
     * What the request's cookie says.
     *
     * @return {@code null} without a cookie, {@link Flash#EMPTY} for one that is altered,
     * signed with another key or expired, else the messages
     */
    Flash read(List<String> values) {
        if (values.isEmpty()) {
            return null;
        }
        for (String value : values) {
            Flash flash = decode(value);
            if (flash != null) {
                return flash;
            }
        }
        return Flash.EMPTY;
    }

    String name(HttpServletRequest request) {
        return cookie.secure(request) ? SECURE_NAME : NAME;
    }

    private String header(HttpServletRequest request, String value, int maxAge) {
        boolean secure = cookie.secure(request);
        return (secure ? SECURE_NAME : NAME) + "=" + value + "; Max-Age=" + maxAge + "; Path=/; HttpOnly; SameSite=Lax"
                + (secure ? "; Secure" : "");
    }

    String encode(Flash flash) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(VERSION);
            out.writeLong(clock.millis() / 1000 + Flash.MAX_AGE_SECONDS);
            out.writeByte(flash.size());
            for (Map.Entry<String, String> message : flash.entrySet()) {
                writeText(out, message.getKey());
                writeText(out, message.getValue());
            }
        } catch (IOException e) {
            throw new IllegalStateException("A ByteArrayOutputStream does not fail", e);
        }
        byte[] payload = bytes.toByteArray();
        return ENCODER.encodeToString(payload) + "." + ENCODER.encodeToString(sign(payload));
    }

    /** The messages of a cookie value, or {@code null} if it is not one this key signed or it expired. */
    Flash decode(String value) {
        int dot = value.indexOf('.');
        if (dot < 0 || value.length() > MAX_VALUE) {
            return null;
        }
        byte[] payload;
        byte[] signature;
        try {
            payload = DECODER.decode(value.substring(0, dot));
            signature = DECODER.decode(value.substring(dot + 1));
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (!MessageDigest.isEqual(sign(payload), signature)) {
            return null;
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(payload))) {
            if (in.readByte() != VERSION || in.readLong() < clock.millis() / 1000) {
                return null;
            }
            int count = in.readUnsignedByte();
            Map<String, String> messages = new LinkedHashMap<>();
            for (int i = 0; i < count; i++) {
                messages.put(readText(in), readText(in));
            }
            return new Flash(messages);
        } catch (IOException | IllegalArgumentException e) {
            return null; // signed by us, so only a newer format could get here
        }
    }

    private static void writeText(DataOutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeShort(bytes.length);
        out.write(bytes);
    }

    private static String readText(DataInputStream in) throws IOException {
        byte[] bytes = new byte[in.readUnsignedShort()];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private byte[] sign(byte[] payload) {
        try {
            Mac mac = (Mac) prototype.clone();
            return mac.doFinal(payload);
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("HmacSHA256 of this runtime cannot be cloned", e);
        }
    }
}
