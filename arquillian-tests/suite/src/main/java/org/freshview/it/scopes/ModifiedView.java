package org.freshview.it.scopes;

import jakarta.ws.rs.GET;
import org.freshview.View;

/** A plain view that {@link SetsApplicationScope} makes application scoped while the container boots (FV-101). */
@View("/modified")
public class ModifiedView {

    private String key;

    @GET
    public String show() {
        return key;
    }
}
