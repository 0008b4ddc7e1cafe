package org.freshview.it.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** A Jakarta REST resource that one instance serves for all requests, with a field requests write (FV-401). */
@Path("/counter")
@ApplicationScoped
public class CounterResource {

    private int count;

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    public String next() {
        count = count + 1;
        return "count=" + count;
    }
}
