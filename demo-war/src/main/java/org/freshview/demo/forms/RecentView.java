package org.freshview.demo.forms;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import org.freshview.Result;
import org.freshview.View;

import java.util.List;

/**
 * The recent applications as a plain table, rendered by Thymeleaf from
 * {@code WEB-INF/templates/recent.html}: a natural HTML template that opens in a browser as it is.
 */
@View("/recent")
public class RecentView {

    @Inject
    FormStore store;

    private List<FormSummary> forms;

    @GET
    public Result list() {
        forms = store.recent(StartView.LISTED);
        return Result.render("recent.html");
    }

    public List<FormSummary> getForms() {
        return forms;
    }
}
