package org.freshview.bench;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import org.freshview.View;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The view under test: copies the request's values into fields, works a little, echoes the
 * fields. Safe because every request gets its own instance; the counters prove it.
 */
@View("/view")
public class EchoView {

    static final AtomicLong CREATED = new AtomicLong();
    static final AtomicLong DESTROYED = new AtomicLong();
    static final AtomicLong HANDLED = new AtomicLong();

    @Inject
    HttpServletRequest request;

    private String path;
    private String query;
    private String header;
    private String form;

    @PostConstruct
    void created() {
        CREATED.incrementAndGet();
    }

    @PreDestroy
    void destroyed() {
        DESTROYED.incrementAndGet();
    }

    @GET
    public String echo() {
        HANDLED.incrementAndGet();
        path = request.getRequestURI();
        query = request.getParameter("q");
        header = request.getHeader("X-Value");
        form = request.getParameter("f");
        Echo.work();
        return Echo.body(path, query, header, form);
    }
}
