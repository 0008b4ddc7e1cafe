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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Hostile input in every field comes back as text, never as markup, on every page that shows it. */
@ExtendWith(ArquillianExtension.class)
class DemoEscapingIT {

    static final String HOSTILE = "<script>alert('xss')</script>\"'&";
    static final String ESCAPED = "&lt;script&gt;alert(&#039;xss&#039;)&lt;/script&gt;&#034;&#039;&amp;";
    /** The same, as Freshview's {@code <fv:value>} writes it into the inputs. */
    static final String ESCAPED_BY_TAG = "&lt;script&gt;alert(&#39;xss&#39;)&lt;/script&gt;&#34;&#39;&amp;";

    static final Map<Integer, List<String>> FIELDS = Map.of(
            1, List.of("fullName", "email", "birthYear"),
            2, List.of("street", "postalCode", "city", "country"),
            3, List.of("comments"));

    @Deployment(testable = false)
    static WebArchive demo() {
        return DemoWar.asBuilt();
    }

    @ArquillianResource
    URL base;

    @Test
    void hostile_input_in_every_field_is_shown_back_escaped_with_the_validation_messages() {
        DemoClient client = new DemoClient();
        URI form = Applications.start(client, base);

        for (Map.Entry<Integer, List<String>> page : FIELDS.entrySet()) {
            Map<String, String> answers = new LinkedHashMap<>();
            page.getValue().forEach(field -> answers.put(field, HOSTILE));
            answers.put("plan", HOSTILE);
            client.get(Applications.page(form, page.getKey()));

            HttpResponse<String> shown = client.post(Applications.page(form, page.getKey()), answers);

            assertEquals(200, shown.statusCode(), "page " + page.getKey());
            assertFalse(shown.body().contains("<script>alert"), shown.body());
            assertEquals(page.getValue().size(), occurrences(shown.body(), ESCAPED_BY_TAG),
                    "page " + page.getKey() + " shows each field's input escaped once: " + shown.body());
        }
    }

    @Test
    void stored_hostile_answers_are_escaped_on_the_review_the_receipt_and_the_list() {
        DemoClient client = new DemoClient();
        URI form = Applications.start(client, base);
        Applications.savePage(client, form, 1, Applications.aboutYou(HOSTILE, "ada@example.org"));
        Applications.savePage(client, form, 2, Applications.address(HOSTILE, HOSTILE, HOSTILE));
        Applications.savePage(client, form, 3, Applications.membership("basic", HOSTILE));

        HttpResponse<String> review = client.get(Applications.page(form, 4));
        assertFalse(review.body().contains("<script>alert"), review.body());
        assertEquals(5, occurrences(review.body(), ESCAPED), review.body());

        for (int page = 1; page <= 3; page++) {
            HttpResponse<String> filled = client.get(Applications.page(form, page));
            assertFalse(filled.body().contains("<script>alert"), filled.body());
            assertEquals(FIELDS.get(page).size() - (page == 1 ? 2 : page == 2 ? 1 : 0),
                    occurrences(filled.body(), ESCAPED_BY_TAG), "page " + page + ": " + filled.body());
        }

        client.post(Applications.page(form, 4), Map.of());
        HttpResponse<String> receipt = client.get(form);
        assertFalse(receipt.body().contains("<script>alert"), receipt.body());
        assertEquals(6, occurrences(receipt.body(), ESCAPED), "the heading names the applicant too: " + receipt.body());

        HttpResponse<String> list = client.get(Applications.uri(base, "forms"));
        assertFalse(list.body().contains("<script>alert"), list.body());
        assertEquals(HOSTILE, DemoDatabase.row(Applications.key(form)).orElseThrow().get("street"));
    }

    @Test
    void a_hostile_name_is_escaped_on_the_thymeleaf_list_and_the_jte_card() {
        DemoClient client = new DemoClient();
        URI form = Applications.start(client, base);
        Applications.savePage(client, form, 1, Applications.aboutYou(HOSTILE, "ada@example.org"));

        HttpResponse<String> recent = client.get(Applications.uri(base, "recent"));
        HttpResponse<String> card = client.get(Applications.uri(base, "card/" + Applications.key(form)));

        assertEquals(200, recent.statusCode(), recent.body());
        assertFalse(recent.body().contains("<script>alert"), recent.body());
        assertEquals(true, recent.body().contains(">&lt;script&gt;alert(&#39;xss&#39;)&lt;/script&gt;&quot;&#39;&amp;</a>"),
                "Thymeleaf's th:text escapes the name: " + recent.body());
        assertEquals(200, card.statusCode(), card.body());
        assertFalse(card.body().contains("<script>alert"), card.body());
        assertEquals(true, card.body().contains("<h1>&lt;script&gt;alert('xss')&lt;/script&gt;\"'&amp;</h1>"),
                "jte escapes <, > and & in text: " + card.body());
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            count++;
        }
        return count;
    }
}
