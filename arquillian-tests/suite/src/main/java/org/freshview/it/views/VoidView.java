package org.freshview.it.views;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.GET;
import org.freshview.View;

import java.io.IOException;

/** A void handler writes the response itself. */
@View("/void")
public class VoidView {

    @GET
    public void write(HttpServletResponse response) throws IOException {
        response.setStatus(202);
        response.setContentType("application/json");
        response.getWriter().write("{\"written\":true}");
    }
}
