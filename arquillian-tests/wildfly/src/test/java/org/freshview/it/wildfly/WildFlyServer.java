package org.freshview.it.wildfly;

import org.freshview.it.ServerLogFile;
import org.freshview.it.TargetServer;

import java.net.URI;

/** WildFly as the suite sees it: its log is {@code standalone/log/server.log} under {@code jboss.home}; it serves on port 8080. */
public class WildFlyServer implements TargetServer {

    private final ServerLogFile log = new ServerLogFile("jboss.home", "standalone/log/server.log");

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
