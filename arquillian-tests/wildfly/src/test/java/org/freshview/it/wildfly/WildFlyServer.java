package org.freshview.it.wildfly;

import org.freshview.it.FileLoggingServer;

/** WildFly as the suite sees it: it logs to {@code standalone/log/server.log} under {@code jboss.home} and serves on port 8080. */
public class WildFlyServer extends FileLoggingServer {

    public WildFlyServer() {
        super("jboss.home", "standalone/log/server.log", 8080);
    }
}
