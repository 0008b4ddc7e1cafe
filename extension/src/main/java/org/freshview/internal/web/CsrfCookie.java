package org.freshview.internal.web;

import jakarta.servlet.http.HttpServletRequest;
import org.freshview.internal.diagnostics.Diagnostic;
import org.freshview.internal.settings.Setting;
import org.freshview.internal.settings.SettingMessages;
import org.freshview.internal.settings.SettingValue;
import org.freshview.internal.settings.Settings;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The name and flags of the cookie holding the CSRF nonce. Over HTTPS it is
 * {@code __Host-freshview-csrf} with {@code Secure}: the prefix stops a sibling subdomain from
 * planting its own cookie. Behind a proxy that ends TLS the server sees plain HTTP, so the
 * settings ({@link Settings}, read while CDI boots) say what "over HTTPS" means:
 * <ul>
 *     <li>{@code freshview.csrf.secureCookie}: {@code auto} (default, as the request says),
 *     {@code always} (every response, for an application only reachable over HTTPS) or
 *     {@code never} (the plain name without {@code Secure}, even over HTTPS);</li>
 *     <li>{@code freshview.csrf.trustForwardedProto}: {@code true} makes {@code auto} also take
 *     {@code X-Forwarded-Proto: https} as HTTPS. Only for a server reached solely through a proxy
 *     that sets (or strips) that header; off by default, since any client can send it.</li>
 * </ul>
 * Issuing and checking decide alike, so a request finds the cookie its page was given.
 */
record CsrfCookie(SecureCookie secureCookie, boolean trustForwardedProto) {

    /** Over HTTPS the {@code __Host-} prefix stops a sibling subdomain from planting its own cookie. */
    static final String SECURE_NAME = "__Host-freshview-csrf";
    static final String NAME = "freshview-csrf";
    static final String FORWARDED_PROTO = "X-Forwarded-Proto";

    /** When the cookie is {@code __Host-} and {@code Secure}. */
    enum SecureCookie { AUTO, ALWAYS, NEVER }

    static final CsrfCookie DEFAULT = new CsrfCookie(SecureCookie.AUTO, false);

    /** The settings, or the default with a problem added for a value that is not one of the allowed. */
    static CsrfCookie load(Settings settings, List<Diagnostic> problems) {
        SecureCookie secure = SecureCookie.AUTO;
        Optional<SettingValue> found = settings.find(Setting.CSRF_SECURE_COOKIE);
        if (found.isPresent()) {
            try {
                secure = SecureCookie.valueOf(found.get().text().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(SettingMessages.badSetting(found.get().source(), found.get().text(), "auto, always or never"));
            }
        }
        boolean trust = false;
        found = settings.find(Setting.CSRF_TRUST_FORWARDED_PROTO);
        if (found.isPresent()) {
            String value = found.get().text().strip().toLowerCase(Locale.ROOT);
            if (value.equals("true") || value.equals("false")) {
                trust = value.equals("true");
            } else {
                problems.add(SettingMessages.badSetting(found.get().source(), found.get().text(), "true or false"));
            }
        }
        return new CsrfCookie(secure, trust);
    }

    /** Whether this request's cookie is {@code __Host-} and {@code Secure}. */
    boolean secure(HttpServletRequest request) {
        return switch (secureCookie) {
            case ALWAYS -> true;
            case NEVER -> false;
            case AUTO -> request.isSecure() || trustForwardedProto && forwardedHttps(request);
        };
    }

    String name(HttpServletRequest request) {
        return secure(request) ? SECURE_NAME : NAME;
    }

    /** The {@code Set-Cookie} header value giving the browser {@code value}. */
    String setCookie(HttpServletRequest request, String value) {
        boolean secure = secure(request);
        // Written as a header: Cookie.setAttribute (for SameSite) is Servlet 6, and TomEE 9 is Servlet 5.
        return (secure ? SECURE_NAME : NAME) + "=" + value + "; Path=/; HttpOnly; SameSite=Lax"
                + (secure ? "; Secure" : "");
    }

    /**
     * Whether the first proxy says the client came over HTTPS. A chain of proxies lists one
     * protocol each, the client's first ({@code https, http}).
     */
    private static boolean forwardedHttps(HttpServletRequest request) {
        String header = request.getHeader(FORWARDED_PROTO);
        if (header == null) {
            return false;
        }
        int comma = header.indexOf(',');
        return (comma < 0 ? header : header.substring(0, comma)).strip().equalsIgnoreCase("https");
    }
}
