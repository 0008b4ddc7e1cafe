package org.freshview.it.views;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.PathParam;
import org.freshview.Result;
import org.freshview.View;

/**
 * Renders a JSP whose path this very template matches ({@code /pages/page.jsp}): the forward
 * must reach the JSP, not this view again.
 */
@View("/pages/{name}")
public class ForwardView {

    @PathParam("name")
    String name;

    @GET
    public Result show() {
        return Result.render("/pages/page.jsp");
    }

    public String getName() {
        return name;
    }
}
