package org.freshview.it.views.redirects;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.freshview.Result;
import org.freshview.View;

/**
 * A catch-all at the root of the application, as a CMS has: every path is a page, and
 * {@code ?to=} redirects to another page through reverse routing, with the client's value.
 */
@View("/{page: .+}")
public class PageView {

    @PathParam("page")
    String page;

    @QueryParam("to")
    String to;

    @GET
    public Result show() {
        return to == null ? Result.text("page " + page) : Result.redirect(PageView.class, to);
    }
}
