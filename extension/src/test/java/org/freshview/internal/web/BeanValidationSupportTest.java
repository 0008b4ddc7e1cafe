package org.freshview.internal.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Violations become messages under the request's field names, in the request's locale (Hibernate Validator). */
class BeanValidationSupportTest {

    static class SearchView {
        @Size(min = 2)
        String q = "a";

        String find(@Max(5) int limit, Form form) {
            return "";
        }
    }

    public static class Form {
        @NotBlank
        String email;
    }

    private static WeldContainer weld;
    private static ValidationSupport support;

    @BeforeAll
    static void start() throws ValidationSupport.Unavailable {
        weld = new Weld().disableDiscovery().addBeanClasses(SearchView.class).initialize();
        support = ValidationSupport.find(weld.getBeanManager(), BeanValidationSupportTest.class.getClassLoader());
    }

    @AfterAll
    static void stop() {
        weld.close();
    }

    @SuppressWarnings("unchecked")
    private static Constraints plan() throws NoSuchMethodException {
        Method find = SearchView.class.getDeclaredMethod("find", int.class, Form.class);
        return support.plan(find, true, true, Map.of("q", "query"), new String[] {"limit", null},
                new Map[] {null, Map.of("email", "mail")}, new int[] {1});
    }

    @Test
    void each_violation_is_a_message_of_the_field_the_request_named() throws Exception {
        FormInput input = new FormInput();

        plan().check(new SearchView(), new Object[] {9, new Form()}, Locale.ENGLISH, input);

        assertEquals(Map.of("query", List.of("size must be between 2 and 2147483647"),
                "limit", List.of("must be less than or equal to 5"), "mail", List.of("must not be blank")),
                input.form().getErrors());
    }

    @Test
    void messages_are_in_the_request_locale_and_a_field_that_did_not_convert_keeps_only_its_message() throws Exception {
        FormInput input = new FormInput();
        input.conversionError("limit", "ist ungültig");

        plan().check(new SearchView(), new Object[] {0, new Form()}, Locale.GERMAN, input);

        assertEquals(List.of("ist ungültig"), input.form().errors("limit"));
        assertEquals(List.of("darf nicht leer sein"), input.form().errors("mail"));
        assertTrue(input.form().errors("query").get(0).startsWith("Größe muss zwischen 2 und"), input.form().toString());
    }
}
