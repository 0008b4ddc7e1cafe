package org.freshview.it.tomcat;

import org.freshview.it.CapturedLog;
import org.freshview.it.PathDecoding;
import org.freshview.it.TargetServer;

import java.net.URI;

/**
 * Embedded Tomcat as the suite sees it: it logs into this JVM ({@link CapturedLog}), has no
 * Jakarta REST runtime, and listens where arquillian.xml says (127.0.0.1:8180).
 */
public class TomcatServer implements TargetServer {

    @Override
    public long logMark() {
        return CapturedLog.get().size();
    }

    @Override
    public String logSince(long mark) {
        return CapturedLog.get().since((int) mark);
    }

    @Override
    public boolean hasJakartaRest() {
        return false;
    }

    /** Tomcat refuses malformed escapes with its own 400 page before any filter runs. */
    @Override
    public PathDecoding pathDecoding() {
        return PathDecoding.REFUSED_BY_THE_CONTAINER;
    }

    @Override
    public URI deploymentUri(String archiveName) {
        return URI.create("http://127.0.0.1:8180/" + archiveName + "/");
    }
}
