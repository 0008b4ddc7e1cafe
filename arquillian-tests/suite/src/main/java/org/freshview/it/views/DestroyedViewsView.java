package org.freshview.it.views;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import org.freshview.View;

/** Lists the identities {@link DestroyedViews} recorded, one per line. */
@View("/lifecycle/destroyed")
public class DestroyedViewsView {

    @Inject
    DestroyedViews destroyed;

    @GET
    public String list() {
        return String.join("\n", destroyed.identities());
    }
}
