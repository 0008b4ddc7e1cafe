package org.freshview.it;

import org.freshview.it.views.DestroyedViews;
import org.freshview.it.views.DestroyedViewsView;
import org.freshview.it.views.HelloView;
import org.freshview.it.views.IdentityView;
import org.freshview.it.views.KeyView;
import org.freshview.it.views.LifecycleView;
import org.freshview.it.views.PlainServlet;
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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ArquillianExtension.class)
class FoundationIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war("foundation", HelloView.class, IdentityView.class, KeyView.class, PlainServlet.class,
                        LifecycleView.class, DestroyedViews.class, DestroyedViewsView.class)
                .addAsWebResource(new StringAsset("a static file"), "static.txt");
    }

    @ArquillianResource
    URL base;

    @Test
    void a_view_answers_its_path_with_its_text() {
        HttpResponse<String> response = Http.get(base, "hello");

        assertEquals(200, response.statusCode());
        assertEquals("Hello from Freshview", response.body());
        String contentType = response.headers().firstValue("Content-Type").orElseThrow().toLowerCase();
        assertTrue(contentType.startsWith("text/plain") && contentType.contains("charset=utf-8"), contentType);
    }

    @Test
    void a_path_no_view_claims_reaches_the_servlet_that_owns_it() {
        HttpResponse<String> response = Http.get(base, "plain");

        assertEquals(200, response.statusCode());
        assertEquals("plain servlet", response.body());
    }

    @Test
    void a_path_no_view_claims_reaches_a_static_file() {
        HttpResponse<String> response = Http.get(base, "static.txt");

        assertEquals(200, response.statusCode());
        assertEquals("a static file", response.body());
    }

    @Test
    void a_path_nobody_claims_is_the_containers_404() {
        assertEquals(404, Http.get(base, "nothing-here").statusCode());
    }

    @Test
    void two_requests_get_two_view_instances() {
        String first = Http.get(base, "identity").body();
        String second = Http.get(base, "identity").body();

        assertNotEquals(first, second);
    }

    @Test
    void two_hundred_concurrent_requests_each_see_only_their_own_key() {
        List<CompletableFuture<HttpResponse<String>>> responses = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            responses.add(Http.getAsync(base, "key?key=k" + i));
        }

        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < responses.size(); i++) {
            HttpResponse<String> response = responses.get(i).join();
            String expected = "key=k" + i;
            if (response.statusCode() != 200 || !expected.equals(response.body())) {
                wrong.add(expected + " -> " + response.statusCode() + " " + Http.abbreviate(response.body()));
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void each_request_destroys_its_own_view_instance_once() throws InterruptedException {
        int before = destroyed().size();
        List<String> served = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            served.add(Http.get(base, "lifecycle").body());
        }

        // The request context ends after the response is sent: wait for the last @PreDestroy,
        // then a moment more, so that a second call for any instance would be seen too.
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (destroyed().size() < before + served.size() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        Thread.sleep(300);
        List<String> all = destroyed();
        List<String> destroyedNow = new ArrayList<>(all.subList(Math.min(before, all.size()), all.size()));

        assertEquals(served.stream().sorted().toList(), destroyedNow.stream().sorted().toList(),
                "@PreDestroy must run once for each request's instance, and for no other");
    }

    private List<String> destroyed() {
        String body = Http.get(base, "lifecycle/destroyed").body();
        return body.isEmpty() ? List.of() : List.of(body.split("\n"));
    }
}
