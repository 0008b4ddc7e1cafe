package org.freshview.demo;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Which server instance answered: the system property {@code demo.instance} if set, else this
 * machine's host name and the port the request came in on ({@code host:8080}). Every page
 * sends it as the header {@value #HEADER} and shows it in its footer, so a user (or a test)
 * behind a load balancer can see that consecutive pages came from different servers.
 */
public final class ServingInstance {

    /** The response header that names the instance. */
    public static final String HEADER = "X-Served-By";

    private static final String HOST = hostName();

    private ServingInstance() {
    }

    /** The instance's name for this request. */
    public static String name(HttpServletRequest request) {
        String configured = System.getProperty("demo.instance");
        return configured != null && !configured.isBlank() ? configured : HOST + ":" + request.getLocalPort();
    }

    /** Sets the header, and returns the name for the page to show. */
    public static String mark(HttpServletRequest request, HttpServletResponse response) {
        String name = name(request);
        response.setHeader(HEADER, name);
        return name;
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
