package org.freshview.it.jetty;

import org.freshview.it.EmbeddedServer;
import org.freshview.it.ParameterLimits;
import org.freshview.it.PathDecoding;

/** Embedded Jetty + Weld on 127.0.0.1:8180 (arquillian.xml); it refuses a broken percent-escape with its own 400 page. */
public class JettyServer extends EmbeddedServer {

    public JettyServer() {
        super(8180, PathDecoding.REFUSED_BY_THE_CONTAINER);
    }

    /** Jetty allows 1000 form keys (maxFormKeys) and throws when a form has more. */
    @Override
    public ParameterLimits parameterLimits() {
        return ParameterLimits.FORM_BY_THE_CONTAINER;
    }
}
