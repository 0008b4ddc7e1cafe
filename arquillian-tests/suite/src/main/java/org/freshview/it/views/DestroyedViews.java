package org.freshview.it.views;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records, in order, the identity of every {@link LifecycleView} instance whose {@code @PreDestroy} ran. */
@ApplicationScoped
public class DestroyedViews {

    private final List<String> identities = new CopyOnWriteArrayList<>();

    void add(String identity) {
        identities.add(identity);
    }

    public List<String> identities() {
        return List.copyOf(identities);
    }
}
