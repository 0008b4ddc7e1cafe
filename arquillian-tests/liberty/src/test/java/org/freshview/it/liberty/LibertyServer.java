package org.freshview.it.liberty;

import org.freshview.it.ContainerFailure;
import org.freshview.it.FileLoggingServer;
import org.freshview.it.SuspiciousPath;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** Open Liberty (with the restfulWS feature) as the suite sees it: it logs to {@code usr/servers/freshview/logs/messages.log} under {@code liberty.home} and serves on port 9080. */
public class LibertyServer extends FileLoggingServer {

    public LibertyServer() {
        super("liberty.home", "usr/servers/freshview/logs/messages.log", 9080);
    }

    /** messages.log marks an entry's level with one letter between spaces: {@code E}, {@code W}, {@code I}. */
    @Override
    public String levelInLog(System.Logger.Level level) {
        return switch (level) {
            case ERROR -> " E ";
            case WARNING -> " W ";
            case INFO -> " I ";
            default -> " 1 ";
        };
    }

    /** Measured on 25.0.0.10 with the default httpDispatcher: {@code X-Forwarded-Proto: https} makes {@code isSecure()} true. */
    @Override
    public boolean trustsForwardedProto() {
        return true;
    }

    /**
     * Liberty refuses encoded separators and dot segments, backslashes and escaped control
     * characters with a 400, and finds no application for a context path with a parameter (404).
     */
    @Override
    public Map<SuspiciousPath, Integer> answeredByTheContainer() {
        return Map.of(SuspiciousPath.ENCODED_SLASH, 400, SuspiciousPath.ENCODED_BACKSLASH, 400,
                SuspiciousPath.BACKSLASH, 400, SuspiciousPath.ENCODED_DOT_SEGMENT, 400,
                SuspiciousPath.DOT_SEGMENT_WITH_PARAMETER, 400, SuspiciousPath.ENCODED_NUL, 400,
                SuspiciousPath.ENCODED_CONTROL, 400, SuspiciousPath.CONTEXT_PATH_PARAMETER, 404);
    }

    /** Liberty reads raw non-ASCII bytes of the path as ISO-8859-1. */
    @Override
    public Charset rawPathCharset() {
        return StandardCharsets.ISO_8859_1;
    }

    /**
     * Seen in AdversarialCorpusIT on 25.0.0.10: a POST whose Content-Length promises more than it
     * sends waits longer than the corpus's 30 s read timeout; requests that reach no application
     * ({@code /ctx;x=1/...}, {@code //host/}, {@code OPTIONS *}) get Liberty's own HTML 404 page,
     * which carries script; a backslash path under {@code /files/} whose {@code ..} segments climb
     * above the application's root gets a 500 (see {@link #corpusCasesFailedByTheContainer()}).
     */
    @Override
    public Map<String, Integer> corpusCasesAnsweredByTheContainer() {
        return Map.of("form-short-body", 0, "path-param-context", 404, "double-slash-host", 404,
                "method-options-star", 404, "encoded-backslash", 500, "raw-backslash", 500);
    }

    /**
     * {@code /files/..%5C..%5CWEB-INF%5Cbeans.xml} and {@code /files/..\..\WEB-INF\beans.xml}: Liberty
     * fails on them before any filter runs, with the {@code appSecurity} feature that the test
     * server has for SecurityConstraintIT. {@code WebAppFilterManager.invokeFilters} (line 1222)
     * runs the security collaborator first: {@code WebAppSecurityCollaboratorImpl.performSecurityChecks}
     * asks {@code URLHandler.getServletURI}, which passes the decoded servlet path and path info to
     * {@code com.ibm.ws.util.WSUtil.resolveURI}; that reads {@code \} as {@code /} and throws
     * {@code IllegalArgumentException("Non-valid URI.")} (WSUtil.java:135) for a {@code ..} with no
     * segment left to remove ({@code /files/../../WEB-INF/beans.xml}). {@code WebApp.handleRequest}
     * logs it (SRVE0315E) and its {@code handleException} sends a 500, with the test server's
     * {@code displaytextwhennoerrorpagedefined} text as the body. A backslash path that stays
     * inside the root ({@code /echo/a\..\b}, RoutingIT) passes that check and gets the 400 of
     * {@code RequestUtils.verifyEncodedCharacter}, which {@code invokeFilters} calls after the
     * collaborator (line 1247); so do these two without
     * {@code appSecurity}, or with {@code <webContainer set400SCOnTooManyParentDirs="true"/>},
     * whose description says servlet-6.0 has it by default (measured: it does not). Reproduced with
     * a WAR without Freshview or any filter.
     */
    @Override
    public Map<String, ContainerFailure> corpusCasesFailedByTheContainer() {
        ContainerFailure nonValidUri = new ContainerFailure("Not Found\n", List.of(
                "SRVE0315E: An exception occurred: java.lang.Throwable: java.lang.IllegalArgumentException: Non-valid URI.",
                "at com.ibm.ws.util.WSUtil.resolveURI(",
                "at com.ibm.ws.webcontainer.security.internal.URLHandler.getServletURI(",
                "at com.ibm.ws.webcontainer.filter.WebAppFilterManager.invokeFilters("));
        return Map.of("encoded-backslash", nonValidUri, "raw-backslash", nonValidUri);
    }
}
