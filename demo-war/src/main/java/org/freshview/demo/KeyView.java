package org.freshview.demo;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import org.freshview.View;

/**
 * Keeps request data in a field, the way the seed's form controller did. Under a shared
 * instance two users would see each other's key; a view gets a fresh instance per request.
 */
@View("/key")
public class KeyView {

    @Inject
    HttpServletRequest request;

    private String key;

    @GET
    public String show() throws InterruptedException {
        key = request.getParameter("key");
        Thread.sleep(5); // widen the window in which a shared instance would leak
        return "key=" + key;
    }
}
