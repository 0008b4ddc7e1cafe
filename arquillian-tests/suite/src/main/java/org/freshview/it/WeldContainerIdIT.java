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

/**
 * An application whose Weld runs under its own container id ({@code WELD_CONTEXT_ID_KEY}, needed
 * when one Weld in a servlet container serves several applications) still finds its bean
 * manager. Weld in Tomcat and Jetty reads the parameter; the other servers ignore it, and the
 * application must start there just the same.
 */
@ExtendWith(ArquillianExtension.class)
class WeldContainerIdIT {

    private static final String WEB_XML = """
            <web-app xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0">
                <context-param>
                    <param-name>WELD_CONTEXT_ID_KEY</param-name>
                    <param-value>freshview-own-container</param-value>
                </context-param>
            </web-app>
            """;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war("weld-container-id", PathEchoView.class).setWebXML(new StringAsset(WEB_XML));
    }

    @ArquillianResource
    URL base;

    @Test
    void with_its_own_weld_container_id_the_application_serves_its_views() {
        HttpResponse<String> response = Http.get(base, "echo/k/2");

        assertEquals(200, response.statusCode());
        assertEquals("echo {key=k, page=2}", response.body());
    }
}
