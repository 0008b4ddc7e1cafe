package org.freshview.bench;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The negative control: {@link EchoView}'s shape as a servlet, which the container shares between
 * all requests. Its fields leak; a check that reports no leak here cannot see leaks at all.
 */
@WebServlet("/shared/*")
public class SharedFieldServlet extends HttpServlet {

    private String path;
    private String query;
    private String header;
    private String form;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        path = Echo.lastSegment(request);
        query = request.getParameter("q");
        header = request.getHeader("X-Value");
        form = "POST".equals(request.getMethod()) ? request.getParameter("f") : null;
        Echo.work();
        response.setContentType("text/plain; charset=UTF-8");
        response.getOutputStream().write(Echo.body(path, query, header, form).getBytes(StandardCharsets.UTF_8));
    }
}
