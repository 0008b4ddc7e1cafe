package org.freshview.it;

import org.freshview.it.views.validation.RsvpView;
import org.freshview.it.views.validation.SearchView;
import org.freshview.it.views.validation.SignupForm;
import org.freshview.it.views.validation.SignupView;
import org.freshview.it.views.validation.StrictView;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bean Validation and conversion errors (docs/validation.md): the page shown again with each
 * field's input and messages, the 400 list, messages in the request's language, hostile input.
 */
@ExtendWith(ArquillianExtension.class)
class ValidationIT {

    private static final String PAGE = """
            <%@ page contentType="text/html; charset=UTF-8" pageEncoding="UTF-8" %>\
            <%@ taglib prefix="fv" uri="https://freshview.org/tags" %>
            <form method="post">
            <input name="email" value="<fv:value field="email"/>"><fv:errors field="email"/>
            <input name="age" value="<fv:value field="age"/>"><fv:errors field="age"/>
            <input name="name" value="<fv:value field="name"/>"><fv:errors field="name"/>
            </form>
            <p id="valid">${form.valid}</p><p id="age-errors">${not empty form.errors['age']}</p>
            """;

    private static final String MESSAGES = """
            signup.email.required=Please give your email address.
            signup.email.invalid=This is not an email address.
            signup.age.min=You must be {value} or older.
            signup.name.size=At most {max} characters.
            """;

    private static final String MESSAGES_DE = """
            signup.email.required=Bitte geben Sie Ihre E-Mail-Adresse an.
            signup.email.invalid=Das ist keine E-Mail-Adresse.
            signup.age.min=Sie m\\u00fcssen mindestens {value} Jahre alt sein.
            signup.name.size=H\\u00f6chstens {max} Zeichen.
            org.freshview.conversion=ist ung\\u00fcltig
            """;

    private static final String COOKIE_LOCALE = "org/freshview/it/views/validation/CookieLocale.class";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war("validation", SignupView.class, SignupForm.class, StrictView.class, RsvpView.class,
                        SearchView.class)
                // By name, not as a class: it implements org.freshview.LocaleResolver, which the test's class
                // path lacks (the extension comes from the WAR only), so loading it here would fail
                .addAsWebInfResource(ValidationIT.class.getClassLoader().getResource(COOKIE_LOCALE), "classes/" + COOKIE_LOCALE)
                .addAsWebResource(new StringAsset(PAGE), "WEB-INF/signup.jsp")
                .addAsResource(new StringAsset(MESSAGES), "ValidationMessages.properties")
                .addAsResource(new StringAsset(MESSAGES_DE), "ValidationMessages_de.properties");
    }

    @ArquillianResource
    URL base;

    private HttpResponse<String> post(String path, String language, String... form) {
        return Http.send(Http.to(base, path).header("Content-Type", Http.FORM).header("Accept-Language", language)
                .POST(Http.form(form)).build());
    }

    @Test
    void an_invalid_form_is_shown_again_with_the_input_and_each_message_next_to_its_field() {
        HttpResponse<String> page = post("signup", "en", "email", "not-an-email", "age", "17", "name", "Ada");

        assertEquals(200, page.statusCode(), page.body());
        String body = page.body();
        assertTrue(body.contains("<input name=\"email\" value=\"not-an-email\"><span class=\"error\">This is not an email address.</span>"), body);
        assertTrue(body.contains("<input name=\"age\" value=\"17\"><span class=\"error\">You must be 18 or older.</span>"), body);
        assertTrue(body.contains("<input name=\"name\" value=\"Ada\">\n"), body);
        assertTrue(body.contains("<p id=\"valid\">false</p><p id=\"age-errors\">true</p>"), body);
    }

    @Test
    void a_letter_in_a_number_field_is_an_error_of_that_field_and_what_was_typed_comes_back() {
        HttpResponse<String> page = post("signup", "en", "email", "ada@example.com", "age", "1x", "name", "Ada");

        assertEquals(200, page.statusCode(), page.body());
        assertTrue(page.body().contains("<input name=\"age\" value=\"1x\"><span class=\"error\">must be an integer</span>\n"),
                page.body());
        assertFalse(page.body().contains("or older"), "no constraint message for a value that did not convert: " + page.body());
    }

    @Test
    void valid_input_runs_the_handler() {
        HttpResponse<String> response = post("signup", "en", "email", "ada@example.com", "age", "36", "name", "Ada");

        assertEquals(200, response.statusCode(), response.body());
        assertEquals("saved ada@example.com aged 36", response.body());
    }

    @Test
    void the_page_before_any_input_has_an_empty_valid_form() {
        HttpResponse<String> page = Http.get(base, "signup");

        assertEquals(200, page.statusCode(), page.body());
        assertTrue(page.body().contains("<input name=\"email\" value=\"\">\n"), page.body());
        assertTrue(page.body().contains("<p id=\"valid\">true</p><p id=\"age-errors\">false</p>"), page.body());
    }

    @Test
    void messages_come_from_the_application_bundle_in_the_language_the_browser_asks_for() {
        HttpResponse<String> german = post("signup", "de-DE,de;q=0.9,en;q=0.5", "age", "x", "name", "Ada");
        HttpResponse<String> english = post("signup", "en-US,en;q=0.9", "age", "x", "name", "Ada");

        assertTrue(german.body().contains("<span class=\"error\">Bitte geben Sie Ihre E-Mail-Adresse an.</span>"), german.body());
        assertTrue(german.body().contains("value=\"x\"><span class=\"error\">ist ungültig</span>"), german.body());
        assertTrue(english.body().contains("<span class=\"error\">Please give your email address.</span>"), english.body());
        assertTrue(english.body().contains("value=\"x\"><span class=\"error\">must be an integer</span>"), english.body());
    }

    @Test
    void the_application_s_locale_resolver_chooses_the_language_over_accept_language() {
        HttpResponse<String> page = Http.send(Http.to(base, "signup").header("Content-Type", Http.FORM)
                .header("Accept-Language", "en").header("Cookie", "lang=de").POST(Http.form("age", "x")).build());
        HttpResponse<String> search = Http.send(Http.to(base, "search?q=abc").header("Accept-Language", "en")
                .header("Cookie", "lang=de").GET().build());

        assertTrue(page.body().contains("<span class=\"error\">Bitte geben Sie Ihre E-Mail-Adresse an.</span>"), page.body());
        assertTrue(page.body().contains("value=\"x\"><span class=\"error\">ist ungültig</span>"), page.body());
        assertTrue(search.body().endsWith(" locale=de"), search.body());
    }

    @Test
    void a_german_message_with_a_constraint_attribute_is_interpolated() {
        HttpResponse<String> german = post("signup", "de", "email", "ada@example.com", "age", "12");

        assertTrue(german.body().contains("<span class=\"error\">Sie müssen mindestens 18 Jahre alt sein.</span>"), german.body());
    }

    @Test
    void without_a_form_parameter_invalid_input_is_a_400_listing_each_field_and_the_handler_does_not_run() {
        HttpResponse<String> response = post("strict", "en", "age", "3");

        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"), response.headers().toString());
        assertEquals("Bad Request: the input is not valid.\nage: must be 18 or more\nemail: must not be blank", response.body());
    }

    @Test
    void without_a_form_parameter_a_value_that_does_not_convert_is_the_400_naming_it() {
        HttpResponse<String> response = post("strict", "en", "email", "ada@example.com", "age", "three");

        assertEquals(400, response.statusCode(), response.body());
        assertEquals("Bad form field \"age\": expected an integer, got \"three\".", response.body());
    }

    @Test
    void a_handler_with_a_form_runs_with_the_errors_of_its_constrained_parameters() {
        HttpResponse<String> response = post("rsvp", "en", "guests", "9");

        assertEquals(200, response.statusCode(), response.body());
        assertEquals("valid=false guests=9 messages=[guests: at most 5 guests] values={guests=9}", response.body());
    }

    @Test
    void constraints_on_view_fields_are_checked_with_conversion_errors_and_defaults() {
        HttpResponse<String> response = Http.send(Http.to(base, "search?q=a&page=abc").header("Accept-Language", "en").GET().build());

        assertEquals(200, response.statusCode(), response.body());
        String body = response.body();
        assertTrue(body.startsWith("valid=false q=a page=1 errors={"), body);
        assertTrue(body.contains("q=[at least 2 characters]") && body.contains("page=[must be an integer]"), body);
        assertTrue(body.contains("values={") && body.contains("page=abc") && body.contains("q=a"), body);
    }

    @Test
    void the_locale_parameter_is_the_request_language() {
        HttpResponse<String> response = Http.send(Http.to(base, "search?q=abc").header("Accept-Language", "de-DE").GET().build());

        assertEquals("valid=true q=abc page=1 errors={} values={q=abc} locale=de-DE", response.body());
    }

    @Test
    void hostile_input_is_shown_back_escaped_and_bounded() {
        String script = "<script>alert('x')</script>Zoë \"quoted\" 日本";
        String huge = "9" + "y".repeat(60_000); // Jetty refuses a form over 200,000 bytes
        HttpResponse<String> page = post("signup", "en", "email", script, "age", huge, "name", script);

        assertEquals(200, page.statusCode(), Http.abbreviate(page.body()));
        String body = page.body();
        assertFalse(body.contains("<script>"), Http.abbreviate(body));
        String escaped = "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;Zoë &#34;quoted&#34; 日本";
        assertTrue(body.contains("<input name=\"email\" value=\"" + escaped + "\"><span class=\"error\">This is not an email address.</span>"),
                Http.abbreviate(body));
        assertTrue(body.contains("<input name=\"name\" value=\"" + escaped + "\"><span class=\"error\">At most 20 characters.</span>"),
                Http.abbreviate(body));
        assertTrue(body.contains("value=\"9" + "y".repeat(9_999) + "\"><span class=\"error\">must be an integer</span>"),
                "the typed value comes back cut at 10,000 characters");
        assertTrue(body.length() < 12_000, "length " + body.length());
    }
}
