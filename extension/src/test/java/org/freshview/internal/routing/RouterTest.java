package org.freshview.internal.routing;

import org.freshview.internal.binding.ValueType;
import org.freshview.internal.diagnostics.DeploymentProblems;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RouterTest {

    enum Color { RED, GREEN }

    private static RouteSpec<String> get(String template, String target) {
        return new RouteSpec<>(template, "com.example." + target, Map.of(), Set.of("GET"), target);
    }

    private static RouteSpec<String> typed(String template, String target, Map<String, Class<?>> types) {
        return new RouteSpec<>(template, "com.example." + target, ValueType.of(types), Set.of("GET"), target);
    }

    @SafeVarargs
    private static Router<String> router(RouteSpec<String>... specs) {
        Router.Builder<String> builder = Router.builder();
        for (RouteSpec<String> spec : specs) {
            builder.add(spec);
        }
        return builder.build();
    }

    private static String target(Router<String> router, String path) {
        RouteMatch<String> match = router.match("GET", path);
        return match == null ? null : match.target();
    }

    @Test
    void a_variable_matches_one_segment_and_gives_its_decoded_value() {
        Router<String> router = router(get("/forms/{key}/{page}", "Form"));

        RouteMatch<String> match = router.match("GET", "/forms/tax%20return/2");

        assertEquals("Form", match.target());
        assertEquals("tax return", match.value("key"));
        assertEquals("2", match.value("page"));
        assertEquals(Map.of("key", "tax return", "page", "2"), match.values());
    }

    @Test
    void an_encoded_slash_is_a_character_of_its_segment() {
        Router<String> router = router(get("/files/{name}", "File"));

        assertEquals("a/b", router.match("GET", "/files/a%2Fb").value("name"));
        assertNull(router.match("GET", "/files/a/b"));
    }

    @Test
    void each_segment_is_decoded_once() {
        Router<String> router = router(get("/files/{name}", "File"));

        assertEquals("%41", router.match("GET", "/files/%2541").value("name"));
    }

    @Test
    void a_literal_segment_matches_its_encoded_form() {
        Router<String> router = router(get("/caf\u00e9", "Cafe"));

        assertEquals("Cafe", target(router, "/caf%C3%A9"));
    }

    @Test
    void a_malformed_escape_is_rejected() {
        Router<String> router = router(get("/files/{name}", "File"));

        for (String path : List.of("/files/%", "/files/%4", "/files/%zz", "/files/%C3", "/files/%FF")) {
            MalformedPathException e = assertThrows(MalformedPathException.class, () -> router.match("GET", path), path);
            assertEquals("Bad request: the path has a malformed percent-escape.", e.getMessage());
        }
    }

    @Test
    void path_parameters_are_ignored() {
        Router<String> router = router(get("/forms/{key}", "Form"), get("/", "Root"));

        assertEquals("k", router.match("GET", "/forms;jsessionid=1/k;v=2").value("key"));
        assertEquals("Root", target(router, "/;jsessionid=1"));
    }

    @Test
    void dot_segments_never_reach_a_view() {
        Router<String> router = router(get("/files/{name}", "File"), get("/{a}/{b}/{c}", "Three"),
                get("/static/{path: .*}", "Static"));

        for (String path : List.of("/files/..", "/files/.", "/files/%2E%2E", "/files/%2e", "/x/../files",
                "/static/a/../b", "/static/.;x", "/files/..;x")) {
            assertNull(router.match("GET", path), path);
        }
        assertEquals("...", router.match("GET", "/files/...").value("name"));
        assertEquals(".x", router.match("GET", "/files/.x").value("name"));
    }

    @Test
    void a_dot_segment_inside_a_decoded_value_never_reaches_a_view() {
        Router<String> router = router(get("/files/{path: .*}", "Files"), get("/echo/{key}", "Echo"));

        for (String path : List.of("/files/..%2F..%2FWEB-INF%2Fweb.xml", "/echo/..%2Fsecret", "/echo/a%2F..",
                "/echo/a%2F.%2Fb", "/echo/..%5Csecret", "/echo/a\\..\\b", "/echo/.\\x", "/files/a/b%2F..%2F..",
                "/files/a\\..", "/echo/%2E%2E%2Fx")) {
            assertNull(router.match("GET", path), path);
        }
        assertEquals("..x/y", router.match("GET", "/echo/..x%2Fy").value("key"));
        assertEquals("a/.../b", router.match("GET", "/echo/a%2F...%2Fb").value("key"));
        assertEquals("a\\b.", router.match("GET", "/echo/a\\b.").value("key"));
    }

    @Test
    void a_malformed_escape_is_a_400_only_where_a_template_would_take_the_segment() {
        Router<String> router = router(get("/echo/{key}", "Echo"), get("/files/{path: .*}", "Files"),
                get("/only/literal", "Literal"));

        assertNull(router.match("GET", "/static/caf%E9.css"));
        assertNull(router.match("GET", "/static/%zz/echo"));
        assertNull(router.match("GET", "/echo/k/%zz"));
        for (String path : List.of("/echo/%zz", "/echo/caf%E9", "/files/a/%zz/b", "/only/%", "/%C3%28/x")) {
            assertThrows(MalformedPathException.class, () -> router.match("GET", path), path);
        }
    }

    @Test
    void raw_non_ascii_characters_decode_alike_with_and_without_escapes() {
        Router<String> router = router(get("/echo/{key}", "Echo"));

        // what a container that reads the request line as ISO-8859-1 shows for the UTF-8 of "café"
        assertEquals("caf\u00c3\u00a9", router.match("GET", "/echo/caf\u00c3\u00a9").value("key"));
        assertEquals("caf\u00c3\u00a9!", router.match("GET", "/echo/caf\u00c3\u00a9%21").value("key"));
        // what a container that reads it as UTF-8 shows
        assertEquals("caf\u00e9", router.match("GET", "/echo/caf\u00e9").value("key"));
        assertEquals("caf\u00e9!", router.match("GET", "/echo/caf\u00e9%21").value("key"));
        assertEquals("\u20ac\u00e9", router.match("GET", "/echo/\u20ac%C3%A9").value("key"));
    }

    @Test
    void a_control_character_in_a_value_is_a_400_unless_the_regex_names_it() {
        Router<String> router = router(get("/echo/{key}", "Echo"), get("/files/{path: .*}", "Files"),
                get("/any/{v: .+}", "Any"), get("/bytes/{v: [\\x00-\\x7F]+}", "Bytes"), get("/only/literal", "Literal"));

        for (String path : List.of("/echo/%00", "/echo/a%0Ab", "/echo/%7F", "/files/a/b%00.txt", "/any/%09")) {
            MalformedPathException e = assertThrows(MalformedPathException.class, () -> router.match("GET", path), path);
            assertEquals("Bad request: the path has a control character.", e.getMessage());
        }
        assertEquals("a\u0000b", router.match("GET", "/bytes/a%00b").value("v"));
        assertNull(router.match("GET", "/only/%00"));
        assertEquals("a b", router.match("GET", "/echo/a%20b").value("key"));
    }

    @Test
    void a_variable_never_matches_an_empty_segment() {
        Router<String> router = router(get("/a/{x}/b", "AxB"), get("/a/{x}", "Ax"));

        assertNull(router.match("GET", "/a//b"));
        assertNull(router.match("GET", "/a/"));
    }

    @Test
    void literal_beats_variable() {
        Router<String> router = router(get("/users/{id}", "User"), get("/users/me", "Me"));

        assertEquals("Me", target(router, "/users/me"));
        assertEquals("User", target(router, "/users/you"));
    }

    @Test
    void constrained_variable_beats_unconstrained() {
        Router<String> router = router(get("/items/{name}", "ByName"),
                typed("/items/{id}", "ById", Map.of("id", int.class)),
                typed("/items/{uuid}", "ByUuid", Map.of("uuid", UUID.class)),
                typed("/items/{color}", "ByColor", Map.of("color", Color.class)),
                get("/items/{code: [a-z]{3}}", "ByCode"));

        assertEquals("ById", target(router, "/items/42"));
        assertEquals("ById", target(router, "/items/-42"));
        assertEquals("ByName", target(router, "/items/4294967296"));
        assertEquals("ByUuid", target(router, "/items/" + UUID.nameUUIDFromBytes(new byte[] {1})));
        assertEquals("ByColor", target(router, "/items/RED"));
        assertEquals("ByCode", target(router, "/items/red"));
        assertEquals("ByName", target(router, "/items/reds"));
    }

    @Test
    void among_constrained_variables_enums_then_uuids_then_integers_then_regexes_are_tried() {
        Router<String> router = router(get("/v/{r: [A-Z0-9-]+}", "Regex"),
                typed("/v/{i}", "Int", Map.of("i", int.class)),
                typed("/v/{u}", "Uuid", Map.of("u", UUID.class)),
                typed("/v/{c}", "Color", Map.of("c", Color.class)));

        assertEquals("Color", target(router, "/v/RED"));
        assertEquals("Uuid", target(router, "/v/123E4567-E89B-12D3-A456-426614174000"));
        assertEquals("Int", target(router, "/v/12"));
        assertEquals("Regex", target(router, "/v/BLUE"));
    }

    @Test
    void a_long_variable_takes_what_an_int_cannot() {
        Router<String> router = router(typed("/n/{i}", "Int", Map.of("i", Integer.class)),
                typed("/n/{l}", "Long", Map.of("l", long.class)));

        assertEquals("Int", target(router, "/n/2147483647"));
        assertEquals("Long", target(router, "/n/2147483648"));
        assertEquals("Long", target(router, "/n/-9223372036854775808"));
        assertNull(target(router, "/n/9223372036854775808"));
    }

    @Test
    void longer_literal_prefix_wins_and_backtracks_on_a_dead_end() {
        Router<String> router = router(get("/a/b/{x}", "LiteralPrefix"), get("/a/{y}/c", "VariableFirst"),
                get("/a/{y}/{z}", "Both"));

        assertEquals("LiteralPrefix", target(router, "/a/b/c"));
        assertEquals("VariableFirst", target(router, "/a/q/c"));
        assertEquals("Both", target(router, "/a/q/d"));
    }

    @Test
    void catch_all_comes_last_and_takes_the_rest_of_the_path() {
        Router<String> router = router(get("/files/{path: .*}", "Tail"), get("/files/{name}", "One"),
                get("/files/index", "Index"));

        assertEquals("Index", target(router, "/files/index"));
        assertEquals("One", target(router, "/files/a"));
        RouteMatch<String> deep = router.match("GET", "/files/a/b%20c/d");
        assertEquals("Tail", deep.target());
        assertEquals("a/b c/d", deep.value("path"));
        assertEquals("", router.match("GET", "/files").value("path"));
        assertEquals("", router.match("GET", "/files/").value("path"));
        assertEquals("a/", router.match("GET", "/files/a/").value("path"));
    }

    @Test
    void a_non_empty_catch_all_needs_a_rest() {
        Router<String> router = router(get("/files/{path: .+}", "Tail"));

        assertNull(router.match("GET", "/files"));
        assertNull(router.match("GET", "/files/"));
        assertEquals("x", router.match("GET", "/files/x").value("path"));
    }

    @Test
    void matching_does_not_depend_on_declaration_order() {
        List<RouteSpec<String>> specs = List.of(get("/a/{x}", "Ax"), get("/a/b", "Ab"),
                typed("/a/{n}", "An", Map.of("n", int.class)), get("/{p: .*}", "All"), get("/a/{x}/{y}", "Axy"));
        List<String> paths = List.of("/a/b", "/a/c", "/a/1", "/a", "/a/c/d", "/a/c/d/e", "/");
        List<String> expected = List.of("Ab", "Ax", "An", "All", "Axy", "All", "All");
        for (int rotation = 0; rotation < specs.size(); rotation++) {
            Router.Builder<String> builder = Router.builder();
            for (int i = 0; i < specs.size(); i++) {
                builder.add(specs.get((i + rotation) % specs.size()));
            }
            Router<String> router = builder.build();
            assertEquals(expected, paths.stream().map(p -> target(router, p)).toList(), "rotation " + rotation);
        }
    }

    @Test
    void the_root_template_matches_the_root_path() {
        Router<String> router = router(get("/", "Root"), get("/{x}", "X"));

        assertEquals("Root", target(router, "/"));
        assertEquals("Root", target(router, ""));
        assertEquals("X", target(router, "/y"));
    }

    @Test
    void a_path_matched_for_another_method_is_a_405_with_the_allowed_methods() {
        Router<String> router = router(new RouteSpec<>("/items/{id}", "com.example.Item", Map.of(),
                Set.of("PUT", "GET", "DELETE"), "Item"));

        RouteMatch<String> match = router.match("POST", "/items/1");

        assertNull(match.target());
        assertEquals(List.of("DELETE", "GET", "PUT"), List.copyOf(match.allowedMethods()));
    }

    @Test
    void a_less_specific_template_handles_a_method_the_more_specific_one_does_not() {
        Router<String> router = router(get("/users/me", "Me"),
                new RouteSpec<>("/users/{id}", "com.example.User", Map.of(), Set.of("DELETE"), "DeleteUser"));

        assertEquals("DeleteUser", router.match("DELETE", "/users/me").target());
        assertEquals("me", router.match("DELETE", "/users/me").value("id"));
        assertEquals(Set.of("GET"), router.match("POST", "/users/me").allowedMethods());
    }

    @Test
    void a_literal_route_match_is_shared_and_allocation_free() {
        Router<String> router = router(get("/a/b", "Ab"));

        assertSame(router.match("GET", "/a/b"), router.match("GET", "/a/b"));
        assertEquals(Map.of(), router.match("GET", "/a/b").values());
    }

    @Test
    void an_unknown_path_is_no_match() {
        Router<String> router = router(get("/a/{x}", "Ax"));

        assertNull(router.match("GET", "/b/c"));
        assertNull(router.match("GET", "/a"));
        assertNull(router.match("GET", "/a/x/y"));
    }

    @Test
    void templates_that_differ_only_in_variable_names_conflict() {
        DeploymentProblems problems = assertThrows(DeploymentProblems.class,
                () -> router(get("/a/{x}", "First"), get("/a/{y}", "Second")));

        assertEquals("FV-201 com.example.Second: GET /a/{y} matches the same requests as GET /a/{x} of"
                + " com.example.First. Change one of the two templates, or constrain a variable by its type"
                + " or a regex.", problems.getMessage());
    }

    @Test
    void equal_regexes_and_two_catch_alls_conflict() {
        DeploymentProblems problems = assertThrows(DeploymentProblems.class,
                () -> router(get("/a/{x: \\d+}", "A"), get("/a/{y: \\d+}", "B"),
                        get("/f/{p: .*}", "C"), get("/f/{q: .+}", "D")));

        assertEquals(List.of("FV-201 com.example.B: GET /a/{y: \\d+} matches the same requests as GET /a/{x: \\d+} of"
                        + " com.example.A. Change one of the two templates, or constrain a variable by its type or a regex.",
                "FV-201 com.example.D: GET /f/{q: .+} matches the same requests as GET /f/{p: .*} of"
                        + " com.example.C. Change one of the two templates, or constrain a variable by its type or a regex."),
                problems.diagnostics().stream().map(Object::toString).toList());
    }

    @Test
    void different_methods_on_one_template_do_not_conflict() {
        Router<String> router = router(get("/a/{x}", "Get"),
                new RouteSpec<>("/a/{y}", "com.example.Post", Map.of(), Set.of("POST"), "Post"));

        assertEquals("Post", router.match("POST", "/a/1").target());
        assertEquals("1", router.match("POST", "/a/1").value("y"));
        assertEquals("1", router.match("GET", "/a/1").value("x"));
    }

    @Test
    void differently_typed_variables_do_not_conflict() {
        Router<String> router = router(typed("/a/{id}", "ById", Map.of("id", long.class)), get("/a/{name}", "ByName"));

        assertEquals("ById", target(router, "/a/7"));
        assertEquals("ByName", target(router, "/a/x7"));
    }

    @Test
    void every_problem_of_every_route_is_reported_at_once() {
        DeploymentProblems problems = assertThrows(DeploymentProblems.class,
                () -> router(get("no-slash", "A"), get("/x/{y: [}", "B"), get("/same", "C"), get("/same", "D"),
                        new RouteSpec<>("/e", "com.example.E", Map.of(), Set.of("GET"), "E", "shared"),
                        new RouteSpec<>("/f", "com.example.F", Map.of(), Set.of("GET"), "F", "shared")));

        assertEquals(List.of("FV-202", "FV-203", "FV-201", "FV-208"),
                problems.diagnostics().stream().map(d -> d.id()).toList());
        assertEquals("FV-208 com.example.F: The route name \"shared\" is also used by com.example.E."
                + " Give each view its own name() for reverse routing.", problems.diagnostics().get(3).toString());
    }

    @Test
    void the_route_table_lists_routes_in_matching_order() {
        Router<String> router = router(get("/users/{id}", "User"), get("/users/me", "Me"),
                new RouteSpec<>("/users/{id}", "com.example.User", Map.of(), Set.of("DELETE"), "User"));

        assertEquals("""
                METHOD  TEMPLATE     VIEW
                GET     /users/me    com.example.Me
                DELETE  /users/{id}  com.example.User
                GET     /users/{id}  com.example.User
                """, router.routeTable().table());
    }

    @Test
    void may_match_says_no_only_for_a_plain_first_segment_no_template_starts_with() {
        Router<String> router = router(get("/view/{p}", "View"), get("/page/view/{p}", "Page"), get("/about", "About"));

        assertEquals(false, router.mayMatch("/app/static.txt", 4));
        assertEquals(false, router.mayMatch("/app/servlet/x", 4));
        assertEquals(false, router.mayMatch("/app/viewer/x", 4));
        assertEquals(true, router.mayMatch("/app/view/x", 4));
        assertEquals(true, router.mayMatch("/app/view", 4));
        assertEquals(true, router.mayMatch("/app/about", 4));
        assertEquals(true, router.mayMatch("/app/page/", 4));
        assertEquals(true, router.mayMatch("/app", 4), "the context root");
        assertEquals(true, router.mayMatch("/app/", 4));
        assertEquals(true, router.mayMatch("/app//view/x", 4), "an empty first segment");
        assertEquals(true, router.mayMatch("/app/vi%65w/x", 4), "an escape: the decoding walk decides");
        assertEquals(true, router.mayMatch("/app/view;x/y", 4), "a path parameter: the decoding walk decides");
        assertEquals(true, router.mayMatch("/view/x", 0));
        assertEquals(false, router.mayMatch("/other/x", 0));
    }

    @Test
    void may_match_says_yes_when_a_template_starts_with_a_variable() {
        assertEquals(true, router(get("/{slug}", "Slug")).mayMatch("/static.txt", 0));
        assertEquals(true, router(typed("/{n}", "Number", Map.of("n", Integer.class))).mayMatch("/static.txt", 0));
        assertEquals(true, router(get("/{rest: .*}", "All")).mayMatch("/static.txt", 0));
        assertEquals(true, router(get("/", "Root")).mayMatch("/static.txt", 0));
        assertEquals(false, router().mayMatch("/static.txt", 0));
    }

    @Test
    void claims_a_plain_path_some_template_matches_for_any_method() {
        Router<String> router = router(get("/shop/{item}", "Item"), get("/about", "About"),
                new RouteSpec<>("/orders/{id}", "com.example.Order", Map.of(), Set.of("POST"), "Order"));

        assertEquals(true, router.claims("/shop/apple"));
        assertEquals(true, router.claims("/shop/claimed.txt"));
        assertEquals(true, router.claims("/about"));
        assertEquals(true, router.claims("/orders/7"), "matched for POST only: still the view's URL");
        assertEquals(false, router.claims("/shop/assets/site.txt"));
        assertEquals(false, router.claims("/shop/"));
        assertEquals(false, router.claims("/shop"));
        assertEquals(false, router.claims("/static.txt"));
        assertEquals(false, router.claims("/"));
    }

    @Test
    void claims_no_path_read_differently_decoded_and_raw() {
        Router<String> router = router(get("/shop/{item}", "Item"), get("/{rest: .*}", "All"));

        assertEquals(false, router.claims("/shop/100%"), "a decoded '%' would be decoded again");
        assertEquals(false, router.claims("/shop/a;b"));
        assertEquals(false, router.claims("/shop/a\\b"));
        assertEquals(false, router.claims("/shop/../x"));
        assertEquals(true, router.claims("/shop/a b"));
    }
}
