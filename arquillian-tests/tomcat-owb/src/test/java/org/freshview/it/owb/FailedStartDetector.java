package org.freshview.it.owb;

import org.apache.catalina.LifecycleState;
import org.apache.catalina.core.StandardContext;
import org.freshview.it.CapturedLog;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.event.container.AfterDeploy;
import org.jboss.arquillian.container.spi.event.container.BeforeDeploy;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;

/**
 * Turns a web application that Tomcat failed to start into a failed deployment.
 *
 * <p>Embedded Tomcat only logs a context that fails to start (an OpenWebBeans boot error included)
 * and the Arquillian adapter reports success; requests then get 404. A full Jakarta EE server
 * fails the deployment instead, which {@code @ShouldThrowException} expects. What was logged while
 * deploying becomes the exception's message, so a test and a reader see the FV- diagnostics.
 */
public class FailedStartDetector {

    @Inject
    private Instance<StandardContext> context;

    private int logMark;

    public void markLog(@Observes BeforeDeploy event) {
        logMark = CapturedLog.get().size();
    }

    public void failUnlessStarted(@Observes AfterDeploy event) throws DeploymentException {
        StandardContext deployed = context.get();
        if (deployed == null || deployed.getState() == LifecycleState.STARTED) {
            return;
        }
        throw new DeploymentException("Tomcat did not start " + event.getDeployment().getArchive().getName()
                + " (context state " + deployed.getState() + "). Logged while deploying:"
                + System.lineSeparator() + CapturedLog.get().since(logMark));
    }
}
