package org.freshview.demo.forms;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import org.freshview.Result;
import org.freshview.View;

import java.util.List;

/** The start page: recent applications, and a button that starts a new one. */
@View("/forms")
public class StartView {

    /** How many applications the list shows. */
    static final int LISTED = 25;

    @Inject
    FormStore store;

    private List<FormSummary> forms;

    @GET
    public Result list() {
        forms = store.recent(LISTED);
        return Result.render("/WEB-INF/jsp/start.jsp");
    }

    @POST
    public Result start() {
        MembershipForm created = store.create();
        return Result.redirect(FormView.class, created.key(), Page.first().getNumber());
    }

    public List<FormSummary> getForms() {
        return forms;
    }
}
