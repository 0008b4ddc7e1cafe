package org.freshview.it.owb;

import org.apache.catalina.LifecycleState;
import org.apache.catalina.core.StandardContext;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.event.container.AfterDeploy;
import org.jboss.arquillian.container.spi.event.container.BeforeDeploy;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Turns a web application that Tomcat failed to start into a failed deployment.
 *
 * <p>Embedded Tomcat only logs a context that fails to start (a CDI boot error included) and the
 * Arquillian adapter reports success; requests then get 404. A full Jakarta EE server fails the
 * deployment instead, which {@code @ShouldThrowException} expects. The errors Tomcat logged while
 * deploying become the exception's message, so a test and a reader see the FV- diagnostics.
 */
public class FailedStartDetector {

    // Held strongly: java.util.logging keeps loggers weakly, and the handler lives on this one.
    private static final Logger ROOT = Logger.getLogger("");

    @Inject
    private Instance<StandardContext> context;

    private ErrorCollector errors;

    public void listen(@Observes BeforeDeploy event) {
        errors = new ErrorCollector();
        ROOT.addHandler(errors);
    }

    public void failUnlessStarted(@Observes AfterDeploy event) throws DeploymentException {
        ROOT.removeHandler(errors);
        StandardContext deployed = context.get();
        if (deployed == null || deployed.getState() == LifecycleState.STARTED) {
            return;
        }
        throw new DeploymentException("Tomcat did not start " + event.getDeployment().getArchive().getName()
                + " (context state " + deployed.getState() + "). Errors logged while deploying:"
                + System.lineSeparator() + String.join(System.lineSeparator(), errors.messages()));
    }

    /** Keeps the message of every SEVERE record and of each of its causes. */
    private static final class ErrorCollector extends Handler {

        private final List<String> messages = new ArrayList<>();

        @Override
        public synchronized void publish(LogRecord record) {
            if (record.getLevel().intValue() < Level.SEVERE.intValue()) {
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
