package org.freshview.it;

import java.util.Map;

/**
 * GlassFish or Payara Server, which share Grizzly in front of GlassFish's web container: they
 * serve on port 8080 and log to {@code glassfish/domains/domain1/logs/freshview-suite.log} under
 * their home, the synchronous file each test domain's logging.properties adds (GlassFish's own
 * queued server.log handler sometimes wrote nothing for a whole run; see that file). What Grizzly
 * does before any filter runs is said here once; a server module subclasses it with what differs.
 */
public abstract class GrizzlyServer extends FileLoggingServer {

    /**
     * @param homeProperty the system property naming the server's directory (set by failsafe)
     */
    protected GrizzlyServer(String homeProperty) {
        super(homeProperty, "glassfish/domains/domain1/logs/freshview-suite.log", 8080);
    }

    /** Grizzly fails on a malformed escape before any filter runs; see the constant. */
    @Override
    public PathDecoding pathDecoding() {
        return PathDecoding.GRIZZLY_FAILS_ON_MALFORMED_ESCAPES;
    }

    /** Grizzly lets a DELETE with a body through in some runs and refuses it with an empty 400 in others. */
    @Override
    public boolean passesDeleteBodies() {
        return false;
    }

    /**
     * Grizzly reads {@code %2F} as a separator; it maps a context path with a parameter to the
     * application's root, where no view answers (404); it refuses {@code %00} and backslashes with a
     * 400; it reads raw non-ASCII bytes as UTF-8 in its mapping but as ISO-8859-1 in
     * {@code getRequestURI()}, so the two disagree and no view answers (404).
     */
    @Override
    public Map<SuspiciousPath, Integer> answeredByTheContainer() {
        return Map.of(SuspiciousPath.CONTEXT_PATH_PARAMETER, 404, SuspiciousPath.ENCODED_NUL, 400,
                SuspiciousPath.ENCODED_BACKSLASH, 400, SuspiciousPath.BACKSLASH, 400, SuspiciousPath.RAW_NON_ASCII, 404);
    }

    @Override
    public boolean redirectsDirectoriesBeforeFilters() {
        return true;
    }

    @Override
    public boolean decodesEncodedSlash() {
        return true;
    }

    /**
     * Grizzly answers a raw tab in the request line with 505 before any application sees it
     * (it reads the tab as the end of the target).
     */
    @Override
    public Map<String, Integer> corpusCasesAnsweredByTheContainer() {
        return Map.of("raw-tab", 505);
    }
}
