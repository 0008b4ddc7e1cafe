package org.freshview.it.payara;

import org.freshview.it.FileLoggingServer;

/** Payara Server as the suite sees it: it logs to {@code glassfish/domains/domain1/logs/server.log} under {@code payara.home} and serves on port 8080. */
public class PayaraServer extends FileLoggingServer {

    public PayaraServer() {
        super("payara.home", "glassfish/domains/domain1/logs/server.log", 8080);
    }
}
