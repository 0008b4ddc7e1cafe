package org.freshview.it;

import org.freshview.it.views.GetOnlyView;
import org.freshview.it.views.MethodsView;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;

@ExtendWith(ArquillianExtension.class)
class MethodsIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war("methods", MethodsView.class, GetOnlyView.class);
    }

    @ArquillianResource
    URL base;

    private HttpResponse<String> call(String method, String path) {
        return Http.send(Http.to(base, path).method(method, HttpRequest.BodyPublishers.noBody()).build());
    }

    @Test
    void each_http_method_reaches_its_own_handler() {
        for (String method : new String[] {"GET", "POST", "PUT", "PATCH", "DELETE"}) {
            HttpResponse<String> response = call(method, "methods");

            assertEquals(200, response.statusCode(), method);
            assertEquals("handled " + method, response.body());
        }
    }

    @Test
    void head_is_served_by_the_get_handler_without_a_body() {
        HttpResponse<String> get = call("GET", "get-only");
        HttpResponse<String> head = call("HEAD", "get-only");

        assertEquals(200, head.statusCode());
        assertEquals("", head.body());
        assertEquals(get.headers().firstValue("Content-Type"), head.headers().firstValue("Content-Type"));
        assertEquals(String.valueOf("only GET here".length()), head.headers().firstValue("Content-Length").orElseThrow());
    }

    @Test
    void options_is_answered_with_every_method_of_the_view() {
        HttpResponse<String> response = call("OPTIONS", "methods");

        assertEquals(200, response.statusCode());
        assertEquals("GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS", response.headers().firstValue("Allow").orElseThrow());
        assertEquals("", response.body());
    }

    @Test
    void a_method_without_handler_gets_405_with_the_allowed_methods() {
        HttpResponse<String> response = call("POST", "get-only");

        assertEquals(405, response.statusCode());
        assertEquals("GET, HEAD, OPTIONS", response.headers().firstValue("Allow").orElseThrow());
        assertEquals("Method Not Allowed: POST", response.body());
        assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse("absent"));
    }
}
