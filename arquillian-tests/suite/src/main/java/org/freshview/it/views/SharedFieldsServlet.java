package org.freshview.it.views;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * {@link EchoFieldsView} as a servlet: one instance serves every request, so its fields leak.
 * The negative control that shows the isolation check can see a leak.
 */
@WebServlet("/shared-fields")
public class SharedFieldsServlet extends HttpServlet {

    private String query;
    private String header;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        query = request.getParameter("q");
        header = request.getHeader("X-Value");
        Busy.yieldFor(50_000);
        response.setContentType("text/plain");
        response.getWriter().write("query=" + query + " header=" + header);
    }
}
