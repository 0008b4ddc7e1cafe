package org.freshview.internal.cdi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.QueryParam;
import org.freshview.Page;
import org.freshview.Result;
import org.freshview.TemplateNames;
import org.freshview.View;
import org.freshview.ViewEngine;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TemplateNamesAtDeploymentTest {

    @View("/order")
    public static class OrderView {
        @QueryParam("jsp")
        boolean jsp;

        @GET
        public Result show() {
            return jsp ? Result.render("/WEB-INF/order.jsp") : Result.render("order.html");
        }
    }

    @View("/computed")
    public static class ComputedView {
        @QueryParam("page")
        String page;

        @GET
        public Result show() {
            return Result.render(page + ".mustache"); // not a constant: checked when rendered
        }
    }

    @View("/jsp")
    public static class JspView {
        @GET
        public Result show() {
            return Result.render("/WEB-INF/page.jsp");
        }
    }

    @ApplicationScoped
    public static class HtmlEngine implements ViewEngine {
        @Override
        public TemplateNames templateNames() {
            return TemplateNames.endingWith(".html");
        }

        @Override
        public void render(Page page) {
        }
    }

    @ApplicationScoped
    public static class OtherHtmlEngine extends HtmlEngine {
    }

    @ApplicationScoped
    public static class PrefixEngine implements ViewEngine {
        @Override
        public TemplateNames templateNames() {
            return TemplateNames.startingWith("order");
        }

        @Override
        public void render(Page page) {
        }
    }

    @Test
    void a_constant_template_name_no_engine_claims_fails_deployment_with_fv_501() {
        String message = Boot.failsWithDeploymentProblem(Boot.weld(OrderView.class));

        assertTrue(message.contains("FV-601 " + OrderView.class.getName() + "#show: No template engine renders"
                + " \"order.html\" and, not starting with /, it is no JSP or servlet path. Add the engine module for it"
                + " to the WAR (freshview-thymeleaf for .html, freshview-jte for .jte), or give the path of a JSP"
                + " starting with /."), message);
    }

    @Test
    void a_constant_template_name_two_engines_claim_fails_deployment_with_fv_502() {
        String message = Boot.failsWithDeploymentProblem(Boot.weld(OrderView.class, HtmlEngine.class, PrefixEngine.class));

        assertTrue(message.contains("FV-602 " + OrderView.class.getName() + "#show: The template engines "), message);
        assertTrue(message.contains(" all claim \"order.html\". Remove one engine from the WAR, or make their"
                + " TemplateNames claim different extensions or prefixes."), message);
    }

    @Test
    void a_name_one_engine_claims_and_a_jsp_path_deploy() {
        Boot.succeeds(Boot.weld(OrderView.class, JspView.class, HtmlEngine.class));
    }

    @Test
    void a_jsp_path_needs_no_engine_as_before_engines_existed() {
        Boot.succeeds(Boot.weld(JspView.class));
    }

    @Test
    void a_computed_template_name_is_not_checked_at_deployment() {
        Boot.succeeds(Boot.weld(ComputedView.class));
    }

    @Test
    void two_engines_claiming_the_same_names_deploy_while_no_constant_name_is_claimed_twice() {
        Boot.succeeds(Boot.weld(JspView.class, HtmlEngine.class, OtherHtmlEngine.class));
    }

    @Test
    void template_names_claim_by_extension_or_prefix() {
        TemplateNames names = TemplateNames.endingWith(".jte").orStartingWith("jte:");

        assertTrue(names.contains("order.jte"));
        assertTrue(names.contains("jte:order"));
        assertFalse(names.contains("order.html"));
        assertFalse(names.contains("/static/order.jte"), "a servlet path, unless claimed by prefix");
        assertTrue(TemplateNames.startingWith("/WEB-INF/jte/").contains("/WEB-INF/jte/order.jte"));
        assertEquals(java.util.List.of(".jte"), names.extensions());
    }
}
