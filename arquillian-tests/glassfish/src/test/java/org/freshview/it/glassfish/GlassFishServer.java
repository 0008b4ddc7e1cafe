package org.freshview.it.glassfish;

import org.freshview.it.FileLoggingServer;
import org.freshview.it.PathDecoding;
import org.freshview.it.SuspiciousPath;

import java.util.Map;

/** GlassFish as the suite sees it: it logs to {@code glassfish/domains/domain1/logs/server.log} under {@code glassfish.home} and serves on port 8080. */
public class GlassFishServer extends FileLoggingServer {

    public GlassFishServer() {
        super("glassfish.home", "glassfish/domains/domain1/logs/server.log", 8080);
    }

    /** Grizzly fails on a malformed escape before any filter runs; see the constant. */
    @Override
    public PathDecoding pathDecoding() {
        return PathDecoding.GRIZZLY_FAILS_ON_MALFORMED_ESCAPES;
    }

    /** To be measured. */
    @Override
    public Map<SuspiciousPath, Integer> answeredByTheContainer() {
        return Map.of();
    }
}
