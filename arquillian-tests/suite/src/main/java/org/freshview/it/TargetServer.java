package org.freshview.it;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * What the suite needs to know about the server it runs on and cannot learn through Arquillian:
 * what the server logged (deployment failures, Freshview's warnings) and where an unmanaged
 * deployment answers. Each server module provides one implementation as a service.
 */
public interface TargetServer {

    /** A position in the server's log; {@link #logSince(long)} returns what was logged after it. */
    long logMark();

    /** Everything the server logged since {@code mark}, exceptions with their causes included. */
    String logSince(long mark);

    /**
     * What the server logged since {@code mark}, as soon as it contains {@code awaited}, or after
     * ten seconds whatever it holds: GlassFish and Payara write their log from a queue, a moment
     * after the event.
     */
    default String logSince(long mark, String awaited) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        String log = logSince(mark);
        while (!log.contains(awaited) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return log;
            }
            log = logSince(mark);
        }
        return log;
    }

    /**
     * The word that marks an entry of {@code level} on its line in {@link #logSince(long)}: by
     * default java.util.logging's name, as the embedded servers, TomEE, GlassFish and Payara
     * write it ({@code ERROR} is {@code SEVERE}).
     */
    default String levelInLog(System.Logger.Level level) {
        return switch (level) {
            case ERROR -> "SEVERE";
            case WARNING -> "WARNING";
            case INFO -> "INFO";
            default -> "FINE";
        };
    }

    /**
     * Whether a DELETE request with a body reliably reaches the application. On GlassFish 7 and
     * Payara 6 (Grizzly) it sometimes does and sometimes gets an empty 400 from the container
     * before any filter runs (seen in consecutive runs of the same build), so the suite cannot
     * assert either there.
     */
    default boolean passesDeleteBodies() {
        return true;
    }

    /**
     * Whether CDI discovers the annotated beans of a WAR without {@code beans.xml} (an implicit
     * bean archive). A full Jakarta EE server does, and so does OpenWebBeans on Tomcat; Weld servlet
     * (Tomcat, Jetty) reads only archives with a {@code beans.xml} (Freshview's jar has one), so there
     * such a WAR has no views and no beans, and the audit reads only what the servlet container serves.
     */
    default boolean discoversBeansWithoutBeansXml() {
        return true;
    }

    /**
     * Whether the server runs in the test's JVM, so that a system property the test sets reaches
     * it (the embedded containers). The others run in their own JVM, started by Arquillian.
     */
    default boolean sharesTheTestJvm() {
        return false;
    }

    /** Whether the server runs Jakarta REST resources (a full Jakarta EE server does, Tomcat does not). */
    boolean hasJakartaRest();

    /**
     * Whether the server gives applications JSTL 3.0, whose tag libraries have the URIs
     * {@code jakarta.tags.*}: a full Jakarta EE 10 server does; Tomcat and Jetty have no JSTL,
     * and TomEE 9 only JSTL 2.0, so there a WAR that uses it brings its own.
     */
    default boolean providesJstl() {
        return hasJakartaRest();
    }

    /** Who answers a request path with a malformed or non-UTF-8 percent-escape. */
    default PathDecoding pathDecoding() {
        return PathDecoding.BY_THE_APPLICATION;
    }

    /**
     * Whether the server itself takes {@code X-Forwarded-Proto: https} from any client as HTTPS
     * ({@code request.isSecure()}) in its default configuration. Freshview's {@code auto} cookie
     * follows {@code isSecure()}, so there the header counts without Freshview trusting it.
     */
    default boolean trustsForwardedProto() {
        return false;
    }

    /**
     * The kinds of suspicious path this server answers itself, before the application sees the
     * request, each with the status it answers.
     */
    Map<SuspiciousPath, Integer> answeredByTheContainer();

    /**
     * Whether the container reads {@code %2F} as a path separator when it maps a request
     * ({@code /admin%2Fx} as {@code /admin/x}), rather than as a character of its segment.
     */
    default boolean decodesEncodedSlash() {
        return false;
    }

    /**
     * Whether the container answers a request for a directory of the WAR without its trailing
     * slash ({@code /shop/corner} where {@code shop/corner/} holds files) with its own redirect to
     * the slash, before any filter sees the request (GlassFish and Payara: 301), rather than
     * passing it to the application.
     */
    default boolean redirectsDirectoriesBeforeFilters() {
        return false;
    }

    /**
     * Whether the container checks security constraints against the path without the context
     * path's parameter ({@code /app;x/admin/x} as {@code /admin/x}) even where it maps the request
     * elsewhere (GlassFish).
     */
    default boolean constrainsContextPathParameterSpellings() {
        return false;
    }

    /**
     * The charset the container reads raw (unescaped) bytes of the request path with, where it
     * lets them through: both its mapping and {@code getRequestURI()} show them so.
     */
    default Charset rawPathCharset() {
        return StandardCharsets.UTF_8;
    }

    /** Who answers a query string or a POSTed form over the default limit of 1000 parameters. */
    default ParameterLimits parameterLimits() {
        return ParameterLimits.BY_FRESHVIEW;
    }

    /**
     * Whether the server's default error page, for a request the container refuses before any
     * application sees it, names the exception (Tomcat's ErrorReportValve shows its message:
     * "java.lang.IllegalArgumentException: Invalid character found in the request target").
     * Freshview cannot change that page; a production server turns it off (docs/views-and-routing.md).
     */
    default boolean ownErrorPageNamesExceptions() {
        return false;
    }

    /** Text that marks the container's own error page, where {@link #ownErrorPageNamesExceptions()}. */
    default String ownErrorPageMark() {
        return "<title>HTTP Status ";
    }

    /**
     * Cases of the adversarial corpus (by id) that this container answers itself with its own
     * page, before any application sees them, each with the status it answers, or 0 for a request
     * it waits on without answering (the corpus does not send those). Freshview never sees these
     * requests; the corpus asserts the status.
     */
    default Map<String, Integer> corpusCasesAnsweredByTheContainer() {
        return Map.of();
    }

    /**
     * Cases of {@link #corpusCasesAnsweredByTheContainer()} that the container answers with a 5xx,
     * the status Freshview's own failure has too, each with what tells the container's answer
     * apart: its exact body and the cause it logs. The corpus asserts both.
     */
    default Map<String, ContainerFailure> corpusCasesFailedByTheContainer() {
        return Map.of();
    }

    /** The base URI of a deployment, ending with a slash. */
    URI deploymentUri(String archiveName);

    /** The implementation of the server module on the test class path. */
    static TargetServer current() {
        return ServiceLoader.load(TargetServer.class).findFirst().orElseThrow(() -> new IllegalStateException(
                "No " + TargetServer.class.getName() + " service on the test class path: each server module"
                        + " must provide one in META-INF/services."));
    }
}
