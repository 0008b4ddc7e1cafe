package org.freshview.it;

/**
 * Kinds of request paths that a container may answer itself, before any filter of the application
 * runs (Servlet 6.0, section 3.5.2, lets it refuse them). Each server module says which it answers
 * and with what status through {@link TargetServer#answeredByTheContainer()}; a path of any other
 * kind reaches the application, where the suite asserts what Freshview does with it.
 */
public enum SuspiciousPath {

    /** {@code %2F} in a segment: {@code /echo/a%2Fb}. */
    ENCODED_SLASH,

    /** {@code %5C} in a segment: {@code /admin%5Cx}. */
    ENCODED_BACKSLASH,

    /** A raw backslash: {@code /echo/a\..\b}. */
    BACKSLASH,

    /** {@code %00} in a segment. */
    ENCODED_NUL,

    /** Another escaped control character in a segment: {@code %0A}, {@code %09}. */
    ENCODED_CONTROL,

    /** Raw bytes above 0x7F in the request line (UTF-8 sent unescaped: {@code /echo/café}). */
    RAW_NON_ASCII,

    /** A {@code .} or {@code ..} segment spelled with escapes: {@code /x/%2e%2e/admin}. */
    ENCODED_DOT_SEGMENT,

    /** A {@code ..} segment with a path parameter: {@code /echo/x/..;x}. */
    DOT_SEGMENT_WITH_PARAMETER,

    /** An empty segment: {@code //admin/x}, {@code /admin//x}. */
    EMPTY_SEGMENT,

    /** A path parameter on the context path: {@code /app;x/echo/k}. */
    CONTEXT_PATH_PARAMETER
}
