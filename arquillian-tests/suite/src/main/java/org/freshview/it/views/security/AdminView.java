package org.freshview.it.views.security;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.PathParam;
import org.freshview.View;

/** A view under {@code /admin/*}, which the test WAR's web.xml reserves for the role admin. */
@View("/admin/{page}")
public class AdminView {

    @PathParam("page")
    String page;

    @GET
    public String page() {
        return "admin page " + page;
    }
}
