package org.freshview.demo.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Year;
import java.util.Locale;
import java.util.Map;

import static org.freshview.demo.it.Applications.aboutYou;
import static org.freshview.demo.it.Applications.address;
import static org.freshview.demo.it.Applications.membership;
import static org.freshview.demo.it.Applications.page;
import static org.freshview.demo.it.Applications.savePage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo's pages over HTTP: the whole form, POST-redirect-GET, validation, 404s and CSRF. */
@ExtendWith(ArquillianExtension.class)
class DemoFlowIT {

    @Deployment(testable = false)
    static WebArchive demo() {
        return DemoWar.asBuilt();
    }

    @ArquillianResource
    URL base;

    @Test
    void a_form_is_filled_page_by_page_reviewed_and_submitted() {
        DemoClient client = new DemoClient();
        URI form = Applications.start(client, base);
        String key = Applications.key(form);

        savePage(client, form, 1, aboutYou("Ada Lovelace", "ada@example.org"));
        savePage(client, form, 2, address("12 St James's Square", "London", "United Kingdom"));
        savePage(client, form, 3, membership("supporting", "I row on the Thames."));

        HttpResponse<String> review = client.get(page(form, 4));
        assertEquals(200, review.statusCode());
        assertTrue(review.body().contains("<dd id=\"answer-fullName\">Ada Lovelace</dd>"), review.body());
        assertTrue(review.body().contains("<dd id=\"answer-city\">London</dd>"), review.body());
        assertTrue(review.body().contains("<dd id=\"answer-plan\">Supporting</dd>"), review.body());
        assertFalse(review.body().contains("id=\"incomplete\""), review.body());
        assertTrue(review.body().contains("<a class=\"change\" href=\"" + page(form, 2).getPath() + "\">"),
                "the links of the tag files lead to the pages: " + review.body());
        assertTrue(review.body().contains("<a href=\"" + page(form, 3).getPath() + "\">"), "the progress bar: " + review.body());
        assertTrue(review.body().contains("class=\"brand\" href=\"" + Applications.uri(base, "forms").getPath() + "\""),
                "the header: " + review.body());

        HttpResponse<String> submitted = client.post(page(form, 4), Map.of());
        assertEquals(303, submitted.statusCode());
        assertEquals(form, DemoClient.location(submitted));

        HttpResponse<String> receipt = client.get(form);
        assertEquals(200, receipt.statusCode());
        assertTrue(receipt.body().contains("<h1>Thank you, Ada Lovelace</h1>"), receipt.body());
        assertEquals("SUBMITTED", DemoDatabase.row(key).orElseThrow().get("status"));
    }

    @Test
    void a_draft_form_address_leads_to_the_furthest_page_reached() {
        DemoClient client = new DemoClient();
        URI form = Applications.start(client, base);
        savePage(client, form, 1, aboutYou("Grace Hopper", "grace@example.org"));

        HttpResponse<String> resume = client.get(form);

        assertEquals(302, resume.statusCode());
        assertEquals(page(form, 2), DemoClient.location(resume));
    }

    @Test
    void invalid_input_is_shown_again_with_a_message_next_to_each_field_and_nothing_is_saved() {
        DemoClient client = new DemoClient();
        URI form = Applications.start(client, base);
        client.get(page(form, 1));

        HttpResponse<String> refused = client.post(page(form, 1),
                Map.of("fullName", "Ada Lovelace", "email", "ada-at-example", "birthYear", "3000"));

        assertEquals(200, refused.statusCode());
        String body = refused.body();
        assertTrue(body.contains("value=\"Ada Lovelace\""), body);
        assertTrue(body.contains("value=\"ada-at-example\""), body);
        assertTrue(body.contains("<p class=\"error\" id=\"email-error\"><span class=\"message\">Enter an e-mail address such as ada@example.org.</span></p>"), body);
        assertTrue(body.contains("<p class=\"error\" id=\"birthYear-error\"><span class=\"message\">Enter a year between 1900 and " + Year.now() + ".</span></p>"), body);
        assertFalse(body.contains("id=\"fullName-error\""), body);
        Map<String, String> row = DemoDatabase.row(Applications.key(form)).orElseThrow();
        assertEquals(null, row.get("full_name"));
        assertEquals("1", row.get("reached_page"));
    }

    @Test
    void a_year_that_is_not_a_number_is_shown_as_typed_with_its_message_next_to_the_field() {
        DemoClient client = new DemoClient();
        URI form = Applications.start(client, base);
        client.get(page(form, 1));

        HttpResponse<String> refused = client.post(page(form, 1),
                Map.of("fullName", "Ada Lovelace", "email", "ada@example.org", "birthYear", "19x0"));

        assertEquals(200, refused.statusCode());
        String body = refused.body();
        assertTrue(body.contains("id=\"birthYear\" name=\"birthYear\" type=\"text\" value=\"19x0\""), body);
        assertTrue(body.contains("<p class=\"error\" id=\"birthYear-error\"><span class=\"message\">Enter an integer.</span></p>"), body);
        assertTrue(body.contains("<p class=\"summary\" role=\"alert\">Please correct the fields marked below.</p>"), body);
        assertFalse(body.contains("id=\"email-error\""), body);
        assertEquals(null, DemoDatabase.row(Applications.key(form)).orElseThrow().get("birth_year"));
    }

    @Test
    void messages_and_texts_follow_accept_language_and_then_the_language_switch() {
        DemoClient client = new DemoClient().acceptLanguage("de-CH, de;q=0.9, en;q=0.5");
        URI form = Applications.start(client, base);
        HttpResponse<String> german = client.get(page(form, 1));
        assertTrue(german.body().contains("<html lang=\"de\">"), german.body());
        assertTrue(german.body().contains("<h1>\u00dcber Sie</h1>"), german.body());

        HttpResponse<String> refused = client.post(page(form, 1), Map.of("fullName", "", "email", "ada", "birthYear", "1815"));
        assertEquals(200, refused.statusCode());
        assertTrue(refused.body().contains("id=\"fullName-error\"><span class=\"message\">Bitte f\u00fcllen Sie dieses Feld aus.</span>"), refused.body());
        assertTrue(refused.body().contains("id=\"email-error\"><span class=\"message\">Geben Sie eine E-Mail-Adresse wie ada@example.org an.</span>"), refused.body());
        assertTrue(refused.body().contains("id=\"birthYear-error\"><span class=\"message\">M\u00f6glich sind die Jahre 1900 bis " + Year.now() + ".</span>"), refused.body());

        HttpResponse<String> chosen = client.get(Applications.uri(base, "language/en?back=/forms/" + Applications.key(form) + "/1"));
        assertEquals(302, chosen.statusCode());
        assertEquals(page(form, 1), DemoClient.location(chosen));
        String cookie = chosen.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(cookie.startsWith("lang=en;") && cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"), cookie);

        HttpResponse<String> english = client.get(page(form, 1)); // the cookie wins over Accept-Language
        assertTrue(english.body().contains("<html lang=\"en\">"), english.body());
        assertTrue(english.body().contains("<h1>About you</h1>"), english.body());
        HttpResponse<String> stillEnglish = client.post(page(form, 1), Map.of("fullName", "", "email", "ada@example.org", "birthYear", "1990"));
        assertTrue(stillEnglish.body().contains("id=\"fullName-error\"><span class=\"message\">This field is required.</span>"), stillEnglish.body());
        HttpResponse<String> saved = client.post(page(form, 1), Applications.aboutYou("Ada Lovelace", "ada@example.org"));
        assertEquals(303, saved.statusCode());
        assertTrue(client.get(page(form, 2)).body().contains("<p class=\"notice\" id=\"flash-saved\" role=\"status\">Your answers on \u201cAbout you\u201d were saved.</p>"));
    }

    @Test
    void the_language_switch_takes_only_known_languages_and_sends_back_only_to_a_local_path() {
        DemoClient client = new DemoClient();

        HttpResponse<String> unknown = client.get(Applications.uri(base, "language/xx?back=/forms"));
        assertEquals(404, unknown.statusCode());
        assertTrue(unknown.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("lang=")), unknown.headers().toString());

        for (String back : new String[] {"//evil.example/", "/%5Cevil.example", "%5C%5Cevil.example", "https://evil.example/",
                "/forms%0D%0ASet-Cookie:%20x=y", "javascript:alert(1)", "%2F%2Fevil.example"}) {
            HttpResponse<String> sent = client.get(Applications.uri(base, "language/de?back=" + back));
            assertEquals(302, sent.statusCode(), back);
            assertEquals(Applications.uri(base, "forms"), DemoClient.location(sent), back);
            assertTrue(sent.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("lang=de;")), back);
        }
        HttpResponse<String> none = client.get(Applications.uri(base, "language/de"));
        assertEquals(Applications.uri(base, "forms"), DemoClient.location(none));
        HttpResponse<String> start = client.get(Applications.uri(base, "forms"));
        assertTrue(start.body().contains("<h1>Mitglied werden</h1>"), start.body());
        assertTrue(start.body().toLowerCase(Locale.ROOT).contains("id=\"language-en\" lang=\"en\" href=\""
                + base.getPath() + "language/en?back=%2fforms\""), "the switch back to English, to this page: " + start.body());
    }

    @Test
    void reloading_a_page_after_saving_it_does_not_save_again() {
        DemoClient client = new DemoClient();
        URI form = Applications.start(client, base);
        savePage(client, form, 1, aboutYou("Ada Lovelace", "ada@example.org"));
        String updated = DemoDatabase.row(Applications.key(form)).orElseThrow().get("updated_at");

        HttpResponse<String> reloaded = client.get(page(form, 2)); // what the browser shows after the redirect

        assertEquals(200, reloaded.statusCode());
        assertEquals(updated, DemoDatabase.row(Applications.key(form)).orElseThrow().get("updated_at"));
    }

    @Test
    void a_submitted_form_cannot_be_changed_by_posting_an_old_page_again() {
        DemoClient client = new DemoClient();
        URI form = Applications.start(client, base);
        savePage(client, form, 1, aboutYou("Ada Lovelace", "ada@example.org"));
        savePage(client, form, 2, address("1 Main St", "London", "UK"));
        savePage(client, form, 3, membership("basic", ""));
        client.get(page(form, 4));
        assertEquals(303, client.post(page(form, 4), Map.of()).statusCode());

        HttpResponse<String> again = client.post(page(form, 1), aboutYou("Mallory", "mallory@example.org"));
        HttpResponse<String> backButton = client.get(page(form, 1));

        assertEquals(303, again.statusCode());
        assertEquals(form, DemoClient.location(again));
        assertEquals(302, backButton.statusCode());
        assertEquals(form, DemoClient.location(backButton));
        assertEquals("Ada Lovelace", DemoDatabase.row(Applications.key(form)).orElseThrow().get("full_name"));
    }

    @Test
    void submitting_an_incomplete_form_goes_back_to_the_review_which_names_the_missing_page() {
        DemoClient client = new DemoClient();
        URI form = Applications.start(client, base);
        savePage(client, form, 1, aboutYou("Ada Lovelace", "ada@example.org"));
        client.get(page(form, 4));

        HttpResponse<String> submitted = client.post(page(form, 4), Map.of());
        HttpResponse<String> review = client.get(DemoClient.location(submitted));

        assertEquals(page(form, 4), DemoClient.location(submitted));
        assertTrue(review.body().contains("id=\"incomplete\">Page 2, <a"), review.body());
        assertTrue(review.body().contains(">Address</a>, still has missing or invalid answers.</p>"), review.body());
        assertEquals("DRAFT", DemoDatabase.row(Applications.key(form)).orElseThrow().get("status"));
    }

    @Test
    void an_unknown_key_is_a_404_page() {
        HttpResponse<String> response = new DemoClient().get(Applications.uri(base, "forms/no-such-key/1"));

        assertEquals(404, response.statusCode());
        assertTrue(response.body().contains("id=\"not-found\""), response.body());
        assertTrue(response.body().contains("<title>Not found \u00b7 Freshview demo</title>"), response.body());
        assertTrue(response.body().contains("start again from <a href=\"" + Applications.uri(base, "forms").getPath() + "\">"),
                response.body());
    }

    @Test
    void an_unknown_page_number_is_a_404_page() {
        DemoClient client = new DemoClient();
        URI form = Applications.start(client, base);

        for (String page : new String[] {"0", "5", "99", "review", "1x"}) {
            HttpResponse<String> response = client.get(URI.create(form + "/" + page));
            assertEquals(404, response.statusCode(), page);
            assertTrue(response.body().contains("id=\"not-found\""), page + ": " + response.body());
        }
    }

    @Test
    void a_post_without_the_csrf_token_is_refused_and_stores_nothing() {
        DemoClient client = new DemoClient();
        URI form = Applications.start(client, base);
        client.get(page(form, 1));
        int forms = DemoDatabase.count();

        HttpResponse<String> page = client.postWithout(page(form, 1), aboutYou("Mallory", "mallory@example.org"));
        HttpResponse<String> wrong = client.postWithout(page(form, 1),
                Map.of("fullName", "Mallory", "email", "m@example.org", "birthYear", "1990", "_csrf", "forged"));
        HttpResponse<String> create = client.postWithout(Applications.uri(base, "forms"), Map.of());

        assertEquals(403, page.statusCode());
        assertEquals("Forbidden: missing or invalid CSRF token.", page.body());
        assertEquals(403, wrong.statusCode());
        assertEquals(403, create.statusCode());
        Map<String, String> row = DemoDatabase.row(Applications.key(form)).orElseThrow();
        assertEquals(null, row.get("full_name"));
        assertEquals("1", row.get("reached_page"));
        assertEquals(forms, DemoDatabase.count());
    }

    @Test
    void a_token_from_another_browser_is_refused() {
        DemoClient mallory = new DemoClient();
        mallory.get(Applications.uri(base, "forms"));
        DemoClient victim = new DemoClient();
        URI form = Applications.start(victim, base);

        HttpResponse<String> forged = victim.postWithout(page(form, 1),
                Map.of("fullName", "Mallory", "email", "m@example.org", "birthYear", "1990", "_csrf", mallory.token()));

        assertEquals(403, forged.statusCode());
        assertEquals(null, DemoDatabase.row(Applications.key(form)).orElseThrow().get("full_name"));
    }

    @Test
    void pages_create_no_http_session() {
        DemoClient client = new DemoClient();
        URI form = Applications.start(client, base);
        HttpResponse<String> page = client.get(page(form, 1));
        HttpResponse<String> missing = client.get(Applications.uri(base, "forms/no-such-key"));

        assertTrue(page.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("JSESSIONID")),
                page.headers().toString());
        assertTrue(missing.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("JSESSIONID")),
                missing.headers().toString());
    }
}
