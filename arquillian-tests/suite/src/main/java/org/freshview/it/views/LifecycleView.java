package org.freshview.it.views;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import org.freshview.View;

/** Answers with its identity, and records it when the container destroys the instance at the end of the request. */
@View("/lifecycle")
public class LifecycleView {

    @Inject
    DestroyedViews destroyed;

    @GET
    public String identity() {
        return String.valueOf(System.identityHashCode(this));
    }

    @PreDestroy
    void destroyed() {
        destroyed.add(String.valueOf(System.identityHashCode(this)));
    }
}
