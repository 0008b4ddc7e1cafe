package org.freshview.it.wildfly;

import org.freshview.it.FileLoggingServer;
import org.freshview.it.ParameterLimits;
import org.freshview.it.SuspiciousPath;

import java.util.Map;

/** WildFly as the suite sees it: it logs to {@code standalone/log/server.log} under {@code jboss.home} and serves on port 8080. */
public class WildFlyServer extends FileLoggingServer {

    public WildFlyServer() {
        super("jboss.home", "standalone/log/server.log", 8080);
    }

    /** JBoss Log Manager writes System.Logger's own names, {@code WARNING} shortened to {@code WARN}. */
    @Override
    public String levelInLog(System.Logger.Level level) {
        return switch (level) {
            case ERROR -> "ERROR";
            case WARNING -> "WARN";
            case INFO -> "INFO";
            default -> "DEBUG";
        };
    }

    /** Undertow refuses raw backslashes and raw non-ASCII bytes with an empty 400. */
    @Override
    public Map<SuspiciousPath, Integer> answeredByTheContainer() {
        return Map.of(SuspiciousPath.BACKSLASH, 400, SuspiciousPath.RAW_NON_ASCII, 400);
    }

    /** Undertow allows 1000 parameters (max-parameters) in the query string and in a form. */
    @Override
    public ParameterLimits parameterLimits() {
        return ParameterLimits.QUERY_AND_FORM_BY_THE_CONTAINER;
    }
}
