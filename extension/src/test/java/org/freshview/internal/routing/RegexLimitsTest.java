package org.freshview.internal.routing;

import org.freshview.internal.diagnostics.Diagnostic;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RegexLimitsTest {

    private static Router.Builder<String> builder(String... templates) {
        Router.Builder<String> builder = Router.builder();
        for (String template : templates) {
            builder.add(new RouteSpec<>(template, "com.example.PostView", Map.of(), Set.of("GET", "POST"), "Post"));
        }
        return builder;
    }

    @Test
    void a_segment_too_long_for_a_recursive_regex_is_unmatchable_not_a_stack_overflow() {
        Router<String> router = builder("/posts/{slug: (\\w|-)+}").build();

        assertEquals("Post", router.match("GET", "/posts/" + "a-".repeat(20)).target());
        UnmatchablePathException e = assertThrows(UnmatchablePathException.class,
                () -> router.match("GET", "/posts/" + "a".repeat(20_000)));
        assertEquals("Bad Request: a segment of the path could not be matched.", e.getMessage());
    }

    @Test
    void a_regex_that_backtracks_without_end_gives_up_within_its_budget() {
        // (.*a){12} tries every way to cut the segment in twelve: about n^12 steps, 3 s for 27 characters
        Router<String> router = builder("/words/{word: (.*a){12}}").build();

        assertEquals("Post", router.match("GET", "/words/" + "a".repeat(26)).target());
        assertThrows(UnmatchablePathException.class, () -> router.match("GET", "/words/" + "a".repeat(26) + "!"));
    }

    @Test
    void ordinary_regexes_match_long_segments_well_within_the_budget() {
        Router<String> router = builder("/tags/{tag: [\\w-]+}", "/files/{name: .*\\.txt}").build();

        assertEquals("Post", router.match("GET", "/tags/" + "a-".repeat(4000)).target());
        assertEquals("Post", router.match("GET", "/files/" + "a.".repeat(4000) + "txt").target());
        assertEquals(null, router.match("GET", "/files/" + "a.".repeat(4000) + "txx"));
    }

    @Test
    void a_recursive_regex_is_warned_about_once_at_build_with_fv_209() {
        Router.Builder<String> builder = builder("/posts/{slug: (\\w|-)+}", "/tags/{tag: [\\w-]+}");
        builder.build();

        assertEquals(List.of("FV-209 com.example.PostView: The regex \"(\\w|-)+\" of variable {slug} in"
                        + " \"/posts/{slug: (\\w|-)+}\" repeats a group that has an alternative or a quantifier"
                        + " inside: java.util.regex recurses on each repetition, so a segment of a few thousand"
                        + " characters overflows the stack (Freshview answers 400) and a quantifier inside can"
                        + " backtrack for exponential time. Use a character class, for example [\\w-]+ for"
                        + " (\\w|-)+, or a possessive repetition such as (\\w|-)++; this is only a warning."),
                builder.warnings().stream().map(Diagnostic::toString).toList());
    }

    @Test
    void a_segment_a_regex_cannot_finish_is_not_claimed_so_the_filter_answers_it() {
        // Undertow asks claims() while mapping the URL, before any filter: an exception there
        // became its own 500 page (LimitsIT on WildFly).
        Router<String> router = builder("/posts/{slug: (\\w|-)+}", "/words/{word: (.*a){12}}").build();

        assertEquals(false, router.claims("/posts/" + "a".repeat(20_000)));
        assertEquals(false, router.claims("/words/" + "a".repeat(26) + "!"));
        assertEquals(true, router.claims("/posts/" + "a-".repeat(20)));
    }
}
