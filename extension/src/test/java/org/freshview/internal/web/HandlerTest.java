package org.freshview.internal.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.QueryParam;
import org.freshview.CsrfExempt;
import org.freshview.CsrfToken;
import org.freshview.Flash;
import org.freshview.Page;
import org.freshview.Result;
import org.freshview.TemplateNames;
import org.freshview.View;
import org.freshview.ViewEngine;
import org.freshview.testsupport.FakeHttpRequest;
import org.freshview.testsupport.FakeHttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.LogRecord;

import static org.freshview.internal.web.DeployedViews.CONTEXT_PATH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One request through a handler: failures, refused input, the CSRF check and the flash cookie,
 * as the client sees them. Views are deployed in Weld SE; requests and responses are fakes.
 */
class HandlerTest {

    static final String FAILURE = "the handler failed on purpose <script>alert(1)</script>";

    @ApplicationScoped
    static class Counter {
        final AtomicInteger count = new AtomicInteger();

        int increment() {
            return count.incrementAndGet();
        }

        int get() {
            return count.get();
        }
    }

    @View("/fail")
    static class FailingView {
        @QueryParam("kind")
        String kind;

        @GET
        public String get() {
            return switch (kind) {
                case "exception" -> throw new IllegalStateException(FAILURE);
                case "overflow" -> "depth " + depth(0);
                case "out-of-memory" -> throw new OutOfMemoryError("on purpose");
                default -> "no failure";
            };
        }

        private static int depth(int n) {
            return depth(n + 1) + 1;
        }
    }

    @View("/fails-after-writing")
    static class FailsAfterWritingView {
        @GET
        public void write(HttpServletResponse response) throws IOException {
            response.setStatus(200);
            response.getOutputStream().write("partial".getBytes(StandardCharsets.US_ASCII));
            response.flushBuffer();
            throw new IllegalStateException(FAILURE);
        }
    }

    @View("/numbers")
    static class NumberView {
        @QueryParam("n")
        int n;

        @GET
        public String get() {
            return "n=" + n;
        }
    }

    @View("/names")
    @CsrfExempt
    static class NameView {
        @POST
        public String post(@FormParam("name") String name) {
            return "name=" + name;
        }
    }

    @View("/rsvp")
    @CsrfExempt
    static class RsvpView {
        @POST
        public String post(@FormParam("guests") @Min(1) int guests) {
            return "guests=" + guests;
        }
    }

    /** GET renders a form with the token; every unsafe method counts the requests that got through. */
    @View("/guarded")
    static class GuardedView {
        @Inject
        Counter counter;

        @FormParam("title")
        String title;

        @GET
        public Result form() {
            return Result.render("form.test");
        }

        @POST
        public String post() {
            return "saved " + title + " (" + counter.increment() + ")";
        }

        @PUT
        public String put() {
            return "put " + title + " (" + counter.increment() + ")";
        }

        @PATCH
        public String patch() {
            return "patched (" + counter.increment() + ")";
        }

        @DELETE
        public String delete() {
            return "deleted (" + counter.increment() + ")";
        }

        @DispatcherTest.MERGE
        public String merge() {
            return "merged (" + counter.increment() + ")";
        }
    }

    @View("/exempt")
    static class ExemptView {
        @POST
        @CsrfExempt
        public String hook() {
            return "hook ran";
        }

        @DELETE
        public String remove() {
            return "removed";
        }
    }

    @View("/upload")
    static class UploadView {
        @POST
        public String upload(HttpServletRequest request) throws IOException {
            byte[] body = request.getInputStream().readAllBytes();
            String text = new String(body, StandardCharsets.UTF_8).strip();
            return "read " + body.length + " bytes, last line " + text.substring(text.lastIndexOf('\n') + 1);
        }
    }

    @View("/flash")
    @CsrfExempt
    static class FlashView {
        @POST
        public Result save() {
            return Result.redirect("/flash").flash("saved", "Your address was saved");
        }

        @GET
        public Result page() {
            return Result.render("flash.test");
        }
    }

    /** Writes the token a page would show, or the flash messages it received. */
    @ApplicationScoped
    static class TestEngine implements ViewEngine {
        @Override
        public TemplateNames templateNames() {
            return TemplateNames.endingWith(".test");
        }

        @Override
        public void render(Page page) throws IOException {
            Object shown = page.template().equals("flash.test") ? page.model().get(Page.FLASH)
                    : ((CsrfToken) page.model().get(Page.CSRF)).getValue();
            page.response().setContentType("text/html; charset=UTF-8");
            page.response().getWriter().write(String.valueOf(shown));
        }
    }

    private static DeployedViews views;

    @BeforeAll
    static void deploy() {
        views = DeployedViews.of(Counter.class, FailingView.class, FailsAfterWritingView.class, NumberView.class,
                NameView.class, RsvpView.class, GuardedView.class, ExemptView.class, UploadView.class, FlashView.class,
                TestEngine.class);
    }

    @AfterAll
    static void undeploy() {
        views.close();
    }

    private static FakeHttpResponse send(String method, String path) throws Exception {
        return views.send(FakeHttpRequest.of(method, CONTEXT_PATH, path));
    }

    /** The client sees plain text it cannot take for a page, whatever the text holds. */
    private static void assertPlainText(FakeHttpResponse response) {
        assertEquals("text/plain;charset=UTF-8", response.contentType());
        assertEquals("nosniff", response.header("X-Content-Type-Options"));
    }

    // Failures

    @Test
    void a_failing_handler_gets_500_without_stack_trace_and_is_logged_once_with_the_handler_the_method_and_the_path()
            throws Exception {
        FakeHttpResponse response;
        List<LogRecord> errors;
        try (DeployedViews.Log log = new DeployedViews.Log(Handler.class)) {
            response = send("GET", "/fail?kind=exception");
            errors = log.at(Level.SEVERE);
        }

        assertEquals(500, response.status());
        assertEquals("Internal Server Error", response.body());
        assertPlainText(response);
        assertEquals(1, errors.size());
        assertEquals("Freshview view " + FailingView.class.getName() + "#get failed on GET " + CONTEXT_PATH + "/fail",
                errors.get(0).getMessage());
        assertEquals(FAILURE, errors.get(0).getThrown().getMessage());
    }

    @Test
    void a_stack_overflow_in_a_handler_is_a_500_too_and_not_the_containers_error_page() throws Exception {
        FakeHttpResponse response = send("GET", "/fail?kind=overflow");

        assertEquals(500, response.status());
        assertEquals("Internal Server Error", response.body());
        assertNull(response.errorSent(), "the container's error page would print the stack on Tomcat");
    }

    @Test
    void an_out_of_memory_error_is_rethrown_for_the_container() {
        assertThrows(OutOfMemoryError.class, () -> send("GET", "/fail?kind=out-of-memory"));
    }

    @Test
    void a_handler_failing_after_its_response_was_committed_leaves_what_was_sent() throws Exception {
        FakeHttpResponse response = send("GET", "/fails-after-writing");

        assertEquals(200, response.status());
        assertEquals("partial", response.body());
    }

    // Input

    @Test
    void a_value_that_does_not_convert_gets_400_naming_the_parameter() throws Exception {
        FakeHttpResponse response = send("GET", "/numbers?n=seven");

        assertEquals(400, response.status());
        assertEquals("Bad query parameter \"n\": expected an integer, got \"seven\".", response.body());
        assertPlainText(response);
    }

    @Test
    void a_value_echoed_in_a_400_has_its_control_characters_replaced_and_goes_out_as_plain_text() throws Exception {
        FakeHttpResponse split = send("GET", "/numbers?n=1%0D%0ASet-Cookie:%20x%09y%7F");
        FakeHttpResponse markup = send("GET", "/numbers?n=%3Cscript%3Ealert(1)%3C/script%3E");

        assertEquals(400, split.status());
        assertEquals("Bad query parameter \"n\": expected an integer, got \"1??Set-Cookie: x?y?\".", split.body());
        assertNull(split.header("Set-Cookie"));
        assertEquals(400, markup.status());
        assertPlainText(markup);
        assertFalse(markup.body().contains("Exception"), markup.body());
    }

    @Test
    void head_of_a_refused_or_failing_request_gets_the_status_type_and_length_of_get_and_no_body() throws Exception {
        for (String path : new String[] {"/numbers?n=seven", "/fail?kind=exception"}) {
            FakeHttpResponse get = send("GET", path);
            FakeHttpResponse head = send("HEAD", path);

            assertEquals(get.status(), head.status(), path);
            assertEquals(get.contentType(), head.contentType(), path);
            assertEquals(String.valueOf(get.bodyBytes().length), head.header("Content-Length"), path);
            assertEquals(0, head.bodyBytes().length, path);
        }
    }

    @Test
    void a_form_posted_without_a_charset_is_read_as_utf8() throws Exception {
        FakeHttpResponse response = views.send(FakeHttpRequest.post(CONTEXT_PATH, "/names").form("name=Zo%C3%AB+K"));

        assertEquals("name=Zoë K", response.body());
    }

    @Test
    void a_form_posted_with_a_charset_is_read_in_it() throws Exception {
        FakeHttpResponse response = views.send(FakeHttpRequest.post(CONTEXT_PATH, "/names")
                .body("application/x-www-form-urlencoded; charset=ISO-8859-1", "name=Zo%EB".getBytes(StandardCharsets.US_ASCII)));

        assertEquals("name=Zoë", response.body());
    }

    @Test
    void input_that_breaks_a_constraint_gets_400_listing_the_messages_and_the_handler_does_not_run() throws Exception {
        FakeHttpResponse response = views.send(FakeHttpRequest.post(CONTEXT_PATH, "/rsvp").form("guests=0"));
        FakeHttpResponse valid = views.send(FakeHttpRequest.post(CONTEXT_PATH, "/rsvp").form("guests=2"));

        assertEquals(400, response.status());
        assertTrue(response.body().startsWith("Bad Request: the input is not valid.\n"), response.body());
        assertTrue(response.body().contains("guests"), response.body());
        assertPlainText(response);
        assertEquals("guests=2", valid.body());
    }

    // CSRF

    /** What a browser holds after the rendered form: its CSRF cookie and the token the page showed. */
    private record Browser(jakarta.servlet.http.Cookie cookie, String token) {

        FakeHttpRequest request(String method, String path) {
            return FakeHttpRequest.of(method, CONTEXT_PATH, path).cookie(cookie.getName(), cookie.getValue());
        }
    }

    private static Browser renderForm() throws Exception {
        FakeHttpResponse page = send("GET", "/guarded");
        assertEquals(200, page.status(), page.body());
        String setCookie = page.setCookie(CsrfCookie.NAME);
        assertNotNull(setCookie, String.valueOf(page.headers("Set-Cookie")));
        assertTrue(setCookie.endsWith("; Path=/; HttpOnly; SameSite=Lax"), setCookie);
        return new Browser(page.cookie(CsrfCookie.NAME), page.body());
    }

    @Test
    void a_form_posted_with_the_token_from_the_rendered_page_is_handled() throws Exception {
        Browser browser = renderForm();

        FakeHttpResponse response = views.send(browser.request("POST", "/guarded").form("_csrf=" + browser.token() + "&title=first"));

        assertEquals(200, response.status(), response.body());
        assertTrue(response.body().startsWith("saved first ("), response.body());
    }

    @Test
    void the_token_in_the_header_is_accepted_for_every_unsafe_method() throws Exception {
        Browser browser = renderForm();

        for (String method : new String[] {"POST", "PUT", "PATCH", "DELETE", "MERGE"}) {
            FakeHttpResponse response = views.send(browser.request(method, "/guarded").header("X-CSRF-Token", browser.token()));

            assertEquals(200, response.status(), method + ": " + response.body());
        }
    }

    @Test
    void an_unsafe_method_without_a_token_gets_403_and_the_handler_does_not_run() throws Exception {
        Browser browser = renderForm();
        Counter counter = views.bean(Counter.class);
        int before = counter.get();

        for (String method : new String[] {"POST", "PUT", "PATCH", "DELETE", "MERGE"}) {
            FakeHttpResponse response = views.send(browser.request(method, "/guarded").form("title=forged"));

            assertEquals(403, response.status(), method);
            assertEquals("Forbidden: missing or invalid CSRF token.", response.body());
            assertPlainText(response);
        }
        assertEquals(before, counter.get());
    }

    @Test
    void a_token_of_another_page_a_tampered_token_or_no_cookie_gets_403() throws Exception {
        Browser browser = renderForm();
        Browser other = renderForm();
        String tampered = (browser.token().charAt(0) == 'A' ? "B" : "A") + browser.token().substring(1);
        Counter counter = views.bean(Counter.class);
        int before = counter.get();

        for (FakeHttpRequest forged : List.of(
                browser.request("POST", "/guarded").form("_csrf=" + other.token()),
                browser.request("POST", "/guarded").form("_csrf=" + tampered),
                browser.request("POST", "/guarded").form("_csrf=not-a-token!"),
                FakeHttpRequest.post(CONTEXT_PATH, "/guarded").form("_csrf=" + browser.token()))) {
            assertEquals(403, views.send(forged).status(), forged.request().toString());
        }
        assertEquals(before, counter.get());
    }

    @Test
    void a_token_in_the_query_string_is_not_accepted() throws Exception {
        Browser browser = renderForm();

        FakeHttpResponse response = views.send(browser.request("POST", "/guarded?_csrf=" + browser.token()).form("title=x"));

        assertEquals(403, response.status(), "a token in a URL leaks through logs and Referer");
    }

    @Test
    void safe_methods_need_no_token_and_an_exempt_method_runs_without_one_while_the_others_stay_protected() throws Exception {
        assertEquals(200, send("GET", "/guarded").status());
        assertEquals(200, send("HEAD", "/guarded").status());
        assertEquals(200, send("OPTIONS", "/guarded").status());

        assertEquals("hook ran", send("POST", "/exempt").body());
        assertEquals(403, send("DELETE", "/exempt").status());
    }

    @Test
    void the_page_of_a_browser_that_has_the_cookie_sets_none_and_shows_the_same_token() throws Exception {
        Browser browser = renderForm();

        FakeHttpResponse again = views.send(browser.request("GET", "/guarded"));

        assertNull(again.setCookie(CsrfCookie.NAME));
        assertEquals(browser.token(), again.body());
    }

    @Test
    void over_https_the_csrf_cookie_is_host_prefixed_and_secure() throws Exception {
        FakeHttpResponse page = views.send(FakeHttpRequest.get(CONTEXT_PATH, "/guarded").secure());

        String setCookie = page.setCookie(CsrfCookie.SECURE_NAME);
        assertNotNull(setCookie, String.valueOf(page.headers("Set-Cookie")));
        assertTrue(setCookie.endsWith("; Path=/; HttpOnly; SameSite=Lax; Secure"), setCookie);
    }

    @Test
    void checking_the_token_makes_no_session() throws Exception {
        Browser browser = renderForm();
        FakeHttpRequest post = browser.request("POST", "/guarded").header("X-CSRF-Token", browser.token());

        views.send(post);

        assertFalse(post.sessionCreated());
    }

    /** A multipart/form-data body as a browser sends it, from name, value pairs; a name with a slash is a file. */
    static byte[] multipart(String boundary, String... namesAndValues) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            String name = namesAndValues[i];
            body.append("--").append(boundary).append("\r\n");
            if (name.contains("/")) {
                body.append("Content-Disposition: form-data; name=\"").append(name, 0, name.indexOf('/'))
                        .append("\"; filename=\"").append(name.substring(name.indexOf('/') + 1))
                        .append("\"\r\nContent-Type: application/octet-stream\r\n\r\n");
            } else {
                body.append("Content-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n");
            }
            body.append(namesAndValues[i + 1]).append("\r\n");
        }
        return body.append("--").append(boundary).append("--\r\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static final String BOUNDARY = "----FreshviewBoundary0123";

    private static FakeHttpResponse upload(Browser browser, byte[] body) throws Exception {
        return views.send(browser.request("POST", "/upload").body("multipart/form-data; boundary=" + BOUNDARY, body));
    }

    @Test
    void a_multipart_form_with_the_token_before_or_after_the_file_is_handled_and_the_handler_reads_the_whole_body()
            throws Exception {
        Browser browser = renderForm();
        String file = "0123456789abcdef".repeat(4096); // 64 KiB, more than one read
        byte[] first = multipart(BOUNDARY, "_csrf", browser.token(), "title", "first", "file/notes.txt", file);
        byte[] last = multipart(BOUNDARY, "title", "last", "file/notes.txt", file, "_csrf", browser.token());

        FakeHttpResponse tokenFirst = upload(browser, first);
        FakeHttpResponse tokenAfterTheFile = upload(browser, last);

        assertEquals(200, tokenFirst.status(), tokenFirst.body());
        assertEquals("read " + first.length + " bytes, last line --" + BOUNDARY + "--", tokenFirst.body());
        assertEquals(200, tokenAfterTheFile.status(), tokenAfterTheFile.body());
        assertEquals("read " + last.length + " bytes, last line --" + BOUNDARY + "--", tokenAfterTheFile.body());
    }

    @Test
    void a_multipart_form_without_the_token_or_with_a_wrong_one_gets_403() throws Exception {
        Browser browser = renderForm();
        Browser other = renderForm();

        FakeHttpResponse without = upload(browser, multipart(BOUNDARY, "title", "forged", "file/notes.txt", "data"));
        FakeHttpResponse wrong = upload(browser, multipart(BOUNDARY, "_csrf", other.token(), "title", "forged"));

        assertEquals(403, without.status(), without.body());
        assertEquals("Forbidden: missing or invalid CSRF token.", without.body());
        assertEquals(403, wrong.status(), wrong.body());
    }

    @Test
    void a_multipart_token_after_the_first_2_mb_gets_403_saying_where_to_put_it() throws Exception {
        Browser browser = renderForm();
        byte[] body = multipart(BOUNDARY, "file/big.bin", "x".repeat(RequestLimits.MAX_FORM_BODY), "_csrf", browser.token());

        FakeHttpResponse response = upload(browser, body);

        assertEquals(403, response.status());
        assertEquals("Forbidden: no field _csrf in the first " + RequestLimits.MAX_FORM_BODY + " bytes of the multipart form."
                + " Put it before the form's file inputs, or send the token in the X-CSRF-Token header.", response.body());
        assertPlainText(response);
    }

    // Flash

    @Test
    void flash_messages_reach_the_page_after_the_redirect_once_and_its_response_clears_them() throws Exception {
        FakeHttpResponse redirect = send("POST", "/flash");
        assertEquals(303, redirect.status());
        assertEquals(CONTEXT_PATH + "/flash", redirect.header("Location"));
        jakarta.servlet.http.Cookie flash = redirect.cookie(FlashCookie.NAME);
        assertNotNull(flash, String.valueOf(redirect.headers("Set-Cookie")));

        FakeHttpResponse page = views.send(FakeHttpRequest.get(CONTEXT_PATH, "/flash").cookie(flash.getName(), flash.getValue()));
        FakeHttpResponse reload = send("GET", "/flash");

        assertEquals(Flash.EMPTY.with("saved", "Your address was saved").toString(), page.body());
        assertEquals("freshview-flash=; Max-Age=0; Path=/; HttpOnly; SameSite=Lax", page.setCookie(FlashCookie.NAME));
        assertEquals(Flash.EMPTY.toString(), reload.body(), "a page without a flash cookie still has an empty flash");
    }
}
