package org.freshview.it.views;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import org.freshview.View;

@View("/post-count")
public class PostCountView {

    @Inject
    PostCounter counter;

    @GET
    public String count() {
        return String.valueOf(counter.get());
    }
}
