package org.freshview.internal.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.PathParam;
import org.freshview.CsrfExempt;
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
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.freshview.internal.web.DeployedViews.CONTEXT_PATH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The dispatcher and the handlers it runs, as the filter calls them, on fake requests: what the client gets. */
class DispatcherTest {

    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @HttpMethod("MERGE")
    @interface MERGE {
    }

    @View("/hello/{name}")
    static class HelloView {
        @PathParam("name")
        String name;

        @GET
        public String get() {
            return "Hello " + name;
        }
    }

    @View("/methods")
    @CsrfExempt
    static class MethodsView {
        @GET
        public String get() {
            return "handled GET";
        }

        @POST
        public String post() {
            return "handled POST";
        }

        @PUT
        public String put() {
            return "handled PUT";
        }

        @PATCH
        public String patch() {
            return "handled PATCH";
        }

        @DELETE
        public String delete() {
            return "handled DELETE";
        }

        @MERGE
        public String merge() {
            return "handled MERGE";
        }
    }

    @View("/get-only")
    static class GetOnlyView {
        @GET
        public String get() {
            return "only GET here: Zoë";
        }
    }

    @View("/void")
    static class VoidView {
        @GET
        public void write(HttpServletResponse response) throws IOException {
            response.setStatus(202);
            response.setContentType("application/json");
            response.getWriter().write("{\"written\":true}");
        }
    }

    @View("/page")
    static class PageView {
        @GET
        public Result show() {
            return Result.render("greeting.test");
        }
    }

    @View("/to-item")
    @CsrfExempt
    static class ToItemView {
        @GET
        public Result get() {
            return Result.redirect(ItemView.class, 42, "a b");
        }

        @POST
        public Result post() {
            return Result.redirect(ItemView.class, 42, "a b");
        }
    }

    @View("/items/{id}/{slug}")
    static class ItemView {
        @GET
        public String show(@PathParam("id") long id, @PathParam("slug") String slug) {
            return "item " + id + " slug " + slug;
        }
    }

    /** Renders {@code *.test} templates as a line naming the template and the model's entries. */
    @ApplicationScoped
    static class TestEngine implements ViewEngine {
        @Override
        public TemplateNames templateNames() {
            return TemplateNames.endingWith(".test");
        }

        @Override
        public void render(Page page) throws IOException {
            page.response().setContentType("text/html; charset=UTF-8");
            page.response().getWriter().write("<p>" + page.template() + " with " + page.model().keySet() + " ünïcödé</p>");
        }
    }

    private static DeployedViews views;

    @BeforeAll
    static void deploy() {
        views = DeployedViews.of(HelloView.class, MethodsView.class, GetOnlyView.class, VoidView.class, PageView.class,
                ToItemView.class, ItemView.class, TestEngine.class);
    }

    @AfterAll
    static void undeploy() {
        views.close();
    }

    private static FakeHttpResponse send(String method, String path) throws Exception {
        return views.send(FakeHttpRequest.of(method, CONTEXT_PATH, path));
    }

    @Test
    void a_get_to_a_views_path_answers_with_the_handlers_text_as_utf8_plain_text() throws Exception {
        FakeHttpResponse response = send("GET", "/get-only");

        assertEquals(200, response.status());
        assertEquals("only GET here: Zoë", response.body());
        assertEquals("text/plain;charset=UTF-8", response.contentType());
        assertEquals("nosniff", response.header("X-Content-Type-Options"));
        assertEquals(String.valueOf("only GET here: Zoë".getBytes(StandardCharsets.UTF_8).length),
                response.header("Content-Length"));
    }

    @Test
    void a_path_no_view_matches_goes_down_the_chain_with_the_response_untouched() throws Exception {
        for (String path : new String[] {"/static.css", "/hello", "/hello/a/b", "/get-only/x"}) {
            FakeHttpResponse response = new FakeHttpResponse();

            assertFalse(views.handles(FakeHttpRequest.get(CONTEXT_PATH, path), response), path);
            assertEquals(List.of(), List.copyOf(response.headerNames()), path);
            assertEquals(0, response.bodyBytes().length, path);
        }
    }

    @Test
    void path_variables_are_decoded_for_the_handler_and_kept_as_a_request_attribute_for_filters_and_jsps() throws Exception {
        FakeHttpRequest request = FakeHttpRequest.get(CONTEXT_PATH, "/hello/Zo%C3%AB%20K");

        FakeHttpResponse response = views.send(request);

        assertEquals("Hello Zoë K", response.body());
        assertEquals(Map.of("name", "Zoë K"), request.attribute(Dispatcher.PATH_VALUES));
    }

    @Test
    void each_http_method_reaches_its_own_handler() throws Exception {
        for (String method : new String[] {"GET", "POST", "PUT", "PATCH", "DELETE", "MERGE"}) {
            FakeHttpResponse response = send(method, "/methods");

            assertEquals(200, response.status(), method);
            assertEquals("handled " + method, response.body());
        }
    }

    @Test
    void a_method_without_handler_gets_405_with_the_allowed_methods() throws Exception {
        FakeHttpResponse response = send("POST", "/get-only");

        assertEquals(405, response.status());
        assertEquals("GET, HEAD, OPTIONS", response.header("Allow"));
        assertEquals("Method Not Allowed: POST", response.body());
        assertEquals("text/plain;charset=UTF-8", response.contentType());
        assertEquals("nosniff", response.header("X-Content-Type-Options"));
    }

    @Test
    void options_is_answered_with_every_method_of_the_view_and_no_body() throws Exception {
        FakeHttpResponse response = send("OPTIONS", "/methods");

        assertEquals(200, response.status());
        assertEquals("GET, HEAD, POST, PUT, PATCH, DELETE, MERGE, OPTIONS", response.header("Allow"));
        assertEquals("0", response.header("Content-Length"));
        assertEquals("", response.body());
    }

    @Test
    void the_allow_header_lists_the_usual_methods_in_order_then_the_others_sorted_then_options() {
        assertEquals("GET, HEAD, DELETE, MERGE, PROPFIND, OPTIONS",
                Dispatcher.allow(Set.of("PROPFIND", "DELETE", "OPTIONS", "HEAD", "MERGE", "GET")));
    }

    @Test
    void a_trailing_slash_redirects_with_308_to_the_path_without_it_keeping_the_query() throws Exception {
        FakeHttpResponse response = send("GET", "/hello/k%20x/?q=1");

        assertEquals(308, response.status());
        assertEquals(CONTEXT_PATH + "/hello/k%20x?q=1", response.header("Location"));
        assertEquals("0", response.header("Content-Length"));
        assertEquals("", response.body());
    }

    @Test
    void a_malformed_percent_escape_is_a_plain_text_400_that_does_not_echo_the_path() throws Exception {
        FakeHttpResponse response = send("GET", "/hello/%3Cscript%3E%E0%A4");

        assertEquals(400, response.status());
        assertEquals("Bad request: the path has a malformed percent-escape.", response.body());
        assertEquals("text/plain;charset=UTF-8", response.contentType());
        // docs/binding.md: Freshview's own plain-text answers carry nosniff.
        assertEquals("nosniff", response.header("X-Content-Type-Options"));
    }

    @Test
    void a_request_the_container_mapped_to_another_path_is_left_to_the_container() throws Exception {
        FakeHttpResponse response = new FakeHttpResponse();
        FakeHttpRequest request = FakeHttpRequest.get(CONTEXT_PATH, "/hello/x").mapped("/hello", "/y");

        assertFalse(views.handles(request, response));
        assertEquals(List.of(), List.copyOf(response.headerNames()));
    }

    @Test
    void head_is_served_by_the_get_handler_with_the_status_type_and_length_of_get_and_no_body() throws Exception {
        FakeHttpResponse get = send("GET", "/get-only");
        FakeHttpResponse head = send("HEAD", "/get-only");

        assertHeadMatchesGet(get, head);
        assertEquals(get.header("Content-Length"), head.header("Content-Length"));
    }

    @Test
    void head_on_a_void_handler_sends_the_headers_and_the_length_of_the_body_get_writes() throws Exception {
        FakeHttpResponse get = send("GET", "/void");
        FakeHttpResponse head = send("HEAD", "/void");

        assertEquals(202, get.status());
        assertEquals("{\"written\":true}", get.body());
        assertHeadMatchesGet(get, head);
        assertEquals(get.headers("Set-Cookie").size(), head.headers("Set-Cookie").size(), "the CSRF cookie of the page");
    }

    @Test
    void head_on_a_rendered_page_counts_the_bytes_the_engine_writes() throws Exception {
        FakeHttpResponse get = send("GET", "/page");
        FakeHttpResponse head = send("HEAD", "/page");

        assertEquals("<p>greeting.test with [view, csrf, form, flash] ünïcödé</p>", get.body());
        assertHeadMatchesGet(get, head);
    }

    /** Status, type and an empty body; the Content-Length is the length of GET's body. */
    private static void assertHeadMatchesGet(FakeHttpResponse get, FakeHttpResponse head) {
        assertEquals(get.status(), head.status());
        assertEquals(get.contentType(), head.contentType());
        assertEquals(0, head.bodyBytes().length, "HEAD has no body");
        assertEquals(String.valueOf(get.bodyBytes().length), head.header("Content-Length"));
    }

    @Test
    void a_redirect_to_a_view_goes_through_reverse_routing_with_302_after_get_and_303_after_post() throws Exception {
        FakeHttpResponse get = send("GET", "/to-item");
        FakeHttpResponse post = send("POST", "/to-item");

        assertEquals(302, get.status());
        assertEquals(CONTEXT_PATH + "/items/42/a%20b", get.header("Location"));
        assertEquals(303, post.status());
        assertEquals(CONTEXT_PATH + "/items/42/a%20b", post.header("Location"));
        assertEquals("item 42 slug a b", send("GET", "/items/42/a%20b").body());
    }

    @Test
    void a_view_answering_with_text_or_a_redirect_sets_no_cookie() throws Exception {
        assertNull(send("GET", "/get-only").header("Set-Cookie"));
        assertNull(send("GET", "/to-item").header("Set-Cookie"));
    }
}
