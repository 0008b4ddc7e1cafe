package org.freshview.it.jetty;

import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.event.DeployDeployment;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Puts the errors logged during a failed deployment into the deployment's exception.
 *
 * <p>When a WAR fails to start (a CDI definition error included), Jetty logs the cause and the
 * Arquillian adapter then fails with a bare {@code NullPointerException}: the FV- diagnostic is
 * only in the log. With this, the test and its reader see it in the exception, as on a full server.
 */
public class FailedDeploymentReporter {

    // Held strongly: java.util.logging keeps loggers weakly, and the handler lives on this one.
    private static final Logger ROOT = Logger.getLogger("");

    public void report(@Observes EventContext<DeployDeployment> deploying) throws DeploymentException {
        ErrorCollector errors = new ErrorCollector();
        ROOT.addHandler(errors);
        try {
            deploying.proceed();
        } catch (RuntimeException e) {
            // Arquillian hands the adapter's DeploymentException on wrapped in an unchecked InvocationException
            DeploymentException failed = deploymentException(e);
            if (failed == null) {
                throw e;
            }
            throw new DeploymentException(failed.getMessage() + ". Errors logged while deploying:"
                    + System.lineSeparator() + String.join(System.lineSeparator(), errors.messages()), failed);
        } finally {
            ROOT.removeHandler(errors);
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

    /** Keeps the message of every WARNING or SEVERE record and of each of its causes. */
    private static final class ErrorCollector extends Handler {

        private final List<String> messages = new ArrayList<>();

        @Override
        public synchronized void publish(LogRecord record) {
            if (record.getLevel().intValue() < Level.WARNING.intValue()) {
                return;
            }
            messages.add(record.getMessage());
            for (Throwable cause = record.getThrown(); cause != null; cause = cause.getCause()) {
                messages.add("  " + cause);
            }
        }

        synchronized List<String> messages() {
            return List.copyOf(messages);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
