package org.freshview.it;

import org.freshview.it.views.broken.HandlerlessView;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.File;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The check of an embedded container's own failed-deployment detector (a servlet container only
 * logs a WAR whose CDI boot fails, and Arquillian's adapter reports success): a WAR whose CDI
 * boot fails must fail its deployment, with Freshview's diagnostic in the message, as on a full
 * server. A server module that has such a detector runs it by a subclass of its own.
 */
@ExtendWith(ArquillianExtension.class)
public abstract class FailedBootCheck {

    private static final String BROKEN = "broken";

    @Deployment(name = BROKEN, managed = false, testable = false)
    static WebArchive broken() {
        return ShrinkWrap.create(WebArchive.class, "handlerless.war")
                .addAsLibrary(new File(System.getProperty("freshview.jar")))
                .addClass(HandlerlessView.class)
                .addAsWebInfResource(new StringAsset(
                        "<beans xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" version=\"4.0\""
                                + " bean-discovery-mode=\"annotated\"/>"), "beans.xml");
    }

    @ArquillianResource
    Deployer deployer;

    @Test
    void a_war_whose_cdi_boot_fails_fails_its_deployment_with_the_freshview_diagnostic() {
        Exception failure = assertThrows(Exception.class, () -> deployer.deploy(BROKEN));
        try {
            String message = messages(failure);
            // The view has no handler method: FV-301 (docs/binding.md), not merely some FV- id.
            String expected = "FV-301 " + HandlerlessView.class.getName() + ": The view has no handler method.";
            assertTrue(message.contains(expected), () -> "expected\n  " + expected + "\nin\n" + message);
        } finally {
            deployer.undeploy(BROKEN);
        }
    }

    private static String messages(Throwable failure) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            all.append(t).append('\n');
        }
        return all.toString();
    }
}
