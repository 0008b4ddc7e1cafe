package org.freshview.it.views.prefix;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.PathParam;
import org.freshview.View;

/** A view whose template's literal prefix, {@code /shop}, also holds static files, a JSP and servlets. */
@View("/shop/{item}")
public class ShopItemView {

    @PathParam("item")
    String item;

    @GET
    public String show() {
        return "item " + item;
    }
}
