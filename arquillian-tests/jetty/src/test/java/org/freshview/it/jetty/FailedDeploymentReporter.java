package org.freshview.it.jetty;

import org.freshview.it.CapturedLog;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.event.DeployDeployment;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;

/**
 * Puts what was logged during a failed deployment into the deployment's exception.
 *
 * <p>When a WAR fails to start (a CDI definition error included), Jetty logs the cause and the
 * Arquillian adapter then fails with a bare {@code NullPointerException}: the FV- diagnostic is
 * only in the log. With this, the test and its reader see it in the exception, as on a full server.
 */
public class FailedDeploymentReporter {

    public void report(@Observes EventContext<DeployDeployment> deploying) throws DeploymentException {
        int mark = CapturedLog.get().size();
        try {
            deploying.proceed();
        } catch (Exception e) {
            // Arquillian hands the adapter's DeploymentException on wrapped in an InvocationException, or,
            // when another interceptor unwrapped it first, rethrown as it is although it is checked.
            DeploymentException failed = deploymentException(e);
            if (failed == null) {
                throw e;
            }
            throw new DeploymentException(failed.getMessage() + ". Logged while deploying:"
                    + System.lineSeparator() + CapturedLog.get().since(mark), failed);
        }
        // A listener that fails the start (Freshview's strict start-up audit) leaves the context
        // unavailable, but the adapter reports a successful deployment: only the log says so.
        String logged = CapturedLog.get().since(mark);
        if (logged.contains("Failed startup of context")) {
            throw new DeploymentException("Jetty did not start the WAR. Logged while deploying:"
                    + System.lineSeparator() + logged);
        }
    }

    private static DeploymentException deploymentException(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof DeploymentException deployment) {
                return deployment;
            }
        }
        return null;
    }
}
