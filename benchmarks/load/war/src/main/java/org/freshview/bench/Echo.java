package org.freshview.bench;

import jakarta.servlet.http.HttpServletRequest;

/** The work and the response body every benchmark endpoint shares, so throughput compares like with like. */
public final class Echo {

    /**
     * How long {@link #work()} spins, yielding the thread on every turn: 5 µs, or the system
     * property {@code bench.workNanos} (measure.sh sets 0, so the CPU time per request is the
     * frameworks' own).
     */
    static final long WORK_NANOS = Long.getLong("bench.workNanos", 5_000);

    private Echo() {
    }

    /**
     * A few microseconds of work that gives the CPU away: other requests run in between, which is
     * what makes a shared field show another request's value.
     */
    public static void work() {
        if (WORK_NANOS <= 0) {
            return;
        }
        long end = System.nanoTime() + WORK_NANOS;
        while (System.nanoTime() < end) {
            Thread.yield();
        }
    }

    /** The servlets' stand-in for the view's {@code {p}}: the path segment after the servlet's own path. */
    public static String lastSegment(HttpServletRequest request) {
        String info = request.getPathInfo();
        return info == null || info.length() < 2 ? null : info.substring(1);
    }

    /** The body: every value the request sent, as the handler holds it after the work. */
    public static String body(String path, String query, String header, String form) {
        return "path=" + path + " query=" + query + " header=" + header + " form=" + form + "\n";
    }
}
