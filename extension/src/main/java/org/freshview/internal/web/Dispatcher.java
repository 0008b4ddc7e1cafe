package org.freshview.internal.web;

import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.freshview.internal.cdi.ViewBean;
import org.freshview.internal.routing.RouteTable;

import java.io.IOException;
import java.util.List;

/** The route table of one application, from a request path to the view that handles it. */
public final class Dispatcher {

    private final RouteTable<ViewEndpoint> routes;

    private Dispatcher(RouteTable<ViewEndpoint> routes) {
        this.routes = routes;
    }

    /** Resolves every view into an endpoint; throws if a view cannot be served. */
    public static Dispatcher build(List<ViewBean> views, BeanManager beanManager) {
        RouteTable.Builder<ViewEndpoint> routes = RouteTable.builder();
        for (ViewBean view : views) {
            routes.add(view.template(), ViewEndpoint.of(view, beanManager));
        }
        return new Dispatcher(routes.build());
    }

    /** Handles the request if a view matches it and returns whether it did. */
    boolean dispatch(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        ViewEndpoint endpoint = routes.match(pathInApplication(request));
        if (endpoint == null) {
            return false;
        }
        endpoint.handle(request, response);
        return true;
    }

    /** The raw, still percent-encoded path after the context path. */
    private static String pathInApplication(HttpServletRequest request) {
        String uri = request.getRequestURI();
        return uri.substring(request.getContextPath().length());
    }
}
