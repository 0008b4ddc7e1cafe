package org.freshview.bench;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The first filter of the chain (web.xml; Freshview's own filter is declared after it): records
 * for each request the bytes its thread allocated and the CPU time it used inside the rest of the
 * chain (Freshview's filter, the servlet, Jakarta REST or MVC, the JSP, writing the body), from
 * the JDK's per-thread counters. Keyed by the path in the application without its last segment
 * ({@code /view}, {@code /rest/echo}, {@code /page/view}; a one-segment path is its own key).
 * What runs outside the chain is not counted: the container's parsing and response completion
 * and the request listeners (Weld's request-context destruction). {@link MeasureServlet} reports.
 */
public class MeasureFilter extends HttpFilter {

    static final Map<String, Samples> SAMPLES = new ConcurrentHashMap<>();

    /** Held: {@code ManagementFactory.getThreadMXBean()} itself allocates 1.5 KB per call (JDK 17). */
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final MethodHandle ALLOCATED = allocatedBytes();

    /** {@code com.sun.management.ThreadMXBean#getCurrentThreadAllocatedBytes}, without linking to jdk.management. */
    private static MethodHandle allocatedBytes() {
        try {
            Class<?> type = Class.forName("com.sun.management.ThreadMXBean", false, null);
            return MethodHandles.publicLookup()
                    .findVirtual(type, "getCurrentThreadAllocatedBytes", MethodType.methodType(long.class))
                    .asType(MethodType.methodType(long.class, Object.class));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("This JDK does not count allocated bytes per thread", e);
        }
    }

    static long allocated() {
        try {
            return (long) ALLOCATED.invokeExact((Object) THREADS);
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    static long cpu() {
        return THREADS.getCurrentThreadCpuTime();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String key = key(request); // before the counters start: not part of any endpoint's cost
        if (key.startsWith("/measure") || key.startsWith("/counters")) {
            chain.doFilter(request, response);
            return;
        }
        Samples samples = SAMPLES.computeIfAbsent(key, k -> new Samples());
        long bytes = allocated();
        long time = cpu();
        try {
            chain.doFilter(request, response);
        } finally {
            long timeAfter = cpu();
            long bytesAfter = allocated();
            samples.add(bytesAfter - bytes, timeAfter - time);
        }
    }

    private static String key(HttpServletRequest request) {
        String uri = request.getRequestURI();
        int start = request.getContextPath().length();
        int last = uri.lastIndexOf('/');
        return last <= start ? uri.substring(start) : uri.substring(start, last);
    }

    /** The cost of the measurement itself: the same counter reads around nothing. */
    static Samples empty(int times) {
        Samples samples = new Samples();
        for (int i = 0; i < times; i++) {
            long bytes = allocated();
            long time = cpu();
            long timeAfter = cpu();
            long bytesAfter = allocated();
            samples.add(bytesAfter - bytes, timeAfter - time);
        }
        return samples;
    }
}
