package org.freshview.it.views;

import jakarta.ws.rs.GET;
import org.freshview.View;

@View("/hello")
public class HelloView {

    @GET
    public String hello() {
        return "Hello from Freshview";
    }
}
