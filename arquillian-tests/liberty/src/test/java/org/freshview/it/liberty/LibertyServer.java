package org.freshview.it.liberty;

import org.freshview.it.ServerLogFile;
import org.freshview.it.TargetServer;

import java.net.URI;

/** Open Liberty (with the restfulWS feature) as the suite sees it: its log is {@code usr/servers/freshview/logs/messages.log} under {@code liberty.home}; it serves on port 9080. */
public class LibertyServer implements TargetServer {

    private final ServerLogFile log = new ServerLogFile("liberty.home", "usr/servers/freshview/logs/messages.log");

    @Override
    public long logMark() {
        return log.mark();
    }

    @Override
    public String logSince(long mark) {
        return log.since(mark);
    }

    @Override
    public boolean hasJakartaRest() {
        return true;
    }

    @Override
    public URI deploymentUri(String archiveName) {
        return URI.create("http://127.0.0.1:9080/" + archiveName + "/");
    }
}
