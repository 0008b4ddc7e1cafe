package org.freshview.internal.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.freshview.Result;
import org.freshview.Routes;

import java.io.IOException;
import java.util.Locale;

/** Writes what a handler returned. */
final class ResultWriter {

    private static final System.Logger LOG = System.getLogger(ResultWriter.class.getName());

    private ResultWriter() {
    }

    static void write(Object result, Exchange exchange, Object view, String viewName, Routes routes)
            throws IOException, ServletException, BadRequest {
        HttpServletRequest request = exchange.request;
        HttpServletResponse response = exchange.response;
        if (result instanceof CharSequence text) {
            Responses.text(response, 200, text.toString());
        } else if (result instanceof Result.Text text) {
            Responses.text(response, text.statusCode(), text.body());
        } else if (result instanceof Result.Render render) {
            request.setAttribute("view", view);
            if (viewName != null) {
                request.setAttribute(viewName, view);
            }
            RequestDispatcher target = request.getRequestDispatcher(render.path());
            if (target == null) {
                throw new IllegalStateException("No servlet serves " + render.path());
            }
            target.forward(request, response);
        } else if (result instanceof Result.Redirect redirect) {
            String location = redirectLocation(request, redirect.location(), redirect.toOtherHost());
            sendRedirect(request, response, location, redirect.statusCode());
        } else if (result instanceof Result.Status status) {
            if (status.code() >= 400) {
                response.sendError(status.code());
            } else {
                response.setStatus(status.code());
            }
        } else if (result instanceof Result.RedirectToView redirect) {
            // An IllegalArgumentException here (wrong values for the template) is the view's bug: a 500.
            String uri = routes.uri(redirect.view(), redirect.values().toArray());
            sendRedirect(request, response, request.getContextPath() + uri, redirect.statusCode());
        } else {
            throw new IllegalStateException("The handler returned null instead of a Result.");
        }
    }

    static void sendRedirect(HttpServletRequest request, HttpServletResponse response, String location,
                             int status) {
        response.setStatus(status != 0 ? status : defaultRedirectStatus(request.getMethod()));
        response.setHeader("Location", location);
        response.setContentLength(0);
    }

    /** 303 tells the browser to follow with a GET after a form post; 302 keeps the usual meaning otherwise. */
    private static int defaultRedirectStatus(String method) {
        return switch (method) {
            case "POST", "PUT", "PATCH", "DELETE" -> 303;
            default -> 302;
        };
    }

    /**
     * The Location to send, or a 400 for a URI that could split the response or send the
     * user to another site. Browsers read {@code \} as {@code /} and {@code http:host} as
     * {@code http://host}, so both are treated the way a browser would.
     */
    static String redirectLocation(HttpServletRequest request, String uri, boolean toOtherHost)
            throws BadRequest {
        for (int i = 0; i < uri.length(); i++) {
            char c = uri.charAt(i);
            if (c <= 0x20 || c == 0x7f) {
                refuse(request, uri, "it holds a control character or a space");
            }
        }
        String seen = uri.replace('\\', '/');
        if (seen.startsWith("/") && !seen.startsWith("//")) {
            return request.getContextPath() + uri;
        }
        if (toOtherHost) {
            return uri;
        }
        String authority;
        if (seen.startsWith("//")) {
            authority = seen.substring(2);
        } else {
            int colon = schemeEnd(seen);
            if (colon < 0) {
                return uri; // relative to the current path: same host
            }
            String scheme = seen.substring(0, colon).toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                refuse(request, uri, "its scheme is not http or https");
            }
            authority = seen.substring(colon + 1).replaceFirst("^/*", "");
        }
        String host = host(authority);
        if (!host.equalsIgnoreCase(request.getServerName())) {
            refuse(request, uri, "it names another host");
        }
        return uri;
    }

    private static int schemeEnd(String uri) {
        for (int i = 0; i < uri.length(); i++) {
            char c = uri.charAt(i);
            if (c == ':') {
                return i == 0 ? -1 : i;
            }
            boolean schemeChar = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
                    || (i > 0 && ((c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.'));
            if (!schemeChar) {
                return -1;
            }
        }
        return -1;
    }

    private static String host(String authority) {
        int end = authority.length();
        for (int i = 0; i < authority.length(); i++) {
            char c = authority.charAt(i);
            if (c == '/' || c == '?' || c == '#') {
                end = i;
                break;
            }
        }
        String hostPort = authority.substring(0, end);
        hostPort = hostPort.substring(hostPort.lastIndexOf('@') + 1);
        if (hostPort.startsWith("[")) {
            int close = hostPort.indexOf(']');
            return close < 0 ? hostPort : hostPort.substring(1, close);
        }
        int colon = hostPort.indexOf(':');
        return colon < 0 ? hostPort : hostPort.substring(0, colon);
    }

    private static void refuse(HttpServletRequest request, String uri, String reason) throws BadRequest {
        LOG.log(System.Logger.Level.WARNING, "Freshview refused a redirect from {0} {1} because {2}: {3}",
                request.getMethod(), request.getRequestURI(), reason, printable(uri));
        throw new BadRequest("Bad request: refused to redirect to that address.");
    }

    private static String printable(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < Math.min(text.length(), 200); i++) {
            char c = text.charAt(i);
            out.append(c < 0x20 || c == 0x7f ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return out.toString();
    }
}
