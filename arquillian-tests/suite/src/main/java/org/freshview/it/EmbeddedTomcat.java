package org.freshview.it;

import java.util.Map;

/**
 * Embedded Tomcat 11 on 127.0.0.1:8180 (each module's arquillian.xml), with Weld servlet as it
 * is (module tomcat-weld names this class as its {@link TargetServer} service), subclassed for
 * OpenWebBeans (module tomcat-owb). Tomcat refuses a broken percent-escape with its own 400 page.
 */
public class EmbeddedTomcat extends EmbeddedServer {

    public EmbeddedTomcat() {
        super(8180, PathDecoding.REFUSED_BY_THE_CONTAINER);
    }

    /** Tomcat refuses encoded slashes and backslashes, raw backslashes, {@code %00} and raw non-ASCII bytes with its own 400 page. */
    @Override
    public Map<SuspiciousPath, Integer> answeredByTheContainer() {
        return Map.of(SuspiciousPath.ENCODED_SLASH, 400, SuspiciousPath.ENCODED_BACKSLASH, 400,
                SuspiciousPath.BACKSLASH, 400, SuspiciousPath.ENCODED_NUL, 400, SuspiciousPath.RAW_NON_ASCII, 400);
    }

    /** Tomcat 11 allows 1000 parameters (maxParameterCount) and throws when a form has more. */
    @Override
    public ParameterLimits parameterLimits() {
        return ParameterLimits.FORM_BY_THE_CONTAINER;
    }

    /** Tomcat's default ErrorReportValve shows the exception's message for a request it refuses itself. */
    @Override
    public boolean ownErrorPageNamesExceptions() {
        return true;
    }
}
