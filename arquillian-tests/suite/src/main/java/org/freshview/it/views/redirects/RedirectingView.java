package org.freshview.it.views.redirects;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.QueryParam;
import org.freshview.CsrfExempt;
import org.freshview.Result;
import org.freshview.View;

/**
 * Redirects wherever the client asks, the way a careless {@code ?next=} handler does:
 * {@code Result.redirect(to)}, or {@code redirectToOtherHost(to)} when {@code kind=other-host}.
 */
@View("/go")
@CsrfExempt
public class RedirectingView {

    @QueryParam("kind")
    String kind;

    @QueryParam("to")
    String to;

    @GET
    public Result get() {
        return result();
    }

    @POST
    public Result post() {
        return result();
    }

    private Result result() {
        return "other-host".equals(kind) ? Result.redirectToOtherHost(to) : Result.redirect(to);
    }
}
