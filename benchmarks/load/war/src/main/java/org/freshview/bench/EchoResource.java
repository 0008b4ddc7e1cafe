package org.freshview.bench;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;

/** The Jakarta REST comparison: {@link EchoView}'s work and body from a resource (RESTEasy on WildFly). */
@Path("/echo/{p}")
public class EchoResource {

    @GET
    @Produces("text/plain;charset=UTF-8")
    public String echo(@PathParam("p") String path, @QueryParam("q") String query,
                       @HeaderParam("X-Value") String header) {
        Echo.work();
        // A GET has no form body: null, as the view's @FormParam field holds.
        return Echo.body(path, query, header, null);
    }
}
