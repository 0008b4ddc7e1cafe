package org.freshview.it;

import java.net.URI;
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
     * Whether an exception from a ServletContainerInitializer stops the application from starting.
     * Open Liberty started the application anyway in our run (it logs the failure).
     */
    default boolean initializerFailureStopsStart() {
        return true;
    }

    /** Whether the server runs Jakarta REST resources (a full Jakarta EE server does, Tomcat does not). */
    boolean hasJakartaRest();

    /** Who answers a request path with a malformed or non-UTF-8 percent-escape. */
    default PathDecoding pathDecoding() {
        return PathDecoding.BY_THE_APPLICATION;
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
