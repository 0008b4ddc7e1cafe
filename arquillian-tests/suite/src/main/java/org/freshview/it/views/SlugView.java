package org.freshview.it.views;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.PathParam;
import org.freshview.View;

/** A regex that java.util.regex matches by recursion: a long segment overflows the stack (FV-209). */
@View("/slugs/{slug: (\\w|-)+}")
public class SlugView {

    @GET
    public String get(@PathParam("slug") String slug) {
        return "slug of " + slug.length();
    }
}
