package org.freshview.internal.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.freshview.Page;
import org.freshview.Form;
import org.freshview.Result;
import org.freshview.Routes;
import org.freshview.internal.render.Engines;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes what a handler returned. */
final class ResultWriter {

    /** Request attributes a page's model takes when present: set by Freshview for the page, never by the view. */
    private static final List<String> WELL_KNOWN = List.of(Page.CSRF, Page.FORM, Page.FLASH);

    private ResultWriter() {
    }

    static void write(Object result, Exchange exchange, Object view, String viewName, Routes routes, Engines engines)
            throws IOException, ServletException, RequestRefused {
        HttpServletRequest request = exchange.request;
        HttpServletResponse response = exchange.response;
        if (result instanceof CharSequence text) {
            Responses.text(response, 200, text.toString());
        } else if (result instanceof Result.Text text) {
            Responses.text(response, text.statusCode(), text.body());
        } else if (result instanceof Result.Render render) {
            request.setAttribute(Page.VIEW, view);
            if (request.getAttribute(Form.ATTRIBUTE) == null) {
                request.setAttribute(Form.ATTRIBUTE, Form.empty()); // a page reads ${form.errors.x} before any POST
            }
            if (viewName != null) {
                request.setAttribute(viewName, view);
            }
            Engines.Resolution resolution = engines.resolve(render.path());
            if (resolution instanceof Engines.Resolution.Engine engine) {
                engine.engine().render(new Page(render.path(), model(request, view, viewName), request, response));
            } else if (resolution instanceof Engines.Resolution.Forward) {
                RequestDispatcher target = request.getRequestDispatcher(render.path());
                if (target == null) {
                    throw new IllegalStateException("No servlet serves " + render.path());
                }
                target.forward(request, response);
            } else {
                engines.failed(render.path(), view.getClass().getName(), resolution);
                Responses.text(response, 500, "Internal Server Error");
            }
        } else if (result instanceof Result.Redirect redirect) {
            RedirectLocation.of(request, redirect.location(), redirect.toOtherHost())
                    .send(response, redirectStatus(request, redirect.statusCode()));
        } else if (result instanceof Result.Status status) {
            if (status.code() >= 400) {
                response.sendError(status.code());
            } else {
                response.setStatus(status.code());
            }
        } else if (result instanceof Result.RedirectToView redirect) {
            // An IllegalArgumentException here (wrong values for the template) is the view's bug: a 500.
            String uri = routes.uri(redirect.view(), redirect.values().toArray());
            RedirectLocation.inApplication(request, uri).send(response, redirectStatus(request, redirect.statusCode()));
        } else {
            throw new IllegalStateException("The handler returned null instead of a Result.");
        }
    }

    /** What a JSP finds in request scope: the view (under its name too), and the well-known entries set for this request. */
    static Map<String, Object> model(HttpServletRequest request, Object view, String viewName) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put(Page.VIEW, view);
        if (viewName != null) {
            model.put(viewName, view);
        }
        for (String name : WELL_KNOWN) {
            Object value = request.getAttribute(name);
            if (value != null) {
                model.put(name, value);
            }
        }
        return model;
    }

    /**
     * The status chosen, or by default 303 after an unsafe method (a custom one such as MERGE
     * too), which tells the browser to follow with a GET after a form post, and 302, the usual
     * meaning, otherwise.
     */
    static int redirectStatus(HttpServletRequest request, int chosen) {
        if (chosen != 0) {
            return chosen;
        }
        return HttpMethods.isSafe(request.getMethod()) ? 302 : 303;
    }
}
