package org.freshview.bench;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.RequestScoped;

import java.util.concurrent.atomic.AtomicLong;

/**
 * {@link EchoView}'s shape as a plain request-scoped bean, for {@link CdiServlet}: what the CDI
 * container alone costs to create one instance per request, with the same life-cycle callbacks.
 */
@RequestScoped
public class EchoBean {

    static final AtomicLong CREATED = new AtomicLong();

    String path;
    String query;
    String header;
    String form;

    @PostConstruct
    void created() {
        CREATED.incrementAndGet();
    }

    @PreDestroy
    void destroyed() {
        CREATED.decrementAndGet();
    }
}
