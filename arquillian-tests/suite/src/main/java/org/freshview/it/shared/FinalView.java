package org.freshview.it.shared;

import jakarta.ws.rs.GET;
import org.freshview.View;

/** A final view: the container could not proxy it per request (FV-104). */
@View("/final")
public final class FinalView {

    @GET
    public String show() {
        return "final";
    }
}
