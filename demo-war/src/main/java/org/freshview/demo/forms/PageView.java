package org.freshview.demo.forms;

import jakarta.inject.Inject;
import jakarta.ws.rs.PathParam;
import org.freshview.Form;
import org.freshview.Result;
import org.freshview.demo.Texts;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What every page of one membership application does, written the way the seed's
 * {@code FormController} was: the request's {@code key}, page and loaded form are kept in
 * fields, exactly what leaked between users when one controller instance served every thread.
 * Here that is safe: Freshview gives each request its own view, so these fields belong to one
 * request. Each page with questions is a view of its own ({@link AboutYouView},
 * {@link AddressView}, {@link PlanView}), since each posts its own {@link PageForm};
 * {@link FormView} serves the form's address, the review and the submission.
 */
public abstract class PageView {

    @Inject
    FormStore store;

    @PathParam("key")
    String key;

    Page page;
    MembershipForm form;
    Page incomplete;

    /**
     * Loads the form for the rest of the request, as the seed's controller did; empty when the
     * page can be shown, else where the request goes instead: a 404 for an unknown key, the
     * receipt for a submitted form (the back button after submitting lands there).
     */
    Optional<Result> load(Page shown) {
        page = shown;
        form = store.find(key).orElse(null);
        if (form == null) {
            return Optional.of(Result.notFound());
        }
        return form.isSubmitted() ? Optional.of(Result.redirect(FormView.class, key)) : Optional.empty();
    }

    /** The page, filled with the stored answers. */
    Result show(Page shown) {
        return load(shown).orElseGet(() -> {
            incomplete = shown.isReview() ? form.firstIncompletePage().orElse(null) : null;
            return Result.render(jsp());
        });
    }

    /**
     * Stores the page's answers and goes on to the next page with a "saved" flash message; the
     * same page again when the answers are not valid: its JSP shows what the user typed and the
     * messages from {@code outcome} ({@code <fv:value>}, {@code <fv:errors>}). A resubmitted old
     * page of a submitted form changes nothing.
     */
    Result save(Page shown, PageForm answers, Form outcome, Locale locale) {
        return load(shown).orElseGet(() -> {
            if (!outcome.isValid()) {
                return Result.render(jsp());
            }
            if (!store.savePage(key, shown, answers.answers())) {
                return Result.redirect(FormView.class, key); // submitted meanwhile: its receipt
            }
            return Result.redirect(FormView.class, key, shown.next().getNumber()).flash("saved", saved(shown, locale));
        });
    }

    /** The message the next page shows once, from the signed flash cookie: no session needed. */
    static String saved(Page page, Locale locale) {
        return Texts.format(locale, "flash.saved", Texts.format(locale, page.getTitleKey()));
    }

    String jsp() {
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

    public Page getIncomplete() {
        return incomplete;
    }

    public List<Plan> getPlans() {
        return Plan.all();
    }
}
