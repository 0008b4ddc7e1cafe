package org.freshview.it;

import org.freshview.it.views.OrderView;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ArquillianExtension.class)
class ConcurrencyIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war("concurrency", OrderView.class)
                .addAsWebResource(new StringAsset("<form method=\"post\">${csrf.hiddenField}</form>"),
                        "WEB-INF/form.jsp");
    }

    @ArquillianResource
    URL base;

    @Test
    void two_hundred_concurrent_posts_each_see_only_their_own_path_and_form_values() {
        HttpResponse<String> page = Http.get(base, "orders/0");
        assertEquals(200, page.statusCode(), page.body());
        // Every cookie back, as a browser would: the JSP opened a session (JSPs do by default), and
        // a token issued while a session exists is bound to it (docs/csrf.md).
        assertTrue(page.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("freshview-csrf=")),
                page.headers().toString());
        String cookie = page.headers().allValues("Set-Cookie").stream()
                .map(c -> c.split(";")[0]).collect(Collectors.joining("; "));
        Matcher token = Pattern.compile("value=\"([A-Za-z0-9_-]+)\"").matcher(page.body());
        assertTrue(token.find(), page.body());

        List<CompletableFuture<HttpResponse<String>>> responses = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            responses.add(Http.sendAsync(Http.to(base, "orders/o-" + i)
                    .header("Cookie", cookie).header("Content-Type", Http.FORM)
                    .POST(Http.form("_csrf", token.group(1), "note", "note for " + i + " ü")).build()));
        }

        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < responses.size(); i++) {
            HttpResponse<String> response = responses.get(i).join();
            String expected = "id=o-" + i + ";note=note for " + i + " ü";
            if (response.statusCode() != 200 || !expected.equals(response.body())) {
                wrong.add(expected + " -> " + response.statusCode() + " " + Http.abbreviate(response.body()));
            }
        }
        assertEquals(List.of(), wrong);
    }
}
