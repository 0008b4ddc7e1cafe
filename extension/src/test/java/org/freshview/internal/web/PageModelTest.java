package org.freshview.internal.web;

import jakarta.servlet.http.HttpServletRequest;
import org.freshview.CsrfToken;
import org.freshview.Page;
import org.freshview.testsupport.FakeHttpRequest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class PageModelTest {

    private final Object view = new Object();

    @Test
    void the_model_holds_the_view_under_view_and_its_cdi_name_and_the_csrf_token() {
        FakeHttpRequest fake = FakeHttpRequest.post("/app", "/orders");
        CsrfToken token = new CsrfToken("_csrf", "X-CSRF-Token", "t");
        fake.request().setAttribute("csrf", token);

        Map<String, Object> model = ResultWriter.model(fake.request(), view, "order");

        assertEquals(List.of("view", "order", "csrf"), List.copyOf(model.keySet()));
        assertSame(view, model.get(Page.VIEW));
        assertSame(view, model.get("order"));
        assertSame(token, model.get(Page.CSRF));
    }

    @Test
    void errors_and_flash_enter_the_model_when_a_feature_puts_them_in_request_scope() {
        FakeHttpRequest fake = FakeHttpRequest.post("/app", "/orders");
        fake.request().setAttribute("form", Map.of("title", "required"));
        fake.request().setAttribute("flash", List.of("Saved."));
        fake.request().setAttribute("other", "not part of the model");
        HttpServletRequest request = fake.request();

        Map<String, Object> model = ResultWriter.model(request, view, null);

        assertEquals(List.of("view", "form", "flash"), List.copyOf(model.keySet()));
        assertEquals(List.of("Saved."), model.get(Page.FLASH));
    }
}
