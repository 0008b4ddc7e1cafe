package org.freshview.internal.web;

import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.freshview.internal.cdi.ViewBean;
import org.freshview.internal.diagnostics.DeploymentProblems;
import org.freshview.internal.routing.RouteMatch;
import org.freshview.internal.routing.RouteSpec;
import org.freshview.internal.routing.Router;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The route table of one application, from a request path to the view that handles it. */
public final class Dispatcher {

    private final Router<ViewEndpoint> routes;

    private Dispatcher(Router<ViewEndpoint> routes) {
        this.routes = routes;
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
            routes.add(new RouteSpec<>(view.template(), view.javaClass().getName(), Map.of(), Set.of("GET"), endpoint));
        }
        return new Dispatcher(routes.build());
    }

    /** Handles the request if a view matches it and returns whether it did. */
    boolean dispatch(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        RouteMatch<ViewEndpoint> match = routes.match(request.getMethod(), pathInApplication(request));
        if (match == null) {
            return false;
        }
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
