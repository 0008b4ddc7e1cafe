package com.example;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.QueryParam;
import org.freshview.View;

/** GET /hello?name=Ada answers "Hello Ada"; the processor writes HelloViewLinks beside it. */
@View("/hello")
public class HelloView {

    @QueryParam("name")
    private String name; // safe: this instance serves one request only

    @GET
    public String hello() {
        return "Hello " + name;
    }
}
