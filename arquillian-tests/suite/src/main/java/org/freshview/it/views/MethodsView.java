package org.freshview.it.views;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import org.freshview.CsrfExempt;
import org.freshview.View;

/** One handler per HTTP method, each answering with its method's name. */
@View("/methods")
@CsrfExempt
public class MethodsView {

    @GET
    public String get() {
        return "handled GET";
    }

    @POST
    public String post() {
        return "handled POST";
    }

    @PUT
    public String put() {
        return "handled PUT";
    }

    @PATCH
    public String patch() {
        return "handled PATCH";
    }

    @DELETE
    public String delete() {
        return "handled DELETE";
    }
}
