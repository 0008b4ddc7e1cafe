package org.freshview.it.views;

import jakarta.ws.rs.GET;
import org.freshview.View;

@View("/get-only")
public class GetOnlyView {

    @GET
    public String get() {
        return "only GET here";
    }
}
