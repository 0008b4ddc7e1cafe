package org.freshview.it.served;

import jakarta.inject.Singleton;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

/** A Jakarta REST singleton: not a CDI bean in annotated discovery, so only the container shows it. */
@Path("/served/safe-singleton")
@Singleton
public class SafeSingletonResource {

    @GET
    public String hello(@QueryParam("name") String value) {
        String name = value;
        return "hello " + name;
    }
}
