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
@WebServlet("/shared-fields/*")
public class SharedFieldsServlet extends HttpServlet {

    private String path;
    private String query;
    private String header;
    private String form;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        path = request.getPathInfo();
        query = request.getParameter("q");
        header = request.getHeader("X-Value");
        form = request.getParameter("f");
        Busy.yieldFor(50_000);
        response.setContentType("text/plain");
        response.getWriter().write("path=" + path + " query=" + query + " header=" + header + " form=" + form);
    }
}
