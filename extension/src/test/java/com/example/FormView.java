package com.example;

import jakarta.ws.rs.GET;
import org.freshview.View;

/** The view of the reverse routing and route table example in docs/views-and-routing.md. */
@View(value = {"/forms/{key}", "/forms/{key}/{page}"}, name = "form")
public class FormView {

    @GET
    public String show() {
        return "form";
    }
}
