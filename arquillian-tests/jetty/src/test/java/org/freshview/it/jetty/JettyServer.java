package org.freshview.it.jetty;

import org.freshview.it.EmbeddedServer;
import org.freshview.it.PathDecoding;
import org.freshview.it.SuspiciousPath;

import java.util.Map;

/** Embedded Jetty + Weld on 127.0.0.1:8180 (arquillian.xml); it refuses a broken percent-escape with its own 400 page. */
public class JettyServer extends EmbeddedServer {

    public JettyServer() {
        super(8180, PathDecoding.REFUSED_BY_THE_CONTAINER);
    }

    /** To be measured. */
    @Override
    public Map<SuspiciousPath, Integer> answeredByTheContainer() {
        return Map.of();
    }
}
