package org.freshview.demo.forms;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PathParam;
import org.freshview.Result;
import org.freshview.View;

import java.util.List;
import java.util.Map;

/**
 * Every page of one membership application: the seed's {@code FormController}, written the
 * same way. It keeps the request's {@code key}, page and loaded form in fields, exactly what
 * leaked between users when one controller instance served every thread. Here that is safe:
 * Freshview gives each request its own {@code FormView}, so these fields belong to one request.
 *
 * <pre>
 * GET  /forms/{key}          a draft goes to the furthest page reached; a submitted form shows its receipt
 * GET  /forms/{key}/{page}   the page, filled with the stored answers
 * POST /forms/{key}/{page}   check and save the page, then redirect to the next one (POST-redirect-GET)
 * POST /forms/{key}/4        submit the application
 * </pre>
 */
@View({"/forms/{key}", "/forms/{key}/{page}"})
public class FormView {

    @Inject
    FormStore store;

    @PathParam("key")
    String key;

    @PathParam("page")
    Integer pageNumber; // null on /forms/{key}; the router only matches digits here

    private Page page;
    private MembershipForm form;
    private Map<String, String> values = Map.of();
    private Map<String, String> errors = Map.of();
    private Page incomplete;

    @GET
    public Result show() {
        if (!load()) {
            return Result.notFound();
        }
        if (pageNumber == null) {
            return form.isSubmitted()
                    ? Result.render("/WEB-INF/jsp/submitted.jsp")
                    : Result.redirect(FormView.class, key, form.reachedPage());
        }
        if (form.isSubmitted()) {
            return Result.redirect(FormView.class, key); // the back button after submitting lands on the receipt
        }
        values = form.getValues();
        incomplete = page.isReview() ? form.firstIncompletePage().orElse(null) : null;
        return Result.render(jsp());
    }

    @POST
    public Result save(HttpServletRequest request) {
        if (!load() || pageNumber == null) {
            return Result.notFound();
        }
        if (form.isSubmitted()) {
            return Result.redirect(FormView.class, key); // a resubmitted old page changes nothing
        }
        if (page.isReview()) {
            return submit();
        }
        PageAnswers posted = PageAnswers.read(page, request::getParameter);
        if (!posted.isValid()) {
            values = posted.getValues(); // show the user's input again, with a message per field
            errors = posted.getErrors();
            return Result.render(jsp());
        }
        store.savePage(key, page, posted.answers());
        return Result.redirect(FormView.class, key, page.next().getNumber()).flash("saved", saved(page));
    }

    private Result submit() {
        incomplete = form.firstIncompletePage().orElse(null);
        if (incomplete != null) {
            return Result.redirect(FormView.class, key, Page.REVIEW.getNumber());
        }
        store.submit(key);
        return Result.redirect(FormView.class, key);
    }

    /**
     * Loads the form and page that this request's key and page name into fields, for the rest
     * of the request, as the seed's controller did; false when either does not exist.
     */
    private boolean load() {
        form = store.find(key).orElse(null);
        if (form == null) {
            return false;
        }
        if (pageNumber == null) {
            return true;
        }
        page = Page.numbered(pageNumber).orElse(null);
        return page != null;
    }

    /** The message the next page shows once, from the signed flash cookie: no session needed. */
    static String saved(Page page) {
        return "Your answers on \u201c" + page.getTitle() + "\u201d were saved.";
    }

    private String jsp() {
        return "/WEB-INF/jsp/page-" + page.getNumber() + ".jsp";
    }

    // What the pages read through ${view...}

    public String getKey() {
        return key;
    }

    public Page getPage() {
        return page;
    }

    public MembershipForm getForm() {
        return form;
    }

    public Map<String, String> getValues() {
        return values;
    }

    public Map<String, String> getErrors() {
        return errors;
    }

    public Page getIncomplete() {
        return incomplete;
    }

    public List<Plan> getPlans() {
        return Plan.all();
    }
}
