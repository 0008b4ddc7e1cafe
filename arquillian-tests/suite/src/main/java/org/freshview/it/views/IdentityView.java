package org.freshview.it.views;

import jakarta.ws.rs.GET;
import org.freshview.View;

/** Answers with the identity of the instance that served the request. */
@View("/identity")
public class IdentityView {

    @GET
    public String identity() {
        return String.valueOf(System.identityHashCode(this));
    }
}
