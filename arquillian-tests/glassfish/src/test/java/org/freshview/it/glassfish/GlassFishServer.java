package org.freshview.it.glassfish;

import org.freshview.it.ServerLogFile;
import org.freshview.it.TargetServer;

import java.net.URI;

/** GlassFish as the suite sees it: its log is {@code glassfish/domains/domain1/logs/server.log} under {@code glassfish.home}; it serves on port 8080. */
public class GlassFishServer implements TargetServer {

    private final ServerLogFile log = new ServerLogFile("glassfish.home", "glassfish/domains/domain1/logs/server.log");

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
        return URI.create("http://127.0.0.1:8080/" + archiveName + "/");
    }
}
