package org.freshview.it;

import org.freshview.it.views.EnginesView;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The same page rendered by JSP, Thymeleaf and jte: the same HTML, escaped, with a working CSRF token. */
@ExtendWith(ArquillianExtension.class)
class ViewEnginesIT {

    private static final List<String> ENGINES = List.of("jsp", "thymeleaf", "jte");
    private static final Pattern TOKEN = Pattern.compile("<input type=\"hidden\" name=\"_csrf\" value=\"([A-Za-z0-9_-]+)\">");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.withTemplateEngines(Deployments.war("engines", EnginesView.class))
                .addPackages(true, "gg.jte.generated.precompiled")
                .addAsWebResource("org/freshview/it/engines/page.jsp", "WEB-INF/engines/page.jsp")
                .addAsWebResource("org/freshview/it/engines/page.html", "WEB-INF/templates/engines/page.html");
    }

    @ArquillianResource
    URL base;

    @Test
    void each_engine_renders_the_same_page_from_the_view() {
        for (String engine : ENGINES) {
            HttpResponse<String> response = Http.get(base, "engines/" + engine + "?title=Orders");

            assertEquals(200, response.statusCode(), engine + ": " + response.body());
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), engine);
            assertEquals("<h1>Orders</h1>", element(response.body(), "h1"), engine);
            assertEquals("<ul><li>first</li><li>second &amp; third</li></ul>", element(response.body(), "ul"), engine);
            assertTrue(response.body().contains("<input name=\"title\" value=\"Orders\">"), engine + ": " + response.body());
        }
    }

    @Test
    void each_engine_escapes_script_input_in_text_and_attributes() {
        for (String engine : ENGINES) {
            HttpResponse<String> response = Http.get(base, "engines/" + engine + "?title=%3Cscript%3Ealert(1)%3C/script%3E");

            assertEquals(200, response.statusCode(), engine + ": " + response.body());
            assertEquals("<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1>", element(response.body(), "h1"), engine);
            assertFalse(response.body().contains("<script"), engine + ": " + response.body());
        }
    }

    @Test
    void each_engine_renders_the_csrf_token_that_a_post_needs() {
        for (String engine : ENGINES) {
            HttpResponse<String> page = Http.get(base, "engines/" + engine);
            Matcher token = TOKEN.matcher(page.body());
            assertTrue(token.find(), engine + ": " + page.body());
            String cookies = page.headers().allValues("Set-Cookie").stream()
                    .map(c -> c.substring(0, c.indexOf(';'))).collect(Collectors.joining("; "));

            HttpResponse<String> saved = Http.send(Http.to(base, "engines/" + engine)
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookies)
                    .POST(Http.form("_csrf", token.group(1), "title", "Invoices")).build());
            HttpResponse<String> forged = Http.send(Http.to(base, "engines/" + engine)
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookies)
                    .POST(Http.form("title", "Invoices")).build());

            assertEquals(200, saved.statusCode(), engine + ": " + saved.body());
            assertEquals("saved Invoices", saved.body(), engine);
            assertEquals(403, forged.statusCode(), engine);
        }
    }

    @Test
    void a_computed_template_name_no_engine_claims_is_a_500_without_a_stack_trace() {
        HttpResponse<String> response = Http.get(base, "engines/nothing");

        assertEquals(500, response.statusCode());
        assertEquals("Internal Server Error", response.body());
    }

    /** The first {@code <name>...</name>} element of the page, without the whitespace between tags. */
    private static String element(String page, String name) {
        int start = page.indexOf("<" + name + ">");
        int end = page.indexOf("</" + name + ">", start);
        assertTrue(start >= 0 && end > start, "no <" + name + "> in " + page);
        return page.substring(start, end + name.length() + 3).replaceAll(">\\s+<", "><").strip();
    }
}
