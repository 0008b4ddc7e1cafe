package org.freshview.bench;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;

/** The Jakarta REST comparison: {@link EchoView}'s work and body from a resource (RESTEasy on WildFly). */
@Path("/echo")
public class EchoResource {

    @GET
    @Produces("text/plain;charset=UTF-8")
    public String echo(@Context UriInfo uri, @QueryParam("q") String query, @HeaderParam("X-Value") String header) {
        String path = uri.getRequestUri().getRawPath();
        Echo.work();
        // A GET has no form body: null, as request.getParameter("f") gives the view and the servlet.
        return Echo.body(path, query, header, null);
    }
}
