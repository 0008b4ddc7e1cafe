package org.freshview.it.views;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.concurrent.atomic.AtomicInteger;

/** Counts the POSTs a handler really ran, so a test can see that a refused one did not. */
@ApplicationScoped
public class PostCounter {

    private final AtomicInteger count = new AtomicInteger();

    public int increment() {
        return count.incrementAndGet();
    }

    public int get() {
        return count.get();
    }
}
