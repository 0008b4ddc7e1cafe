package org.freshview.it.liberty;

import org.freshview.it.FileLoggingServer;
import org.freshview.it.SuspiciousPath;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Open Liberty (with the restfulWS feature) as the suite sees it: it logs to {@code usr/servers/freshview/logs/messages.log} under {@code liberty.home} and serves on port 9080. */
public class LibertyServer extends FileLoggingServer {

    public LibertyServer() {
        super("liberty.home", "usr/servers/freshview/logs/messages.log", 9080);
    }

    /** messages.log marks an entry's level with one letter between spaces: {@code E}, {@code W}, {@code I}. */
    @Override
    public String levelInLog(System.Logger.Level level) {
        return switch (level) {
            case ERROR -> " E ";
            case WARNING -> " W ";
            case INFO -> " I ";
            default -> " 1 ";
        };
    }

    /** Measured on 25.0.0.10 with the default httpDispatcher: {@code X-Forwarded-Proto: https} makes {@code isSecure()} true. */
    @Override
    public boolean trustsForwardedProto() {
        return true;
    }

    /**
     * Liberty refuses encoded separators and dot segments, backslashes and escaped control
     * characters with a 400, and finds no application for a context path with a parameter (404).
     */
    @Override
    public Map<SuspiciousPath, Integer> answeredByTheContainer() {
        return Map.of(SuspiciousPath.ENCODED_SLASH, 400, SuspiciousPath.ENCODED_BACKSLASH, 400,
                SuspiciousPath.BACKSLASH, 400, SuspiciousPath.ENCODED_DOT_SEGMENT, 400,
                SuspiciousPath.DOT_SEGMENT_WITH_PARAMETER, 400, SuspiciousPath.ENCODED_NUL, 400,
                SuspiciousPath.ENCODED_CONTROL, 400, SuspiciousPath.CONTEXT_PATH_PARAMETER, 404);
    }

    /** Liberty reads raw non-ASCII bytes of the path as ISO-8859-1. */
    @Override
    public Charset rawPathCharset() {
        return StandardCharsets.ISO_8859_1;
    }

    /** Liberty started the application although Freshview's initializer threw (seen in TrailingSlashStrictIT). */
    @Override
    public boolean initializerFailureStopsStart() {
        return false;
    }

    /**
     * Seen in AdversarialCorpusIT on 25.0.0.10: a POST whose Content-Length promises more than it
     * sends waits longer than the corpus's 30 s read timeout; requests that reach no application
     * ({@code /ctx;x=1/...}, {@code //host/}, {@code OPTIONS *}) get Liberty's own HTML 404 page,
     * which carries script; a backslash path under {@code /files/} gets a 500 whose body is
     * "Not Found" (not Freshview's plain "Internal Server Error"; not yet traced in Liberty).
     */
    @Override
    public Map<String, Integer> corpusCasesAnsweredByTheContainer() {
        return Map.of("form-short-body", 0, "path-param-context", 404, "double-slash-host", 404,
                "method-options-star", 404, "encoded-backslash", 500, "raw-backslash", 500);
    }
}
