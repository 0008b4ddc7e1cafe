package org.freshview.bench;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** The baseline: {@link EchoView}'s work and body from a plain servlet, with local variables. */
@WebServlet("/servlet/*")
public class RawServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = Echo.lastSegment(request);
        String query = request.getParameter("q");
        String header = request.getHeader("X-Value");
        // A GET has no form body; null, as the view's @FormParam field holds.
        Echo.work();
        response.setContentType("text/plain; charset=UTF-8");
        response.getOutputStream().write(Echo.body(path, query, header, null).getBytes(StandardCharsets.UTF_8));
    }
}
