package org.freshview.it;

import org.freshview.it.views.routing.PathEchoView;
import org.jboss.arquillian.container.test.api.Deployer;
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
 * The context parameter freshview.trailingSlash=strict makes /a/ a different path from /a, and a
 * value that names no policy stops the application from starting.
 */
@ExtendWith(ArquillianExtension.class)
class TrailingSlashStrictIT {

    private static final String STRICT = "trailing-slash-strict";
    private static final String BOGUS = "trailing-slash-bogus";

    private static WebArchive withPolicy(String name, String policy) {
        // Servlet 5.0 so that TomEE 9 reads it too.
        return Deployments.war(name, PathEchoView.class).setWebXML(new StringAsset("""
                <web-app xmlns="https://jakarta.ee/xml/ns/jakartaee" version="5.0">
                    <context-param>
                        <param-name>freshview.trailingSlash</param-name>
                        <param-value>%s</param-value>
                    </context-param>
                </web-app>
                """.formatted(policy)));
    }

    @Deployment(testable = false)
    static WebArchive strict() {
        return withPolicy(STRICT, "strict");
    }

    @Deployment(name = BOGUS, managed = false, testable = false)
    static WebArchive bogus() {
        return withPolicy(BOGUS, "sideways");
    }

    @ArquillianResource
    Deployer deployer;

    private static URL base() throws Exception {
        return TargetServer.current().deploymentUri(STRICT).toURL();
    }

    @Test
    void with_the_strict_policy_a_trailing_slash_is_neither_served_nor_redirected() throws Exception {
        HttpResponse<String> response = Http.get(base(), "echo/k/");

        assertEquals(404, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Location").isEmpty(), response.headers().toString());
    }

    @Test
    void with_the_strict_policy_the_path_without_slash_is_served() throws Exception {
        HttpResponse<String> response = Http.get(base(), "echo/k");

        assertEquals(200, response.statusCode(), response.body());
        assertEquals("echo {key=k}", response.body());
    }

    @Test
    void a_policy_that_is_not_redirect_match_or_strict_fails_the_start_of_the_application() {
        String expected = "context-param freshview.trailingSlash is \"sideways\"; use redirect (the default), match or strict.";

        String failure = FailedDeployment.of(deployer, BOGUS);

        assertTrue(failure.contains(expected), () -> "expected\n  " + expected + "\nin\n" + failure);
    }
}
