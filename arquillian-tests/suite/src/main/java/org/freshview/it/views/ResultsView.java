package org.freshview.it.views;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.QueryParam;
import org.freshview.CsrfExempt;
import org.freshview.Result;
import org.freshview.View;


/** Returns the result named by the query parameter {@code kind}. */
@View("/results")
@CsrfExempt
public class ResultsView {

    /** The message of the exception the handler throws for {@code kind=fail}. */
    public static final String FAILURE = "the handler failed on purpose";

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
        return switch (kind) {
            case "redirect" -> Result.redirect(to);
            case "redirect-301" -> Result.redirect(to).status(301);
            case "to-view" -> Result.redirect(ItemView.class, 42, "a b");
            case "other-host" -> Result.redirectToOtherHost(to);
            case "status" -> Result.status(204);
            case "not-found" -> Result.notFound();
            case "text" -> Result.text("created ünïcödé").status(201);
            case "fail" -> throw new IllegalStateException(FAILURE);
            default -> Result.text("unknown kind");
        };
    }
}
