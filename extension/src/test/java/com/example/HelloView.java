package com.example;

import jakarta.ws.rs.GET;
import org.freshview.View;

/** The view of the start-up log example in docs/guarantees.md. */
@View("/hello")
public class HelloView {

    @GET
    public String hello() {
        return "hello";
    }
}
