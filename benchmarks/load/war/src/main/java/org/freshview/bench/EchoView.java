package org.freshview.bench;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.freshview.CsrfExempt;
import org.freshview.View;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The view under test: Freshview binds the request's path, query, header and form values into
 * fields, the handler works a little, then echoes the fields. Safe because every request gets
 * its own instance; the counters prove it.
 */
@View("/view/{p}")
@CsrfExempt // driven by load generators, which hold no CSRF token
public class EchoView {

    static final AtomicLong CREATED = new AtomicLong();
    static final AtomicLong DESTROYED = new AtomicLong();
    static final AtomicLong HANDLED = new AtomicLong();

    @PathParam("p")
    String path;

    @QueryParam("q")
    String query;

    @HeaderParam("X-Value")
    String header;

    @FormParam("f")
    String form;

    @PostConstruct
    void created() {
        CREATED.incrementAndGet();
    }

    @PreDestroy
    void destroyed() {
        DESTROYED.incrementAndGet();
    }

    @GET
    public String get() {
        return echo();
    }

    @POST
    public String post() {
        return echo();
    }

    private String echo() {
        HANDLED.incrementAndGet();
        Echo.work();
        return Echo.body(path, query, header, form);
    }
}
