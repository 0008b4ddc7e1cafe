package org.freshview.bench;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Reports {@link EchoView}'s life-cycle counters, for the harness to compare with the requests it
 * sent, and whether CDI is active in this application.
 */
@WebServlet("/counters")
public class CountersServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain");
        response.getWriter().printf("created=%d destroyed=%d handled=%d cdi=%s%n",
                EchoView.CREATED.get(), EchoView.DESTROYED.get(), EchoView.HANDLED.get(), CdiPresence.active());
    }
}
