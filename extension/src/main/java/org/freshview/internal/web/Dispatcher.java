package org.freshview.internal.web;

import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.freshview.Routes;
import org.freshview.internal.cdi.ViewBean;
import org.freshview.internal.diagnostics.DeploymentProblems;
import org.freshview.internal.routing.MalformedPathException;
import org.freshview.internal.routing.RouteMatch;
import org.freshview.internal.routing.RouteSpec;
import org.freshview.internal.routing.Router;
import org.freshview.internal.routing.TrailingSlash;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The route table of one application, from a request path to the view that handles it. */
public final class Dispatcher {

    /**
     * The request attribute holding the matched template's decoded variable values, a
     * read-only {@code Map<String, String>}: an escape hatch for code that is not a view
     * handler (filters, JSPs).
     */
    public static final String PATH_VALUES = "org.freshview.pathValues";

    private final Router<ViewEndpoint> routes;
    private final TrailingSlash trailingSlash;

    private Dispatcher(Router<ViewEndpoint> routes, TrailingSlash trailingSlash) {
        this.routes = routes;
        this.trailingSlash = trailingSlash;
    }

    /**
     * Resolves every view into an endpoint.
     *
     * @throws DeploymentProblems listing every view that cannot be served
     */
    public static Dispatcher build(List<ViewBean> views, BeanManager beanManager) {
        Router.Builder<ViewEndpoint> routes = Router.builder();
        for (ViewBean view : views) {
            ViewEndpoint endpoint = ViewEndpoint.of(view, beanManager);
            // @View({}) has no template: let the router report it as one that does not start with '/'
            for (String template : view.templates().isEmpty() ? List.of("") : view.templates()) {
                routes.add(new RouteSpec<>(template, view.javaClass().getName(), Map.of(), Set.of("GET"), endpoint,
                        view.view().name()));
            }
        }
        return new Dispatcher(routes.build(), TrailingSlash.REDIRECT);
    }

    /** This dispatcher with another trailing-slash policy (the filter reads it at start-up). */
    Dispatcher withTrailingSlash(TrailingSlash policy) {
        return new Dispatcher(routes, policy);
    }

    /** Reverse routing and the route table, for the injectable {@link Routes} bean. */
    public Routes routeTable() {
        return routes.routes();
    }

    /** Handles the request if a view matches it and returns whether it did. */
    boolean dispatch(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        String path = pathInApplication(request);
        RouteMatch<ViewEndpoint> match;
        try {
            match = routes.match(request.getMethod(), path);
            if (match == null && trailingSlash != TrailingSlash.STRICT && path.length() > 1 && path.endsWith("/")) {
                String trimmed = path.substring(0, path.length() - 1);
                match = routes.match(request.getMethod(), trimmed);
                if (match != null && trailingSlash == TrailingSlash.REDIRECT) {
                    String query = request.getQueryString();
                    response.setStatus(308);
                    response.setHeader("Location", request.getContextPath() + trimmed + (query == null ? "" : "?" + query));
                    return true;
                }
            }
        } catch (MalformedPathException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType("text/plain; charset=UTF-8");
            response.getOutputStream().write(e.getMessage().getBytes(StandardCharsets.UTF_8));
            return true;
        }
        if (match == null) {
            return false;
        }
        request.setAttribute(PATH_VALUES, match.values());
        if (match.target() == null) {
            response.setHeader("Allow", String.join(", ", match.allowedMethods()));
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return true;
        }
        match.target().handle(request, response);
        return true;
    }

    /** The raw, still percent-encoded path after the context path. */
    private static String pathInApplication(HttpServletRequest request) {
        String uri = request.getRequestURI();
        return uri.substring(request.getContextPath().length());
    }
}
