package org.freshview.it;

import org.freshview.it.views.routing.PathEchoView;
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

/** The context parameter freshview.trailingSlash=match serves /a/ like /a instead of redirecting. */
@ExtendWith(ArquillianExtension.class)
class TrailingSlashPolicyIT {

    private static final String WEB_XML = """
            <web-app xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0">
                <context-param>
                    <param-name>freshview.trailingSlash</param-name>
                    <param-value>match</param-value>
                </context-param>
            </web-app>
            """;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war("trailing-slash", PathEchoView.class).setWebXML(new StringAsset(WEB_XML));
    }

    @ArquillianResource
    URL base;

    @Test
    void with_the_match_policy_a_trailing_slash_is_served_like_the_path_without_it() {
        HttpResponse<String> response = Http.get(base, "echo/k/");

        assertEquals(200, response.statusCode());
        assertEquals("echo {key=k}", response.body());
    }

    @Test
    void with_the_match_policy_the_path_without_slash_still_works() {
        assertEquals("echo {key=k, page=2}", Http.get(base, "echo/k/2").body());
    }
}
