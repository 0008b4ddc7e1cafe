package org.freshview.demo;

import jakarta.ws.rs.GET;
import org.freshview.View;

/** The smallest view: one URL, one method, a text response. */
@View("/hello")
public class HelloView {

    @GET
    public String hello() {
        return "Hello from Freshview";
    }
}
