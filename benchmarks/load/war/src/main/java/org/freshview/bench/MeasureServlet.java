package org.freshview.bench;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@link MeasureFilter}'s samples, one line per endpoint:
 * {@code key requests bytes-p10 bytes-p50 bytes-p90 cpu-ns-p10 cpu-ns-p50 cpu-ns-p90}, then the
 * measurement's own cost as {@code (empty)}. {@code ?reset} clears the samples after reporting.
 */
@WebServlet("/measure")
public class MeasureServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain");
        PrintWriter out = response.getWriter();
        for (Map.Entry<String, Samples> each : new TreeMap<>(MeasureFilter.SAMPLES).entrySet()) {
            out.println(each.getKey() + " " + each.getValue().summary());
        }
        out.println("(empty) " + MeasureFilter.empty(10_000).summary());
        if (request.getParameter("reset") != null) {
            MeasureFilter.SAMPLES.clear();
        }
    }
}
