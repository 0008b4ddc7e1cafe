package org.freshview.it.tomee;

import org.freshview.it.ServerLogFile;
import org.freshview.it.TargetServer;

import java.net.URI;

/** TomEE webprofile as the suite sees it: its log is {@code logs/catalina.log} under {@code tomee.home}; it serves on port 8180. */
public class TomEEServer implements TargetServer {

    private final ServerLogFile log = new ServerLogFile("tomee.home", "logs/catalina.log");

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
        return URI.create("http://127.0.0.1:8180/" + archiveName + "/");
    }
}
