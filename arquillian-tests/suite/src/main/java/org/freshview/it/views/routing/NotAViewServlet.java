package org.freshview.it.views.routing;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * The application's default servlet: it answers what no view claimed, with the path the
 * container mapped, so a test sees that a request went on to the container and how it read it.
 */
@WebServlet("/")
public class NotAViewServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String pathInfo = request.getPathInfo();
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        response.setContentType("text/plain; charset=UTF-8");
        response.getWriter().write("not a view: " + request.getServletPath() + (pathInfo == null ? "" : pathInfo));
    }
}
