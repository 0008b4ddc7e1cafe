package org.freshview.it.views;

import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import org.freshview.Result;
import org.freshview.View;

/** A protected form: GET renders it with the token, POST counts the posts that got through. */
@View("/csrf-form")
public class CsrfFormView {

    @Inject
    PostCounter counter;

    @FormParam("title")
    String title;

    @GET
    public Result form() {
        return Result.render("/WEB-INF/form.jsp");
    }

    @POST
    public String save() {
        return "saved " + title + " (" + counter.increment() + ")";
    }
}
