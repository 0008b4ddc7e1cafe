package org.freshview.it.owb;

import org.freshview.it.EmbeddedServer;
import org.freshview.it.ParameterLimits;
import org.freshview.it.PathDecoding;
import org.freshview.it.SuspiciousPath;

import java.util.Map;

/** Embedded Tomcat + OpenWebBeans on 127.0.0.1:8180 (arquillian.xml); Tomcat refuses a broken percent-escape with its own 400 page. */
public class OwbTomcatServer extends EmbeddedServer {

    public OwbTomcatServer() {
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

    /**
     * OpenWebBeans 4.0.3 reads a WAR without {@code beans.xml} as an implicit bean archive
     * ({@code org.apache.webbeans.defaultBeanDiscoveryMode=ALL} only concerns an empty
     * {@code beans.xml}; the scan itself is not limited to archives with one), unlike Weld servlet.
     */
    @Override
    public boolean discoversBeansWithoutBeansXml() {
        return true;
    }
}
