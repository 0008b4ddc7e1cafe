package org.freshview.it.glassfish;

import org.freshview.it.FileLoggingServer;

/** GlassFish as the suite sees it: it logs to {@code glassfish/domains/domain1/logs/server.log} under {@code glassfish.home} and serves on port 8080. */
public class GlassFishServer extends FileLoggingServer {

    public GlassFishServer() {
        super("glassfish.home", "glassfish/domains/domain1/logs/server.log", 8080);
    }
}
