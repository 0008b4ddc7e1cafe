package org.freshview.it.scopes;

import jakarta.ws.rs.GET;
import org.freshview.View;

/** A view made application scoped by another stereotype, not by a scope annotation of its own (FV-101). */
@View("/cached")
@Cached
public class CachedView {

    private String key;

    @GET
    public String show() {
        return key;
    }
}
