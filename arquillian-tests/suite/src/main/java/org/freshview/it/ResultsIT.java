package org.freshview.it;

import org.freshview.it.views.GreetingView;
import org.freshview.it.views.ItemView;
import org.freshview.it.views.ResultsView;
import org.freshview.it.views.VoidView;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ArquillianExtension.class)
class ResultsIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war("results", ResultsView.class, ItemView.class, VoidView.class, GreetingView.class)
                .addAsWebResource(new StringAsset(
                        "<%@ page contentType=\"text/plain; charset=UTF-8\" %>view=${view.greeting};named=${greeter.greeting}"),
                        "WEB-INF/greeting.jsp");
    }

    @ArquillianResource
    URL base;

    private HttpResponse<String> get(String kind, String to) {
        return Http.get(base, query(kind, to));
    }

    private HttpResponse<String> post(String kind, String to) {
        return Http.send(Http.to(base, query(kind, to)).POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    private static String query(String kind, String to) {
        return "results?kind=" + kind + (to == null ? "" : "&to=" + URLEncoder.encode(to, StandardCharsets.UTF_8));
    }

    private String contextPath() {
        String path = base.getPath();
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    @Test
    void render_forwards_to_a_jsp_that_sees_the_view_as_view_and_by_its_cdi_name() {
        HttpResponse<String> response = Http.get(base, "greeting?name=Ada");

        assertEquals(200, response.statusCode(), response.body());
        assertEquals("view=Hello Ada;named=Hello Ada", response.body().strip());
    }

    @Test
    void a_redirect_after_get_is_302_to_a_path_of_the_application() {
        HttpResponse<String> response = get("redirect", "/greeting?name=x");

        assertEquals(302, response.statusCode());
        assertEquals(contextPath() + "/greeting?name=x", response.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void a_redirect_after_post_is_303() {
        HttpResponse<String> response = post("redirect", "/greeting");

        assertEquals(303, response.statusCode());
        assertEquals(contextPath() + "/greeting", response.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void a_redirect_to_a_view_class_goes_through_reverse_routing() {
        HttpResponse<String> get = get("to-view", null);
        HttpResponse<String> post = post("to-view", null);

        assertEquals(302, get.statusCode());
        assertEquals(contextPath() + "/items/42/a%20b", get.headers().firstValue("Location").orElseThrow());
        assertEquals(303, post.statusCode());
        assertEquals("item 42 slug a b", Http.send(Http.to(base, "items/42/a%20b").build()).body());
    }

    @Test
    void a_redirect_status_can_be_chosen() {
        HttpResponse<String> response = post("redirect-301", "/moved");

        assertEquals(301, response.statusCode());
        assertEquals(contextPath() + "/moved", response.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void a_redirect_to_this_host_by_absolute_uri_is_allowed() {
        String same = "http://" + base.getHost() + ":" + base.getPort() + "/elsewhere";
        HttpResponse<String> response = get("redirect", same);

        assertEquals(302, response.statusCode());
        assertEquals(same, response.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void a_redirect_holding_cr_or_lf_is_refused_with_400() {
        for (String evil : new String[] {"/a\r\nSet-Cookie: x=1", "/a\nX: y", "/a\rb"}) {
            HttpResponse<String> response = get("redirect", evil);

            assertEquals(400, response.statusCode(), evil);
            assertEquals("Bad request: refused to redirect to that address.", response.body());
            assertTrue(response.headers().firstValue("Location").isEmpty());
            assertTrue(response.headers().firstValue("X").isEmpty());
        }
    }

    @Test
    void a_redirect_to_another_host_is_refused_with_400() {
        for (String evil : new String[] {"https://evil.example/", "//evil.example/x", "/\\evil.example",
                "http:evil.example", "javascript:alert(1)", "https://" + base.getHost() + "@evil.example/"}) {
            HttpResponse<String> response = get("redirect", evil);

            assertEquals(400, response.statusCode(), evil);
            assertTrue(response.headers().firstValue("Location").isEmpty(), evil);
        }
    }

    @Test
    void a_redirect_to_another_host_is_sent_when_explicitly_allowed() {
        HttpResponse<String> response = get("other-host", "https://accounts.example/login");

        assertEquals(302, response.statusCode());
        assertEquals("https://accounts.example/login", response.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void status_sends_the_status_without_body() {
        HttpResponse<String> response = get("status", null);

        assertEquals(204, response.statusCode());
        assertEquals("", response.body());
    }

    @Test
    void not_found_sends_404() {
        assertEquals(404, get("not-found", null).statusCode());
    }

    @Test
    void text_is_utf8_plain_text_with_the_chosen_status() {
        HttpResponse<String> response = get("text", null);

        assertEquals(201, response.statusCode());
        assertEquals("created ünïcödé", response.body());
        assertEquals("text/plain;charset=utf-8",
                response.headers().firstValue("Content-Type").orElseThrow().replace(" ", "").toLowerCase());
    }

    @Test
    void a_void_handler_writes_the_response_itself() {
        HttpResponse<String> response = Http.get(base, "void");

        assertEquals(202, response.statusCode());
        assertEquals("{\"written\":true}", response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("application/json"));
    }

    @Test
    void a_failing_handler_gets_500_without_stack_trace() {
        HttpResponse<String> response = get("fail", null);

        assertEquals(500, response.statusCode());
        assertEquals("Internal Server Error", response.body());
        assertFalse(response.body().contains("IllegalStateException"));
    }
}
