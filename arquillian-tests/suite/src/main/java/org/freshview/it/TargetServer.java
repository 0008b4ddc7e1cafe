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

    /** Whether the server runs Jakarta REST resources (a full Jakarta EE server does, Tomcat does not). */
    boolean hasJakartaRest();

    /** The base URI of a deployment, ending with a slash. */
    URI deploymentUri(String archiveName);

    /** The implementation of the server module on the test class path. */
    static TargetServer current() {
        return ServiceLoader.load(TargetServer.class).findFirst().orElseThrow(() -> new IllegalStateException(
                "No " + TargetServer.class.getName() + " service on the test class path: each server module"
                        + " must provide one in META-INF/services."));
    }
}
