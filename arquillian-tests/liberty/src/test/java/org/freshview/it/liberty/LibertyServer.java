package org.freshview.it.liberty;

import org.freshview.it.FileLoggingServer;

/** Open Liberty (with the restfulWS feature) as the suite sees it: it logs to {@code usr/servers/freshview/logs/messages.log} under {@code liberty.home} and serves on port 9080. */
public class LibertyServer extends FileLoggingServer {

    public LibertyServer() {
        super("liberty.home", "usr/servers/freshview/logs/messages.log", 9080);
    }

    /** Measured on 25.0.0.10 with the default httpDispatcher: {@code X-Forwarded-Proto: https} makes {@code isSecure()} true. */
    @Override
    public boolean trustsForwardedProto() {
        return true;
    }
}
