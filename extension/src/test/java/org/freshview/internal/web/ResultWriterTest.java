package org.freshview.internal.web;

import org.freshview.CsrfToken;
import org.freshview.Form;
import org.freshview.Page;
import org.freshview.Result;
import org.freshview.TemplateNames;
import org.freshview.ViewEngine;
import org.freshview.internal.render.Engines;
import org.freshview.testsupport.FakeHttpRequest;
import org.freshview.testsupport.FakeHttpResponse;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the client gets for each kind of result a handler returns. */
class ResultWriterTest {

    private static final String CONTEXT_PATH = "/app";

    /** A view the page reads. */
    public static final class OrderView {
        public String getTitle() {
            return "Order 7";
        }
    }

    private final OrderView view = new OrderView();
    private final FakeHttpResponse response = new FakeHttpResponse();
    private final List<Page> rendered = new ArrayList<>();

    /** Renders {@code *.test} templates by writing the template name and the view's title. */
    private final ViewEngine engine = new ViewEngine() {
        @Override
        public TemplateNames templateNames() {
            return TemplateNames.endingWith(".test");
        }

        @Override
        public void render(Page page) throws java.io.IOException {
            rendered.add(page);
            page.response().setContentType("text/html; charset=UTF-8");
            page.response().getWriter().write(page.template() + ": " + ((OrderView) page.view()).getTitle() + " – ok");
        }
    };

    private final Engines engines = new Engines(List.of(engine));

    private void write(Object result, FakeHttpRequest request) throws Exception {
        Exchange exchange = new Exchange(request.request(), response.response(), Map.of(), RequestLimits.DEFAULT);
        ResultWriter.write(result, exchange, view, "order", null, engines);
    }

    private void write(Object result) throws Exception {
        write(result, FakeHttpRequest.get(CONTEXT_PATH, "/orders/7"));
    }

    @Test
    void a_string_is_utf8_plain_text_with_status_200_and_its_length_in_bytes() throws Exception {
        write("Grüße");

        assertEquals(200, response.status());
        assertEquals("Grüße", response.body());
        assertEquals("text/plain;charset=UTF-8", response.contentType());
        assertEquals("nosniff", response.header("X-Content-Type-Options"));
        assertEquals(String.valueOf("Grüße".getBytes(StandardCharsets.UTF_8).length), response.header("Content-Length"));
    }

    @Test
    void text_goes_out_with_the_chosen_status() throws Exception {
        write(Result.text("created ünïcödé").status(201));

        assertEquals(201, response.status());
        assertEquals("created ünïcödé", response.body());
        assertEquals("text/plain;charset=UTF-8", response.contentType());
    }

    @Test
    void a_status_below_400_is_sent_without_body() throws Exception {
        write(Result.status(204));

        assertEquals(204, response.status());
        assertEquals("", response.body());
        assertNull(response.errorSent());
    }

    @Test
    void an_error_status_goes_to_the_containers_error_page() throws Exception {
        write(Result.notFound());

        assertEquals(404, response.status());
        assertEquals(404, response.errorSent(), "sendError, so the application's <error-page> shows");
    }

    @Test
    void a_redirect_after_get_is_302_to_a_path_of_the_application_without_body() throws Exception {
        write(Result.redirect("/greeting?name=x"));

        assertEquals(302, response.status());
        assertEquals(CONTEXT_PATH + "/greeting?name=x", response.header("Location"));
        assertEquals("0", response.header("Content-Length"));
        assertEquals("", response.body());
    }

    @Test
    void a_redirect_after_post_is_303_and_a_chosen_status_is_kept() throws Exception {
        write(Result.redirect("/greeting"), FakeHttpRequest.post(CONTEXT_PATH, "/orders"));
        assertEquals(303, response.status());

        FakeHttpResponse chosen = new FakeHttpResponse();
        ResultWriter.write(Result.redirect("/moved").status(301),
                new Exchange(FakeHttpRequest.post(CONTEXT_PATH, "/orders").request(), chosen.response(), Map.of(),
                        RequestLimits.DEFAULT), view, null, null, engines);
        assertEquals(301, chosen.status());
        assertEquals(CONTEXT_PATH + "/moved", chosen.header("Location"));
    }

    @Test
    void a_redirect_location_is_percent_encoded_as_utf8() throws Exception {
        write(Result.redirect("/café?q=süß"));

        assertEquals(CONTEXT_PATH + "/caf%C3%A9?q=s%C3%BC%C3%9F", response.header("Location"));
    }

    @Test
    void a_redirect_to_this_host_by_absolute_uri_is_sent_as_given() throws Exception {
        write(Result.redirect("https://shop.example:8443/elsewhere"));

        assertEquals(302, response.status());
        assertEquals("https://shop.example:8443/elsewhere", response.header("Location"));
    }

    @Test
    void a_redirect_to_another_host_or_holding_cr_lf_is_refused_with_400_and_no_location() {
        for (String evil : new String[] {"https://evil.example/", "//evil.example/x", "/\\evil.example",
                "http:evil.example", "javascript:alert(1)", "https://shop.example@evil.example/",
                "/a\r\nSet-Cookie: x=1"}) {
            FakeHttpResponse refused = new FakeHttpResponse();
            Exchange exchange = new Exchange(FakeHttpRequest.get(CONTEXT_PATH, "/orders/7").request(), refused.response(),
                    Map.of(), RequestLimits.DEFAULT);

            RequestRefused bad = assertThrows(RequestRefused.class,
                    () -> ResultWriter.write(Result.redirect(evil), exchange, view, null, null, engines), evil);

            assertEquals(400, bad.status());
            assertEquals("Bad request: refused to redirect to that address.", bad.getMessage());
            assertNull(refused.header("Location"), evil);
            assertNull(refused.header("Set-Cookie"), evil);
        }
    }

    @Test
    void a_redirect_to_another_host_is_sent_when_explicitly_allowed() throws Exception {
        write(Result.redirectToOtherHost("https://accounts.example/login"));

        assertEquals(302, response.status());
        assertEquals("https://accounts.example/login", response.header("Location"));
    }

    @Test
    void a_page_an_engine_renders_gets_the_view_its_name_and_the_well_known_entries_and_writes_the_response() throws Exception {
        FakeHttpRequest request = FakeHttpRequest.get(CONTEXT_PATH, "/orders/7");
        CsrfToken token = new CsrfToken("_csrf", "X-CSRF-Token", "t");
        request.request().setAttribute(Page.CSRF, token);

        write(Result.render("order.test"), request);

        assertEquals("order.test: Order 7 – ok", response.body());
        assertEquals("text/html;charset=UTF-8", response.contentType());
        Page page = rendered.get(0);
        assertEquals(List.of("view", "order", "csrf", "form"), List.copyOf(page.model().keySet()));
        assertSame(view, page.model().get("order"));
        assertSame(token, page.model().get(Page.CSRF));
        assertEquals(Form.empty().getMessages(), ((Form) page.model().get(Page.FORM)).getMessages());
    }

    @Test
    void a_jsp_page_is_forwarded_to_with_the_view_under_view_and_its_name_in_request_scope() throws Exception {
        FakeHttpRequest request = FakeHttpRequest.get(CONTEXT_PATH, "/orders/7")
                .servlet("/WEB-INF/order.jsp", (forwarded, out) -> {
                    out.setContentType("text/plain; charset=UTF-8");
                    out.getWriter().write("JSP: " + ((OrderView) forwarded.getAttribute("order")).getTitle());
                });

        write(Result.render("/WEB-INF/order.jsp"), request);

        assertEquals(List.of("/WEB-INF/order.jsp"), request.forwards());
        assertSame(view, request.attribute(Page.VIEW));
        assertSame(view, request.attribute("order"));
        assertTrue(request.attribute(Form.ATTRIBUTE) instanceof Form, "a page reads ${form.errors.x} before any POST");
        assertEquals("JSP: Order 7", response.body());
    }

    @Test
    void a_computed_template_name_no_engine_renders_is_a_500_without_details_and_an_error_in_the_log() throws Exception {
        List<String> logged;
        try (DeployedViews.Log log = new DeployedViews.Log(Engines.class)) {
            write(Result.render("order-" + System.nanoTime() + ".mustache"));
            logged = log.at(Level.SEVERE).stream().map(java.util.logging.LogRecord::getMessage).toList();
        }

        assertEquals(500, response.status());
        assertEquals("Internal Server Error", response.body());
        assertEquals(1, logged.size());
        assertTrue(logged.get(0).startsWith("FV-601 " + OrderView.class.getName() + ": No template engine renders"),
                logged.get(0));
    }

    @Test
    void a_handler_that_returns_null_is_a_bug_of_the_view() {
        IllegalStateException failure = assertThrows(IllegalStateException.class, () -> write(null));

        assertEquals("The handler returned null instead of a Result.", failure.getMessage());
    }
}
