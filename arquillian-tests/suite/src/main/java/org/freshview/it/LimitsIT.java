package org.freshview.it;

import org.freshview.it.views.LimitsView;
import org.freshview.it.views.OverflowView;
import org.freshview.it.views.SlugView;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Collections;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every value from a request is bounded and parsed in linear time: too many parameters, a huge
 * number, a segment too long for its regex get a short plain answer, never a 5xx or a stack trace.
 * The WAR sets {@code freshview.maxParameters=20}, below every container's own limit, so what
 * is asserted here is Freshview's answer on every server.
 */
@ExtendWith(ArquillianExtension.class)
class LimitsIT {

    static final int MAX = 20;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war("limits", LimitsView.class, SlugView.class, OverflowView.class)
                .addAsResource(new StringAsset("freshview.maxParameters=" + MAX + "\n"), "freshview.properties");
    }

    @ArquillianResource
    URL base;

    /** {@code a=1&a=1&...}: one name, so the view can count the values it got. */
    static String pairs(int count) {
        return String.join("&", Collections.nCopies(count, "a=1"));
    }

    /** {@code f1=1&f2=1&...}: a name per pair, which is what Jetty's form limit counts. */
    static String distinctPairs(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> "f" + i + "=1").collect(Collectors.joining("&"));
    }

    private HttpResponse<String> sendForm(String method, String body) {
        return Http.send(Http.to(base, "limits").header("Content-Type", Http.FORM)
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build());
    }

    static void assertPlain(int status, String body, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), Http.abbreviate(response.body()));
        assertEquals(body, response.body());
        assertEquals("text/plain;charset=utf-8",
                response.headers().firstValue("Content-Type").orElse("").replace(" ", "").toLowerCase());
    }

    @Test
    void a_query_string_of_up_to_the_configured_number_of_parameters_is_bound() {
        HttpResponse<String> response = Http.get(base, "limits?" + pairs(MAX));

        assertEquals(200, response.statusCode(), response.body());
        assertEquals("a=20 decimal=0 integer=0", response.body());
    }

    @Test
    void a_query_string_of_more_parameters_than_configured_is_a_400() {
        assertPlain(400, "Bad Request: the query string has more than 20 parameters.",
                Http.get(base, "limits?" + distinctPairs(MAX + 1)));
    }

    @Test
    void a_posted_form_of_up_to_the_configured_number_of_fields_is_bound() {
        HttpResponse<String> response = sendForm("POST", pairs(MAX));

        assertEquals(200, response.statusCode(), response.body());
        assertEquals("a=20", response.body());
    }

    @Test
    void a_posted_form_of_more_fields_than_configured_is_a_413() {
        assertPlain(413, "Content Too Large: the form has more than 20 fields.", sendForm("POST", distinctPairs(MAX + 1)));
    }

    @Test
    void query_parameters_do_not_count_against_the_form_of_a_post() {
        HttpResponse<String> response = Http.send(Http.to(base, "limits?" + pairs(MAX))
                .header("Content-Type", Http.FORM).POST(HttpRequest.BodyPublishers.ofString(pairs(MAX))).build());

        assertEquals(200, response.statusCode(), response.body());
        assertEquals("a=20", response.body());
    }

    @Test
    void a_put_form_of_up_to_the_configured_number_of_fields_is_bound() {
        HttpResponse<String> response = sendForm("PUT", pairs(MAX));

        assertEquals(200, response.statusCode(), response.body());
        assertEquals("a=20", response.body());
    }

    @Test
    void a_put_form_of_more_fields_than_configured_is_a_413() {
        assertPlain(413, "Content Too Large: the form has more than 20 fields.", sendForm("PUT", distinctPairs(MAX + 1)));
    }

    @Test
    void numbers_of_up_to_1000_characters_are_bound() {
        HttpResponse<String> response = Http.get(base, "limits?decimal=0." + "9".repeat(998)
                + "&integer=" + "9".repeat(1000));

        assertEquals(200, response.statusCode(), Http.abbreviate(response.body()));
        assertEquals("a=0 decimal=998 integer=1000", response.body());
    }

    @Test
    void a_number_of_more_than_1000_characters_is_a_400() {
        assertPlain(400, "Bad query parameter \"integer\": expected an integer of at most 1000 digits, got \""
                        + "9".repeat(40) + "...\".",
                Http.get(base, "limits?integer=" + "9".repeat(1001)));
        assertPlain(400, "Bad query parameter \"decimal\": expected a number of at most 1000 digits, got \"1e1001\".",
                Http.get(base, "limits?decimal=1e1001"));
    }

    @Test
    void a_segment_that_a_regex_matches_by_recursion_is_matched_when_short() {
        HttpResponse<String> response = Http.get(base, "slugs/" + "a-b".repeat(10));

        assertEquals(200, response.statusCode(), response.body());
        assertEquals("slug of 30", response.body());
    }

    @Test
    void a_segment_too_long_for_its_regex_is_a_400_not_the_containers_error_page() {
        // Whether 2048 characters overflow the stack depends on the request thread's stack size:
        // they do on Tomcat's and Undertow's threads; GlassFish's threads sometimes have room and
        // the match completes. Either way no 5xx and no container page (RegexLimitsTest proves
        // the overflow itself becomes the 400).
        HttpResponse<String> response = Http.get(base, "slugs/" + "a".repeat(2048));
        if (response.statusCode() == 200) {
            assertEquals("slug of 2048", response.body());
        } else {
            assertPlain(400, "Bad Request: a segment of the path could not be matched.", response);
        }
    }

    @Test
    void a_handler_that_overflows_the_stack_is_a_plain_500_without_a_stack_trace() {
        assertPlain(500, "Internal Server Error", Http.get(base, "overflow"));
    }
}
