package org.freshview.it.liberty;

import org.freshview.it.FileLoggingServer;
import org.freshview.it.SuspiciousPath;

import java.util.Map;

/** Open Liberty (with the restfulWS feature) as the suite sees it: it logs to {@code usr/servers/freshview/logs/messages.log} under {@code liberty.home} and serves on port 9080. */
public class LibertyServer extends FileLoggingServer {

    public LibertyServer() {
        super("liberty.home", "usr/servers/freshview/logs/messages.log", 9080);
    }

    /** To be measured. */
    @Override
    public Map<SuspiciousPath, Integer> answeredByTheContainer() {
        return Map.of();
    }
}
