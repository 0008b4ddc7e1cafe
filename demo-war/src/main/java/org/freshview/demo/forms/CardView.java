package org.freshview.demo.forms;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PathParam;
import org.freshview.Result;
import org.freshview.View;

/**
 * One application as a card, rendered by jte from {@code src/main/jte/card.jte}: the template's
 * parameter is this class, so the build fails if the template reads a getter this view lacks.
 */
@View("/card/{key}")
public class CardView {

    @Inject
    FormStore store;

    @PathParam("key")
    String key;

    private MembershipForm form;

    @GET
    public Result show() {
        form = store.find(key).orElse(null);
        return form == null ? Result.notFound() : Result.render("card.jte");
    }

    public MembershipForm getForm() {
        return form;
    }
}
