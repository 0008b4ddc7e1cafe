package org.freshview.bench;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;

/**
 * A view class that {@link GithubRoutes} registers once per GitHub API template, keeping only
 * the handlers of the methods the route list gives that template. Never requested by the
 * benchmark: it is there to make the route table realistic.
 */
public class FillerView {

    @GET
    public String get() {
        return "filler";
    }

    @POST
    public String post() {
        return "filler";
    }

    @PUT
    public String put() {
        return "filler";
    }

    @PATCH
    public String patch() {
        return "filler";
    }

    @DELETE
    public String delete() {
        return "filler";
    }
}
