package org.freshview.it.owb;

import org.jboss.arquillian.container.spi.event.container.BeforeDeploy;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Adds OpenWebBeans' servlet listener to every WAR before it is deployed, as a user of Tomcat +
 * OpenWebBeans declares it in {@code web.xml}: OpenWebBeans 4.0.3 registers its own initializer
 * under the old {@code javax} service name only, which Tomcat 11 never reads.
 *
 * <p>The listener comes in a web fragment ({@code WEB-INF/lib/openwebbeans-listener.jar}), so a test
 * WAR that has a {@code web.xml} of its own keeps it. It is done at {@link BeforeDeploy} because
 * Arquillian applies {@code ApplicationArchiveProcessor}s to testable deployments only, and the
 * suite's deployments are not testable.
 */
public class OwbListenerInstaller {

    static final String FRAGMENT_JAR = "openwebbeans-listener.jar";

    private static final String WEB_FRAGMENT = """
            <web-fragment xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0">
                <name>openwebbeans</name>
                <listener>
                    <listener-class>org.apache.webbeans.servlet.WebBeansConfigurationListener</listener-class>
                </listener>
            </web-fragment>
            """;

    public void addListener(@Observes BeforeDeploy event) {
        if (!event.getDeployment().isArchiveDeployment()) {
            return;
        }
        Archive<?> archive = event.getDeployment().getArchive();
        if (!archive.getName().endsWith(".war") || archive.contains("WEB-INF/lib/" + FRAGMENT_JAR)) {
            return;
        }
        archive.as(WebArchive.class).addAsLibrary(ShrinkWrap.create(JavaArchive.class, FRAGMENT_JAR)
                .addAsManifestResource(new StringAsset(WEB_FRAGMENT), "web-fragment.xml"));
    }
}
