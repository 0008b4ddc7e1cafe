package org.freshview.it.tomcat;

import org.freshview.it.EmbeddedServer;
import org.freshview.it.ParameterLimits;
import org.freshview.it.PathDecoding;

/** Embedded Tomcat + Weld on 127.0.0.1:8180 (arquillian.xml); Tomcat refuses a broken percent-escape with its own 400 page. */
public class TomcatServer extends EmbeddedServer {

    public TomcatServer() {
        super(8180, PathDecoding.REFUSED_BY_THE_CONTAINER);
    }

    /** Tomcat 11 allows 1000 parameters (maxParameterCount) and throws when a form has more. */
    @Override
    public ParameterLimits parameterLimits() {
        return ParameterLimits.FORM_BY_THE_CONTAINER;
    }
}
