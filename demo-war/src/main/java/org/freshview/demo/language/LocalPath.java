package org.freshview.demo.language;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import java.util.regex.Pattern;

/**
 * A path inside this application that the language switch may send the user back to. The
 * {@code back} parameter comes from the link, so anyone can write it: only a plain path is
 * taken, never a URL that a browser would read as another site ({@code //evil.example},
 * {@code /\evil.example}, {@code https://...}), nor one with a line break that would split the
 * {@code Location} header.
 */
public final class LocalPath {

    /** Where a missing or refused {@code back} leads: the list of applications. */
    public static final String START = "/forms";

    static final int MAX_LENGTH = 200;

    /** A slash, not a second one, then the characters of the demo's paths (its keys are base64url). */
    private static final Pattern LOCAL = Pattern.compile("/(?![/\\\\])[A-Za-z0-9._~/-]*");

    private LocalPath() {
    }

    /** The path if it is a local one, else {@link #START}. */
    public static String orStart(String back) {
        return back != null && back.length() <= MAX_LENGTH && LOCAL.matcher(back).matches() ? back : START;
    }

    /**
     * The path of the page being rendered, inside the application, for the switch's {@code back}:
     * the path the browser asked for, also when Freshview forwarded to a JSP or the container
     * to an error page.
     */
    public static String of(HttpServletRequest request) {
        Object original = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        if (original == null) {
            original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        }
        String uri = original != null ? original.toString() : request.getRequestURI();
        String context = request.getContextPath();
        return orStart(uri.startsWith(context) ? uri.substring(context.length()) : uri);
    }
}
