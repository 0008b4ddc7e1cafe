package org.freshview.it.views;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@link EchoFieldsView} as a servlet: one instance serves every request, so its fields leak.
 * The negative control that shows the isolation check can see a leak.
 *
 * <p>It does not leave the leak to timing: after writing its fields, a request waits (up to two
 * seconds) until another request has written them after it, and only then reads them back. So
 * whenever two requests are in the servlet at once, which the check's 32 concurrent requests
 * make certain on any server that serves more than one request at a time, the earlier one
 * answers with the later one's values. Only the last request of a burst waits out the two
 * seconds and answers with its own.
 */
@WebServlet("/shared-fields/*")
public class SharedFieldsServlet extends HttpServlet {

    private static final long WAIT_NANOS = 2_000_000_000L;

    private String path;
    private String query;
    private String header;
    private String form;

    /** How many requests have written the fields so far: thread-safe, unlike the fields. */
    private final AtomicLong writes = new AtomicLong();

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        path = request.getPathInfo();
        query = request.getParameter("q");
        header = request.getHeader("X-Value");
        form = request.getParameter("f");
        long written = writes.incrementAndGet();
        long deadline = System.nanoTime() + WAIT_NANOS;
        while (writes.get() == written && System.nanoTime() < deadline) {
            Busy.yieldFor(50_000);
        }
        response.setContentType("text/plain");
        response.getWriter().write("path=" + path + " query=" + query + " header=" + header + " form=" + form);
    }
}
