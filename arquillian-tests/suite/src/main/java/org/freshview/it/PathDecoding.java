package org.freshview.it;

/**
 * Who answers a request whose path carries a malformed percent-escape ({@code %zz}, a bare
 * {@code %}) or one that is not UTF-8 ({@code %C3%28}). Servers differ here, and a container that
 * refuses the path before any filter runs leaves Freshview nothing to answer; each server module
 * says which case it is through {@link TargetServer#pathDecoding()}.
 */
public enum PathDecoding {

    /** The path reaches the application and Freshview answers 400 with its own short text. */
    BY_THE_APPLICATION,

    /** The container refuses the path with its own 400 page before any filter runs (Tomcat, Jetty). */
    REFUSED_BY_THE_CONTAINER,

    /**
     * GlassFish 7 and Payara 6. An escape that is not UTF-8 is refused by the container with an
     * empty 400. A malformed escape makes the container fail before any filter runs: Grizzly's
     * {@code URLDecoder} throws {@code IllegalArgumentException} (a bare {@code %}:
     * {@code ArrayIndexOutOfBoundsException} in {@code HttpRequestURIDecoder.normalizeBytes}),
     * {@code CoyoteAdapter.postParseRequest} only turns {@code CharConversionException} into a 400,
     * and the server logs {@code AS-WEB-CORE-00037} ("An exception or error occurred in the container
     * during the request processing") and sends an empty 200. The suite asserts
     * exactly that, so a server that fixes it fails the test and this case can go.
     */
    GRIZZLY_FAILS_ON_MALFORMED_ESCAPES;

    /**
     * The log entry GlassFish and Payara write when their request processing fails: the text of
     * message {@code AS-WEB-CORE-00037}, as the test domains' plain file handler writes it (it
     * writes a message's text, not its id).
     */
    public static final String GLASSFISH_CONTAINER_ERROR =
            "An exception or error occurred in the container during the request processing";
}
