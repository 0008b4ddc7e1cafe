package org.freshview.demo.forms;

import org.freshview.Form;
import org.freshview.Result;
import org.freshview.demo.db.Database;
import org.freshview.demo.db.DatabaseSettings;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A view is a plain object: set what Freshview would bind (the path's key, the form object and
 * the outcome of validating it), call the handler, compare the Result.
 */
class FormViewTest {

    private HikariDataSource pool;
    private FormStore store;

    @BeforeEach
    void openDatabase() {
        pool = Database.open(new DatabaseSettings("jdbc:h2:mem:view" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", ""));
        store = new FormStore(pool);
    }

    @AfterEach
    void closeDatabase() {
        pool.close();
    }

    @Test
    void a_page_of_a_draft_is_rendered_with_the_stored_answers() {
        String key = store.create().key();
        store.savePage(key, Page.ABOUT_YOU, Map.of("fullName", "Ada Lovelace"));

        AboutYouView view = bind(new AboutYouView(), key);

        assertEquals(Result.render("/WEB-INF/jsp/page-1.jsp"), view.show());
        assertEquals("Ada Lovelace", view.getForm().getValues().get("fullName"));
        assertEquals(Page.ABOUT_YOU, view.getPage());
    }

    @Test
    void the_form_address_of_a_draft_redirects_to_the_furthest_page_reached() {
        String key = store.create().key();
        store.savePage(key, Page.ABOUT_YOU, Map.of());

        assertEquals(Result.redirect(FormView.class, key, 2), formView(key, null).show());
    }

    @Test
    void an_unknown_key_or_page_is_not_found() {
        String key = store.create().key();

        assertEquals(Result.notFound(), bind(new AboutYouView(), "no-such-key").show());
        assertEquals(Result.notFound(), formView("no-such-key", 4).show());
        assertEquals(Result.notFound(), formView(key, 5).show());
        assertEquals(Result.notFound(), formView(key, 1).show()); // page 1 is AboutYouView's
        assertEquals(Result.notFound(), formView(key, 0).submit());
    }

    @Test
    void a_valid_page_is_saved_and_redirects_to_the_next_one_with_a_flash_message_in_the_users_language() {
        String key = store.create().key();
        AddressForm address = new AddressForm();
        address.street = " 1 Main St ";
        address.postalCode = "12345";
        address.city = "London";
        address.country = "UK";

        Result english = bind(new AddressView(), key).save(address, Form.empty(), Locale.ENGLISH);
        Result german = bind(new AddressView(), key).save(address, Form.empty(), Locale.GERMAN);

        assertEquals(Result.redirect(FormView.class, key, 3).flash("saved", "Your answers on \u201cAddress\u201d were saved."),
                english);
        assertEquals(Result.redirect(FormView.class, key, 3)
                .flash("saved", "Ihre Angaben auf \u201eAdresse\u201c wurden gespeichert."), german);
        assertEquals("London", store.find(key).orElseThrow().answer("city"));
        assertEquals("1 Main St", store.find(key).orElseThrow().answer("street"), "stored without the spaces around");
    }

    @Test
    void an_invalid_page_is_rendered_again_and_not_saved() {
        String key = store.create().key();
        AboutYouForm about = new AboutYouForm();
        about.fullName = "Ada";
        about.email = "nope";
        Form outcome = Form.of(Map.of("fullName", "Ada", "email", "nope", "birthYear", "19x0"),
                Map.of("email", List.of("Enter an e-mail address such as ada@example.org."),
                        "birthYear", List.of("Enter an integer.")));
        AboutYouView view = bind(new AboutYouView(), key);

        Result result = view.save(about, outcome, Locale.ENGLISH);

        assertEquals(Result.render("/WEB-INF/jsp/page-1.jsp"), result);
        assertEquals(Page.ABOUT_YOU, view.getPage());
        assertEquals("", store.find(key).orElseThrow().answer("fullName"));
        assertEquals(1, store.find(key).orElseThrow().reachedPage());
    }

    @Test
    void submitting_a_complete_form_marks_it_submitted_and_shows_the_receipt() {
        String key = store.create().key();
        store.savePage(key, Page.ABOUT_YOU, Map.of("fullName", "Ada Lovelace", "email", "ada@example.org",
                "birthYear", "1990"));
        store.savePage(key, Page.ADDRESS, Map.of("street", "1 Main St", "postalCode", "12345",
                "city", "London", "country", "UK"));
        store.savePage(key, Page.MEMBERSHIP, Map.of("plan", "basic"));

        assertEquals(Result.redirect(FormView.class, key), formView(key, 4).submit());
        assertTrue(store.find(key).orElseThrow().isSubmitted());
        assertEquals(Result.render("/WEB-INF/jsp/submitted.jsp"), formView(key, null).show());
        assertEquals(Result.redirect(FormView.class, key), bind(new AddressView(), key).show());
        assertEquals(Result.redirect(FormView.class, key),
                bind(new PlanView(), key).save(new PlanForm(), Form.empty(), Locale.ENGLISH), "an old page posted again");
    }

    @Test
    void an_incomplete_form_is_not_submitted_and_the_review_names_the_first_page_to_complete() {
        String key = store.create().key();
        store.savePage(key, Page.ABOUT_YOU, Map.of("fullName", "Ada Lovelace", "email", "ada@example.org",
                "birthYear", "1990"));
        store.savePage(key, Page.MEMBERSHIP, Map.of("plan", "basic")); // page 2 skipped

        assertEquals(Result.redirect(FormView.class, key, 4), formView(key, 4).submit());
        FormView review = formView(key, 4);
        assertEquals(Result.render("/WEB-INF/jsp/page-4.jsp"), review.show());
        assertEquals(Page.ADDRESS, review.getIncomplete());
    }

    /** What Freshview does per request: a new instance with the path values bound. */
    private <V extends PageView> V bind(V view, String key) {
        view.store = store;
        view.key = key;
        return view;
    }

    private FormView formView(String key, Integer page) {
        FormView view = bind(new FormView(), key);
        view.pageNumber = page;
        return view;
    }
}
