package org.freshview.it.wildfly;

import org.freshview.it.FileLoggingServer;
import org.freshview.it.ParameterLimits;

/** WildFly as the suite sees it: it logs to {@code standalone/log/server.log} under {@code jboss.home} and serves on port 8080. */
public class WildFlyServer extends FileLoggingServer {

    public WildFlyServer() {
        super("jboss.home", "standalone/log/server.log", 8080);
    }

    /** Undertow allows 1000 parameters (max-parameters) in the query string and in a form. */
    @Override
    public ParameterLimits parameterLimits() {
        return ParameterLimits.QUERY_AND_FORM_BY_THE_CONTAINER;
    }
}
