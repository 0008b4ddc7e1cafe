package org.freshview.it.glassfish;

import org.freshview.it.FileLoggingServer;
import org.freshview.it.PathDecoding;

/**
 * GlassFish as the suite sees it: it serves on port 8080 and logs to
 * {@code glassfish/domains/domain1/logs/freshview-suite.log} under {@code glassfish.home}, the
 * synchronous file the test domain's logging.properties adds (GlassFish's own queued server.log
 * handler sometimes wrote nothing for a whole run; see that file).
 */
public class GlassFishServer extends FileLoggingServer {

    public GlassFishServer() {
        super("glassfish.home", "glassfish/domains/domain1/logs/freshview-suite.log", 8080);
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
}
