package org.freshview.it.served;

import jakarta.inject.Singleton;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

/** A Jakarta REST singleton: not a CDI bean in annotated discovery, so only the container shows it. */
@Path("/served/unsafe-singleton")
@Singleton
public class UnsafeSingletonResource {

    private String name;

    @GET
    public String hello(@QueryParam("name") String value) {
        name = value;
        return "hello " + name;
    }
}
