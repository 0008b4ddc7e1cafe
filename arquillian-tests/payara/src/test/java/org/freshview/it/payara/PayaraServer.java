package org.freshview.it.payara;

import org.freshview.it.FileLoggingServer;
import org.freshview.it.PathDecoding;

/**
 * Payara Server as the suite sees it: it serves on port 8080 and logs to
 * {@code glassfish/domains/domain1/logs/freshview-suite.log} under {@code payara.home}, the
 * synchronous file the test domain's logging.properties adds beside the queued server.log.
 */
public class PayaraServer extends FileLoggingServer {

    public PayaraServer() {
        super("payara.home", "glassfish/domains/domain1/logs/freshview-suite.log", 8080);
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
