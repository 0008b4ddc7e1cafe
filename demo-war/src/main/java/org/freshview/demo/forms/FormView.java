package org.freshview.demo.forms;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PathParam;
import org.freshview.Result;
import org.freshview.View;

import java.util.Optional;

/**
 * One membership application: where its address leads, its review page and its submission.
 * Its template {@code /forms/{key}/{page}} names every page, so links and redirects to any page
 * are made from this class ({@code FormViewLinks.uri(key, 2)}); pages 1 to 3 are served by their
 * own, more specific views ({@link AboutYouView}, ...), which take their answers.
 *
 * <pre>
 * GET  /forms/{key}          a draft goes to the furthest page reached; a submitted form shows its receipt
 * GET  /forms/{key}/4        the review, with the first page that still lacks an answer
 * POST /forms/{key}/4        submit the application
 * GET  /forms/{key}/1 .. 3   the pages with questions: AboutYouView, AddressView, PlanView
 * </pre>
 */
@View({"/forms/{key}", "/forms/{key}/{page}"})
public class FormView extends PageView {

    @PathParam("page")
    Integer pageNumber; // null on /forms/{key}; the router only matches digits here

    @GET
    public Result show() {
        if (pageNumber == null) {
            form = store.find(key).orElse(null);
            if (form == null) {
                return Result.notFound();
            }
            return form.isSubmitted()
                    ? Result.render("/WEB-INF/jsp/submitted.jsp")
                    : Result.redirect(FormView.class, key, form.reachedPage());
        }
        return review().map(this::show).orElseGet(Result::notFound);
    }

    @POST
    public Result submit() {
        Optional<Page> review = review();
        if (review.isEmpty()) {
            return Result.notFound();
        }
        Optional<Result> elsewhere = load(review.get()); // a submitted form: its receipt, nothing submitted twice
        if (elsewhere.isPresent()) {
            return elsewhere.get();
        }
        if (form.firstIncompletePage().isPresent()) {
            return Result.redirect(FormView.class, key, Page.REVIEW.getNumber());
        }
        store.submit(key);
        return Result.redirect(FormView.class, key);
    }

    /** The review page, the only one this view serves under {@code /forms/{key}/{page}}; empty for 0, 5, 99. */
    private Optional<Page> review() {
        return pageNumber == null ? Optional.empty() : Page.numbered(pageNumber).filter(Page::isReview);
    }
}
