package org.freshview.it.views;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.PathParam;
import org.freshview.View;

/** Binds path variables to a field and to a parameter. */
@View("/items/{id}/{slug}")
public class ItemView {

    @PathParam("slug")
    String slug;

    @GET
    public String show(@PathParam("id") long id) {
        return "item " + id + " slug " + slug;
    }
}
