package org.freshview.it;

import org.freshview.it.views.prefix.ActionServlet;
import org.freshview.it.views.prefix.ShopAdminServlet;
import org.freshview.it.views.prefix.ShopItemView;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What lives under a view template's literal prefix and is not the view's stays the container's:
 * static files, JSPs, servlets mapped by a longer prefix or by extension (issue 22: whatever maps
 * view URLs to something cheaper than the default servlet must keep these working).
 */
@ExtendWith(ArquillianExtension.class)
class ViewPrefixNeighboursIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war("prefix", ShopItemView.class, ShopAdminServlet.class, ActionServlet.class)
                .addAsWebResource(new StringAsset("a static file under the view's prefix"), "shop/assets/site.txt")
                .addAsWebResource(new StringAsset("a file the view's template claims"), "shop/claimed.txt")
                .addAsWebResource(new StringAsset("a welcome file in a directory the view's template claims"),
                        "shop/corner/index.html")
                .addAsWebResource(new StringAsset(
                        "<%@ page contentType=\"text/plain; charset=UTF-8\" %>a JSP under the view's prefix: ${6 * 7}"),
                        "shop/pages/hello.jsp");
    }

    @ArquillianResource
    URL base;

    @Test
    void the_view_answers_its_template() {
        HttpResponse<String> response = Http.get(base, "shop/apple");

        assertEquals(200, response.statusCode());
        assertEquals("item apple", response.body());
    }

    @Test
    void a_static_file_under_the_prefix_that_no_template_matches_is_served() {
        HttpResponse<String> response = Http.get(base, "shop/assets/site.txt");

        assertEquals(200, response.statusCode());
        assertEquals("a static file under the view's prefix", response.body());
    }

    @Test
    void a_jsp_under_the_prefix_runs() {
        HttpResponse<String> response = Http.get(base, "shop/pages/hello.jsp");

        assertEquals(200, response.statusCode());
        assertEquals("a JSP under the view's prefix: 42", response.body().strip());
    }

    @Test
    void a_servlet_mapped_by_a_longer_prefix_answers() {
        HttpResponse<String> response = Http.get(base, "shop/admin/users");

        assertEquals(200, response.statusCode());
        assertEquals("admin /users", response.body());
    }

    @Test
    void a_servlet_mapped_by_extension_answers_under_the_prefix() {
        HttpResponse<String> response = Http.get(base, "shop/orders/list.do");

        assertEquals(200, response.statusCode());
        assertEquals("action /shop/orders/list.do", response.body());
    }

    @Test
    void a_missing_file_under_the_prefix_is_the_containers_404() {
        assertEquals(404, Http.get(base, "shop/assets/missing.txt").statusCode());
    }

    @Test
    void a_url_the_template_matches_is_the_views_even_where_a_file_lies() {
        HttpResponse<String> response = Http.get(base, "shop/claimed.txt");

        assertEquals(200, response.statusCode());
        assertEquals("item claimed.txt", response.body());
    }

    @Test
    void a_directory_the_template_matches_is_the_views_even_with_a_welcome_file() {
        HttpResponse<String> response = Http.get(base, "shop/corner");

        if (TargetServer.current().redirectsDirectoriesBeforeFilters()) {
            assertEquals(301, response.statusCode(), "the container's own redirect, before any filter");
            assertTrue(response.headers().firstValue("Location").orElse("").endsWith("/shop/corner/"),
                    response.headers().toString());
            return;
        }
        assertEquals(200, response.statusCode());
        assertEquals("item corner", response.body());
    }
}
