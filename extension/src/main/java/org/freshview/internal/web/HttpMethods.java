package org.freshview.internal.web;

import java.util.Set;

/** What RFC 9110 says of a request method, in the one place Freshview asks it. */
final class HttpMethods {

    /** The safe methods (RFC 9110, 9.2.1); every other one, a custom {@code @HttpMethod("MERGE")} too, is unsafe. */
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private HttpMethods() {
    }

    /** Whether {@code method} only asks and changes nothing: no CSRF token needed, and a redirect after it stays a 302. */
    static boolean isSafe(String method) {
        return SAFE.contains(method);
    }
}
