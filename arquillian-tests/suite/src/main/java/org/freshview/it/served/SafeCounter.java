package org.freshview.it.served;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.concurrent.atomic.AtomicInteger;

@ApplicationScoped
public class SafeCounter {

    private final AtomicInteger hits = new AtomicInteger();

    public int hit() {
        return hits.incrementAndGet();
    }
}
