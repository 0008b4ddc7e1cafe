package org.freshview.it.views.routing;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import org.freshview.Routes;
import org.freshview.View;

/** Builds URIs with the injected {@link Routes}. */
@View("/link")
public class LinkView {

    @Inject
    Routes routes;

    @GET
    public String link() {
        return routes.uri(PathEchoView.class, "a b", 2) + " " + routes.uri("echo", "x/y");
    }
}
