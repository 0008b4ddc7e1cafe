package org.freshview.it.views;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import org.freshview.View;

/** Stores the request's key in a field, waits, then echoes the field: a shared instance would leak. */
@View("/key")
public class KeyView {

    @Inject
    HttpServletRequest request;

    private String key;

    @GET
    public String echo() throws InterruptedException {
        key = request.getParameter("key");
        Thread.sleep(2);
        return "key=" + key;
    }
}
