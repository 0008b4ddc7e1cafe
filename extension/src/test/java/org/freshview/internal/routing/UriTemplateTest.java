package org.freshview.internal.routing;

import org.freshview.internal.diagnostics.DeploymentProblems;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UriTemplateTest {

    @Test
    void variable_names_come_in_template_order() {
        assertEquals(List.of("key", "page"), UriTemplate.parse("/forms/{key}/{page}").variableNames());
    }

    @Test
    void a_regex_may_contain_braces_and_slashes() {
        UriTemplate template = UriTemplate.parse("/codes/{code: [A-Z]{3}}/{rest: a/b|c}");

        assertEquals(List.of("code", "rest"), template.variableNames());
    }

    @Test
    void spaces_around_name_and_regex_are_ignored() {
        assertEquals(List.of("id"), UriTemplate.parse("/items/{ id : \\d+ }").variableNames());
    }

    @Test
    void the_root_template_has_no_segment() {
        UriTemplate root = UriTemplate.parse("/");

        assertTrue(root.isLiteral());
        assertEquals(List.of(), root.variableNames());
    }

    @Test
    void a_catch_all_is_the_last_segment() {
        assertEquals(List.of("path"), UriTemplate.parse("/files/{path: .*}").variableNames());
    }

    @Test
    void a_template_without_leading_slash_is_rejected() {
        assertProblem("forms/{key}", "FV-202 com.example.FormView: The template \"forms/{key}\" does not start with '/'."
                + " Write it relative to the web application, starting with '/', for example \"/forms/{key}\".");
    }

    @Test
    void an_invalid_regex_is_rejected_with_the_reason() {
        assertProblem("/items/{id: [0-9}", "FV-203 com.example.FormView: The regex \"[0-9\" of variable {id} in"
                + " \"/items/{id: [0-9}\" is not a valid java.util.regex pattern: Unclosed character class."
                + " Fix the regex, or drop it to match any one segment.");
    }

    @Test
    void a_duplicate_variable_is_rejected() {
        assertProblem("/a/{x}/b/{x}", "FV-204 com.example.FormView: The template \"/a/{x}/b/{x}\" declares the"
                + " variable {x} twice. Give each variable of a template its own name.");
    }

    @Test
    void a_variable_inside_a_segment_is_rejected() {
        assertProblem("/files/{name}.json", "FV-205 com.example.FormView: The segment \"{name}.json\" of"
                + " \"/files/{name}.json\" is not a literal nor one whole variable {name} or {name: regex}."
                + " Put each variable in a segment of its own; a name starts with a letter, digit or '_'"
                + " and goes on with letters, digits, '_', '.' or '-'.");
    }

    @Test
    void an_unbalanced_brace_is_rejected() {
        assertProblem("/a/{x", "FV-205 com.example.FormView: The segment \"a/{x\" of \"/a/{x\" is not a literal"
                + " nor one whole variable {name} or {name: regex}. Put each variable in a segment of its own;"
                + " a name starts with a letter, digit or '_' and goes on with letters, digits, '_', '.' or '-'.");
    }

    @Test
    void an_invalid_variable_name_is_rejected() {
        assertProblem("/a/{-x}", "FV-205 com.example.FormView: The segment \"{-x}\" of \"/a/{-x}\" is not a literal"
                + " nor one whole variable {name} or {name: regex}. Put each variable in a segment of its own;"
                + " a name starts with a letter, digit or '_' and goes on with letters, digits, '_', '.' or '-'.");
    }

    @Test
    void a_literal_with_a_path_parameter_is_rejected() {
        assertProblem("/a;v=1", "FV-205 com.example.FormView: The segment \"a;v=1\" of \"/a;v=1\" contains one of"
                + " ; ? # % { }. Write the template decoded and without query, fragment or ';' parameters.");
    }

    @Test
    void a_catch_all_before_the_end_is_rejected() {
        assertProblem("/files/{path: .*}/raw", "FV-206 com.example.FormView: The catch-all variable {path} in"
                + " \"/files/{path: .*}/raw\" is not the last segment. Move it to the end of the template,"
                + " or give it a regex that stays within one segment.");
    }

    @Test
    void a_trailing_slash_in_a_template_is_rejected() {
        assertProblem("/forms/", "FV-207 com.example.FormView: The template \"/forms/\" has an empty, '.' or '..'"
                + " segment or ends with '/'. Remove the extra '/' and the dot segments; a request for the path"
                + " with a trailing '/' is handled by the trailing-slash policy.");
    }

    @Test
    void every_problem_of_one_template_is_reported() {
        DeploymentProblems problems = assertThrows(DeploymentProblems.class,
                () -> UriTemplate.parse("/a/{x}/{x}/{y: (}/../b", "com.example.FormView"));

        assertEquals(List.of("FV-204", "FV-203", "FV-207"),
                problems.diagnostics().stream().map(d -> d.id()).toList());
    }

    @Test
    void parse_without_owner_names_the_template() {
        DeploymentProblems problems = assertThrows(DeploymentProblems.class, () -> UriTemplate.parse("x"));

        assertEquals("x", problems.diagnostics().get(0).where());
    }

    private static void assertProblem(String template, String message) {
        DeploymentProblems problems = assertThrows(DeploymentProblems.class,
                () -> UriTemplate.parse(template, "com.example.FormView"));
        assertEquals(message, problems.getMessage());
    }
}
