package org.freshview.internal.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.freshview.Form;
import org.freshview.Result;
import org.freshview.Routes;

import java.io.IOException;

/** Writes what a handler returned. */
final class ResultWriter {

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
            if (request.getAttribute(Form.ATTRIBUTE) == null) {
                request.setAttribute(Form.ATTRIBUTE, Form.empty()); // a page reads ${form.errors.x} before any POST
            }
            if (viewName != null) {
                request.setAttribute(viewName, view);
            }
            RequestDispatcher target = request.getRequestDispatcher(render.path());
            if (target == null) {
                throw new IllegalStateException("No servlet serves " + render.path());
            }
            target.forward(request, response);
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
