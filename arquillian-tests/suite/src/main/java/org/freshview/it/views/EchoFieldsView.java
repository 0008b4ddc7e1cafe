package org.freshview.it.views;

import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.freshview.CsrfExempt;
import org.freshview.View;

/** Has the request's path, query, header and form values bound into fields, yields the CPU, echoes the fields. */
@View("/echo-fields/{p}")
@CsrfExempt // the isolation check holds no CSRF token
public class EchoFieldsView {

    @PathParam("p")
    String path;

    @QueryParam("q")
    String query;

    @HeaderParam("X-Value")
    String header;

    @FormParam("f")
    String form;

    @POST
    public String echo() {
        Busy.yieldFor(50_000);
        return "path=" + path + " query=" + query + " header=" + header + " form=" + form;
    }
}
