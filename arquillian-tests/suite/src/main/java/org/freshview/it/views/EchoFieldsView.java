package org.freshview.it.views;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import org.freshview.View;

/** Copies the request's values into fields, yields the CPU for a while, then echoes the fields. */
@View("/echo-fields")
public class EchoFieldsView {

    @Inject
    HttpServletRequest request;

    private String query;
    private String header;

    @GET
    public String echo() {
        query = request.getParameter("q");
        header = request.getHeader("X-Value");
        Busy.yieldFor(50_000);
        return "query=" + query + " header=" + header;
    }
}
