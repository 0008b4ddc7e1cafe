package org.freshview.it.tomee;

import org.freshview.it.FileLoggingServer;

/** TomEE webprofile as the suite sees it: it logs to {@code logs/catalina.log} under {@code tomee.home} and serves on port 8180. */
public class TomEEServer extends FileLoggingServer {

    public TomEEServer() {
        super("tomee.home", "logs/catalina.log", 8180);
    }
}
