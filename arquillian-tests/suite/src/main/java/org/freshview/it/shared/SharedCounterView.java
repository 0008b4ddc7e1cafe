package org.freshview.it.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import org.freshview.View;

/** A view someone made application scoped: the bug class Freshview refuses to deploy (FV-101). */
@View("/shared")
@ApplicationScoped
public class SharedCounterView {

    private String key;

    @GET
    public String show() {
        return key;
    }
}
