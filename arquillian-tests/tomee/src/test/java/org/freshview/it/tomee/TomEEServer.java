package org.freshview.it.tomee;

import org.freshview.it.FileLoggingServer;
import org.freshview.it.SuspiciousPath;

import java.util.Map;

/** TomEE webprofile as the suite sees it: it logs to {@code logs/catalina.log} under {@code tomee.home} and serves on port 8180. */
public class TomEEServer extends FileLoggingServer {

    public TomEEServer() {
        super("tomee.home", "logs/catalina.log", 8180);
    }

    /** Tomcat refuses encoded slashes and backslashes, raw backslashes, {@code %00} and raw non-ASCII bytes with its own 400 page. */
    @Override
    public Map<SuspiciousPath, Integer> answeredByTheContainer() {
        return Map.of(SuspiciousPath.ENCODED_SLASH, 400, SuspiciousPath.ENCODED_BACKSLASH, 400,
                SuspiciousPath.BACKSLASH, 400, SuspiciousPath.ENCODED_NUL, 400, SuspiciousPath.RAW_NON_ASCII, 400);
    }

    /**
     * TomEE 9 is Jakarta EE 9.1: its JSTL ({@code lib/taglibs-shade-9.0.0.jar}) declares
     * {@code http://java.sun.com/jsp/jstl/core} in {@code META-INF/c.tld}, not JSTL 3.0's
     * {@code jakarta.tags.core}, which Jasper then cannot find ("Unable to find taglib [c]"). The
     * WAR brings JSTL 3.0 under jar names TomEE scans (see {@code Deployments.withTemplateEngines}).
     */
    @Override
    public boolean providesJstl() {
        return false;
    }

    /** Tomcat's default ErrorReportValve shows the exception's message for a request it refuses itself. */
    @Override
    public boolean ownErrorPageNamesExceptions() {
        return true;
    }
}
