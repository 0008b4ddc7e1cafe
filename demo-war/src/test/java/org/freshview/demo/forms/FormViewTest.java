package org.freshview.demo.forms;

import jakarta.servlet.http.HttpServletRequest;
import org.freshview.Result;
import org.freshview.demo.db.Database;
import org.freshview.demo.db.DatabaseSettings;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A view is a plain object: set what Freshview would bind, call the handler, compare the Result. */
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
        store.savePage(key, Page.ABOUT_YOU, Map.of(Field.FULL_NAME, "Ada Lovelace"));

        FormView view = view(key, 1);

        assertEquals(Result.render("/WEB-INF/jsp/page-1.jsp"), view.show());
        assertEquals("Ada Lovelace", view.getValues().get("fullName"));
        assertEquals(Page.ABOUT_YOU, view.getPage());
    }

    @Test
    void the_form_address_of_a_draft_redirects_to_the_furthest_page_reached() {
        String key = store.create().key();
        store.savePage(key, Page.ABOUT_YOU, Map.of());

        assertEquals(Result.redirect(FormView.class, key, 2), view(key, null).show());
    }

    @Test
    void an_unknown_key_or_page_is_not_found() {
        String key = store.create().key();

        assertEquals(Result.notFound(), view("no-such-key", 1).show());
        assertEquals(Result.notFound(), view(key, 5).show());
        assertEquals(Result.notFound(), view(key, 0).save(request(Map.of())));
    }

    @Test
    void a_valid_page_is_saved_and_redirects_to_the_next_one() {
        String key = store.create().key();

        Result result = view(key, 2).save(request(Map.of("street", "1 Main St", "postalCode", "12345",
                "city", "London", "country", "UK")));

        assertEquals(Result.redirect(FormView.class, key, 3).flash("saved", "Your answers on \u201cAddress\u201d were saved."),
                result);
        assertEquals("London", store.find(key).orElseThrow().answer(Field.CITY));
    }

    @Test
    void an_invalid_page_is_rendered_again_with_the_input_and_messages_and_not_saved() {
        String key = store.create().key();
        FormView view = view(key, 1);

        Result result = view.save(request(Map.of("fullName", "Ada", "email", "nope", "birthYear", "1990")));

        assertEquals(Result.render("/WEB-INF/jsp/page-1.jsp"), result);
        assertEquals("nope", view.getValues().get("email"));
        assertEquals(Map.of("email", "Enter an e-mail address such as ada@example.org."), view.getErrors());
        assertEquals("", store.find(key).orElseThrow().answer(Field.FULL_NAME));
    }

    @Test
    void submitting_a_complete_form_marks_it_submitted_and_shows_the_receipt() {
        String key = store.create().key();
        store.savePage(key, Page.ABOUT_YOU, Map.of(Field.FULL_NAME, "Ada Lovelace", Field.EMAIL, "ada@example.org",
                Field.BIRTH_YEAR, "1990"));
        store.savePage(key, Page.ADDRESS, Map.of(Field.STREET, "1 Main St", Field.POSTAL_CODE, "12345",
                Field.CITY, "London", Field.COUNTRY, "UK"));
        store.savePage(key, Page.MEMBERSHIP, Map.of(Field.PLAN, "basic"));

        assertEquals(Result.redirect(FormView.class, key), view(key, 4).save(request(Map.of())));
        assertTrue(store.find(key).orElseThrow().isSubmitted());
        assertEquals(Result.render("/WEB-INF/jsp/submitted.jsp"), view(key, null).show());
        assertEquals(Result.redirect(FormView.class, key), view(key, 2).show());
    }

    /** What Freshview does per request: a new instance with the path values bound. */
    private FormView view(String key, Integer page) {
        FormView view = new FormView();
        view.store = store;
        view.key = key;
        view.pageNumber = page;
        return view;
    }

    private static HttpServletRequest request(Map<String, String> parameters) {
        return (HttpServletRequest) Proxy.newProxyInstance(FormViewTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getParameter")) {
                        return parameters.get((String) args[0]);
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
