package org.freshview.it;

import org.freshview.it.views.ForwardView;
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
        return Deployments.war("results", ResultsView.class, ItemView.class, VoidView.class, GreetingView.class,
                        ForwardView.class)
                .addAsWebResource(new StringAsset(
                        "<%@ page contentType=\"text/plain; charset=UTF-8\" %>view=${view.greeting};named=${greeter.greeting}"),
                        "WEB-INF/greeting.jsp")
                .addAsWebResource(new StringAsset(
                        "<%@ page contentType=\"text/plain; charset=UTF-8\" %>the JSP renders ${view.name}"),
                        "pages/page.jsp")
                .addAsWebResource(new StringAsset(NOT_FOUND_PAGE), "not-found.html")
                .setWebXML(new StringAsset(WEB_XML));
    }

    /** The application's own 404 page, which Result.notFound() must lead to (docs/results.md). */
    private static final String NOT_FOUND_PAGE = "The results application has no such page.";

    // Servlet 5.0 so that TomEE 9 reads it too.
    private static final String WEB_XML = """
            <web-app xmlns="https://jakarta.ee/xml/ns/jakartaee" version="5.0">
                <error-page>
                    <error-code>404</error-code>
                    <location>/not-found.html</location>
                </error-page>
            </web-app>
            """;

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
    void a_forward_to_a_jsp_whose_path_a_view_template_matches_is_not_routed_again() {
        HttpResponse<String> response = Http.get(base, "pages/intro");

        assertEquals(200, response.statusCode(), response.body());
        assertEquals("the JSP renders intro", response.body().strip());
    }

    @Test
    void head_on_a_render_handler_sends_the_status_and_type_of_get_without_the_body() {
        HttpResponse<String> get = Http.get(base, "greeting?name=Ada");
        HttpResponse<String> head = Http.send(Http.to(base, "greeting?name=Ada")
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build());

        assertHeadMatchesGet(get, head);
    }

    @Test
    void head_on_a_void_handler_sends_the_headers_and_length_of_get_without_the_body() {
        HttpResponse<String> get = Http.get(base, "void");
        HttpResponse<String> head = Http.send(Http.to(base, "void")
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build());

        assertEquals(202, get.statusCode());
        assertHeadMatchesGet(get, head);
    }

    /** Status, an empty body, the media type of GET and the length of GET's body, on every server. */
    private static void assertHeadMatchesGet(HttpResponse<String> get, HttpResponse<String> head) {
        assertEquals(get.statusCode(), head.statusCode());
        assertEquals("", head.body());
        assertEquals(mediaType(get), mediaType(head), "Content-Type of HEAD");
        String expected = String.valueOf(get.body().getBytes(StandardCharsets.UTF_8).length);
        assertEquals(expected, head.headers().firstValue("Content-Length").orElse("none"), "Content-Length of HEAD");
    }

    /** The media type without parameters: servers differ in the charset they add once a writer is taken. */
    private static String mediaType(HttpResponse<String> response) {
        return response.headers().firstValue("Content-Type").orElse("none").split(";")[0].strip().toLowerCase();
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
        assertEquals(contextPath() + "/items/42/a%20b", post.headers().firstValue("Location").orElseThrow());
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
    void not_found_sends_404_with_the_applications_error_page() {
        HttpResponse<String> response = get("not-found", null);

        assertEquals(404, response.statusCode());
        assertEquals(NOT_FOUND_PAGE, response.body().strip());
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
    void a_void_handler_gets_the_csrf_cookie_for_a_form_in_the_page_it_writes() {
        HttpResponse<String> response = Http.get(base, "void");

        String cookie = response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("freshview-csrf=")).findFirst().orElse("none");
        assertTrue(cookie.contains("HttpOnly"), cookie);
    }

    @Test
    void a_failing_handler_gets_500_without_stack_trace() {
        HttpResponse<String> response = get("fail", null);

        assertEquals(500, response.statusCode());
        assertEquals("Internal Server Error", response.body());
        assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse("absent"));
        assertFalse(response.body().contains("IllegalStateException"));
    }

    @Test
    void a_failing_handler_is_logged_once_at_error_with_the_handler_the_method_and_the_path() {
        TargetServer server = TargetServer.current();
        long mark = server.logMark();
        String entry = "Freshview view " + ResultsView.class.getName() + "#get failed on GET " + contextPath() + "/results";

        assertEquals(500, get("fail", null).statusCode());

        String log = server.logSince(mark, entry);
        assertEquals(1, count(log, entry), () -> "expected one entry\n  " + entry + "\nin\n" + log);
        assertTrue(lineOf(log, entry).contains(server.levelInLog(System.Logger.Level.ERROR)), log);
        // The exception is in that entry, and nothing else (the container) logged it a second time.
        assertEquals(1, count(log, ResultsView.FAILURE), log);
    }

    @Test
    void a_refused_redirect_is_logged_as_a_warning() {
        TargetServer server = TargetServer.current();
        long mark = server.logMark();
        String entry = "Freshview refused a redirect from GET " + contextPath() + "/results";

        assertEquals(400, get("redirect", "https://evil.example/refused-and-logged").statusCode());

        String log = server.logSince(mark, "refused-and-logged");
        assertTrue(log.contains(entry), () -> "expected\n  " + entry + "\nin\n" + log);
        assertTrue(lineOf(log, entry).contains("https://evil.example/refused-and-logged"), log);
        assertTrue(lineOf(log, entry).contains(server.levelInLog(System.Logger.Level.WARNING)), log);
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            count++;
        }
        return count;
    }

    /** The whole line of {@code log} that holds {@code part}, or "" if none does. */
    private static String lineOf(String log, String part) {
        return log.lines().filter(line -> line.contains(part)).findFirst().orElse("");
    }
}
