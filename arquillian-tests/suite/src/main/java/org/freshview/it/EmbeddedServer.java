package org.freshview.it;

import java.net.URI;

/**
 * A servlet container Arquillian runs inside the test JVM (Tomcat, Jetty): it logs into this JVM
 * ({@link CapturedLog}), has no Jakarta REST runtime, and serves each WAR under its archive name
 * on one local port. Server modules subclass it with a public no-argument constructor, as their
 * {@link TargetServer} service.
 */
public abstract class EmbeddedServer implements TargetServer {

    private final int port;
    private final PathDecoding pathDecoding;

    /**
     * @param port         the HTTP port on 127.0.0.1 that arquillian.xml gives the container
     * @param pathDecoding who answers a request path with a broken percent-escape there
     */
    protected EmbeddedServer(int port, PathDecoding pathDecoding) {
        this.port = port;
        this.pathDecoding = pathDecoding;
    }

    @Override
    public long logMark() {
        return CapturedLog.get().size();
    }

    @Override
    public String logSince(long mark) {
        return CapturedLog.get().since((int) mark);
    }

    /** Weld servlet on Tomcat and Jetty; OpenWebBeans overrides it. */
    @Override
    public boolean discoversBeansWithoutBeansXml() {
        return false;
    }

    @Override
    public boolean sharesTheTestJvm() {
        return true;
    }

    @Override
    public boolean hasJakartaRest() {
        return false;
    }

    @Override
    public PathDecoding pathDecoding() {
        return pathDecoding;
    }

    @Override
    public URI deploymentUri(String archiveName) {
        return URI.create("http://127.0.0.1:" + port + "/" + archiveName + "/");
    }
}
