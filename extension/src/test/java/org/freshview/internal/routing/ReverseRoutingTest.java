package org.freshview.internal.routing;

import org.freshview.Routes;
import org.freshview.internal.binding.ValueType;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ReverseRoutingTest {

    enum Page { INTRO, DONE }

    static final class FormView {
    }

    static final class FileView {
    }

    static final class ItemView {
    }

    static final class NotAView {
    }

    static final class PageView {
    }

    private final Routes routes = Router.<String>builder()
            .add(spec("/forms/{key}", FormView.class, Map.of(), "form"))
            .add(spec("/forms/{key}/{page}", FormView.class, Map.of("page", Page.class), "form"))
            .add(spec("/files/{path: .*}", FileView.class, Map.of(), ""))
            .add(spec("/{path: .+}", PageView.class, Map.of(), ""))
            .add(spec("/items/{id}/{uuid}/{code: [a-z]+}", ItemView.class, Map.of("id", int.class, "uuid", UUID.class), ""))
            .build()
            .routeTable();

    private static RouteSpec<String> spec(String template, Class<?> view, Map<String, Class<?>> types, String name) {
        return new RouteSpec<>(template, view.getName(), ValueType.of(types), Set.of("GET"), view.getSimpleName(), name);
    }

    @Test
    void values_fill_the_template_with_as_many_variables() {
        assertEquals("/forms/k", routes.uri(FormView.class, "k"));
        assertEquals("/forms/k/INTRO", routes.uri(FormView.class, "k", Page.INTRO));
    }

    @Test
    void values_are_percent_encoded_as_path_segments() {
        assertEquals("/forms/tax%20return%2F2026%3F%23%25%3B%C3%A9/DONE",
                routes.uri(FormView.class, "tax return/2026?#%;\u00e9", Page.DONE));
        assertEquals("/forms/a-b._~!$&'()*+,=:@", routes.uri(FormView.class, "a-b._~!$&'()*+,=:@"));
    }

    @Test
    void a_named_route_takes_values_by_name() {
        assertEquals("/forms/k/DONE", routes.uri("form", Map.of("key", "k", "page", "DONE")));
        assertEquals("/forms/k", routes.uri("form", "k"));
    }

    @Test
    void a_catch_all_keeps_its_slashes() {
        assertEquals("/files/a/b%20c/d", routes.uri(FileView.class, "a/b c/d"));
        assertEquals("/files", routes.uri(FileView.class, ""));
    }

    @Test
    void a_catch_all_under_the_root_never_makes_a_uri_that_leaves_the_application() {
        assertEquals("/about/team", routes.uri(PageView.class, "about/team"));
        assertEquals("/a//b", routes.uri(PageView.class, "a//b"));
        assertEquals("/%5Cevil.example", routes.uri(PageView.class, "\\evil.example"));
        assertMessage("The value \"/evil.example\" of {path} in the template \"/{path: .+}\" of " + PageView.class.getName()
                + " starts with '/', so the URI would start with '//', which a browser reads as the address of another host.",
                () -> routes.uri(PageView.class, "/evil.example"));
        assertMessage("The value \"/\" of {path} in the template \"/{path: .+}\" of " + PageView.class.getName()
                + " starts with '/', so the URI would start with '//', which a browser reads as the address of another host.",
                () -> routes.uri(PageView.class, "/"));
        assertEquals("/files//evil.example", routes.uri(FileView.class, "/evil.example"));
    }

    @Test
    void typed_values_are_checked_against_their_type() {
        UUID uuid = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");

        assertEquals("/items/7/" + uuid + "/abc", routes.uri(ItemView.class, 7, uuid, "abc"));
        assertMessage("The value \"seven\" of {id} in the template \"/items/{id}/{uuid}/{code: [a-z]+}\" of "
                + ItemView.class.getName() + " is not an integer (int).", () -> routes.uri(ItemView.class, "seven", uuid, "abc"));
        assertMessage("The value \"x\" of {uuid} in the template \"/items/{id}/{uuid}/{code: [a-z]+}\" of "
                + ItemView.class.getName() + " is not a UUID.", () -> routes.uri(ItemView.class, 7, "x", "abc"));
        assertMessage("The value \"ABC\" of {code} in the template \"/items/{id}/{uuid}/{code: [a-z]+}\" of "
                + ItemView.class.getName() + " is not a match of the regex [a-z]+.", () -> routes.uri(ItemView.class, 7, uuid, "ABC"));
        assertMessage("The value \"LATER\" of {page} in the template \"/forms/{key}/{page}\" of "
                + FormView.class.getName() + " is not one of [INTRO, DONE].", () -> routes.uri(FormView.class, "k", "LATER"));
    }

    @Test
    void a_wrong_number_of_values_names_the_template() {
        assertMessage("The template \"/items/{id}/{uuid}/{code: [a-z]+}\" of " + ItemView.class.getName()
                + " needs 3 value(s) for {id}, {uuid}, {code}; got 1.", () -> routes.uri(ItemView.class, 1));
        assertMessage("No template of " + FormView.class.getName() + " has 3 variable(s): \"/forms/{key}\","
                + " \"/forms/{key}/{page}\".", () -> routes.uri(FormView.class, "a", "b", "c"));
    }

    @Test
    void a_missing_or_extra_named_value_names_the_template() {
        assertMessage("The template \"/files/{path: .*}\" of " + FileView.class.getName()
                + " needs a value for {path}.", () -> routes.uri(FileView.class, Map.of()));
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("path", "a");
        extra.put("other", "b");
        assertMessage("The template \"/files/{path: .*}\" of " + FileView.class.getName()
                + " has no variable {other}; its variables are {path}.", () -> routes.uri(FileView.class, extra));
        assertMessage("No template of the route \"form\" has exactly the variables {key}, {nope}:"
                + " \"/forms/{key}\", \"/forms/{key}/{page}\".", () -> routes.uri("form", Map.of("key", "k", "nope", "x")));
    }

    @Test
    void null_empty_and_dot_values_are_rejected() {
        assertMessage("The value \"null\" of {key} in the template \"/forms/{key}\" of " + FormView.class.getName()
                + " is null.", () -> routes.uri(FormView.class, (Object) null));
        assertMessage("The value \"\" of {key} in the template \"/forms/{key}\" of " + FormView.class.getName()
                + " cannot be a path segment.", () -> routes.uri(FormView.class, ""));
        assertMessage("The value \"..\" of {key} in the template \"/forms/{key}\" of " + FormView.class.getName()
                + " cannot be a path segment.", () -> routes.uri(FormView.class, ".."));
        assertMessage("The value \"a/../b\" of {path} in the template \"/files/{path: .*}\" of " + FileView.class.getName()
                + " has a '.' or '..' segment, which never reaches a view.", () -> routes.uri(FileView.class, "a/../b"));
    }

    @Test
    void an_unknown_view_or_name_is_rejected() {
        assertMessage(NotAView.class.getName() + " has no route: it is not a deployed @View.",
                () -> routes.uri(NotAView.class));
        assertMessage("No view is named \"nope\"; the names are [form].", () -> routes.uri("nope"));
    }

    private static void assertMessage(String message, Runnable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call::run);
        assertEquals(message, e.getMessage());
    }
}
