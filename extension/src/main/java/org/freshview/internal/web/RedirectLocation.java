package org.freshview.internal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A checked {@code Location} header value: the only way Freshview writes one (handler
 * redirects, redirects to a view, the trailing-slash 308).
 *
 * <p>Every character above 0x7E is first percent-encoded as UTF-8, and the checks run on that
 * encoded text, which is what goes out. Checking first and encoding later is not enough: Undertow
 * writes each header character as its low byte, so {@code \u012F} leaves as {@code /} and
 * {@code \u0123} as {@code #} after any check on the text (PLATFORM.md). Then a location holding a
 * control character or a space is refused, and so is one that leaves the request's host (or, for
 * a path of the application, the application), read the way a browser reads it: {@code \} as
 * {@code /} and {@code http:host} as {@code http://host}.
 */
final class RedirectLocation {

    private static final System.Logger LOG = System.getLogger(RedirectLocation.class.getName());

    static final String REFUSED = "Bad request: refused to redirect to that address.";

    private final String value;

    private RedirectLocation(String value) {
        this.value = value;
    }

    /**
     * The location of {@code Result.redirect(uri)}: a path starting with {@code /} is relative to
     * the application, an absolute URI must name the request's host unless {@code toOtherHost}.
     *
     * @throws RequestRefused if the URI could split the response or send the user elsewhere
     */
    static RedirectLocation of(HttpServletRequest request, String uri, boolean toOtherHost) throws RequestRefused {
        String encoded = encoded(request, uri);
        String seen = encoded.replace('\\', '/');
        if (seen.startsWith("/") && !seen.startsWith("//")) {
            return inApplication(request, uri, encoded);
        }
        if (toOtherHost) {
            return new RedirectLocation(encoded);
        }
        String authority;
        if (seen.startsWith("//")) {
            authority = seen.substring(2);
        } else {
            int colon = schemeEnd(seen);
            if (colon < 0) {
                return new RedirectLocation(encoded); // relative to the current path: same host
            }
            String scheme = seen.substring(0, colon).toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                throw refuse(request, uri, "its scheme is not http or https");
            }
            authority = seen.substring(colon + 1).replaceFirst("^/*", "");
        }
        if (!host(authority).equalsIgnoreCase(request.getServerName())) {
            throw refuse(request, uri, "it names another host");
        }
        return new RedirectLocation(encoded);
    }

    /**
     * The location of a path of the application, {@code path} starting with {@code /} and perhaps
     * followed by a query: a redirect to a view, the trailing-slash redirect.
     *
     * @throws RequestRefused if the location could split the response or, with the context path
     *                    before it, starts with {@code //} or {@code /\} (another host, to a browser)
     */
    static RedirectLocation inApplication(HttpServletRequest request, String path) throws RequestRefused {
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("Not a path of the application: " + path);
        }
        return inApplication(request, path, encoded(request, path));
    }

    private static RedirectLocation inApplication(HttpServletRequest request, String path, String encoded)
            throws RequestRefused {
        String location = request.getContextPath() + encoded;
        if (location.startsWith("//") || location.startsWith("/\\")) {
            throw refuse(request, path, "it leaves the application: a browser reads //host or /\\host as another host");
        }
        return new RedirectLocation(location);
    }

    /** The header value: ASCII, no control character, no space. */
    String value() {
        return value;
    }

    /** Sends the redirect: this status, this location, no body. */
    void send(HttpServletResponse response, int status) {
        response.setStatus(status);
        response.setHeader("Location", value);
        response.setContentLength(0);
    }

    /**
     * The URI with every character above 0x7E, and the ASCII characters a URI may not hold
     * ({@code " < > ^ ` { | }}), percent-encoded as UTF-8, refused if it holds a control
     * character, a space or half a surrogate pair. {@code \\} is left for the checks, which read
     * it as a browser does.
     */
    static String encoded(HttpServletRequest request, String uri) throws RequestRefused {
        StringBuilder out = null;
        for (int i = 0; i < uri.length(); i++) {
            char c = uri.charAt(i);
            if (c <= 0x20 || c == 0x7f) {
                throw refuse(request, uri, "it holds a control character or a space");
            }
            if (c < 0x7f && NOT_IN_A_URI.indexOf(c) < 0) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            if (out == null) {
                out = new StringBuilder(uri.length() + 16).append(uri, 0, i);
            }
            int codePoint = uri.codePointAt(i);
            if (Character.getType(codePoint) == Character.SURROGATE) {
                throw refuse(request, uri, "it holds half a surrogate pair, which is no character");
            }
            byte[] bytes = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8);
            for (byte b : bytes) {
                out.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
            }
            i += Character.charCount(codePoint) - 1;
        }
        return out == null ? uri : out.toString();
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    /** ASCII characters RFC 3986 does not allow in a URI, other than space, controls and {@code \\}. */
    private static final String NOT_IN_A_URI = "\"<>^`{|}";

    private static int schemeEnd(String uri) {
        for (int i = 0; i < uri.length(); i++) {
            char c = uri.charAt(i);
            if (c == ':') {
                return i == 0 ? -1 : i;
            }
            boolean schemeChar = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
                    || (i > 0 && ((c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.'));
            if (!schemeChar) {
                return -1;
            }
        }
        return -1;
    }

    private static String host(String authority) {
        int end = authority.length();
        for (int i = 0; i < authority.length(); i++) {
            char c = authority.charAt(i);
            if (c == '/' || c == '?' || c == '#') {
                end = i;
                break;
            }
        }
        String hostPort = authority.substring(0, end);
        hostPort = hostPort.substring(hostPort.lastIndexOf('@') + 1);
        if (hostPort.startsWith("[")) {
            int close = hostPort.indexOf(']');
            return close < 0 ? hostPort : hostPort.substring(1, close);
        }
        int colon = hostPort.indexOf(':');
        return colon < 0 ? hostPort : hostPort.substring(0, colon);
    }

    private static RequestRefused refuse(HttpServletRequest request, String uri, String reason) {
        LOG.log(System.Logger.Level.WARNING, "Freshview refused a redirect from {0} {1} because {2}: {3}",
                request.getMethod(), QuotedText.forLog(request.getRequestURI()), reason, QuotedText.forLog(uri));
        return new RequestRefused(400, REFUSED);
    }
}
