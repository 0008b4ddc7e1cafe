package org.freshview.internal.cdi;

import jakarta.enterprise.inject.spi.AfterBeanDiscovery;
import jakarta.enterprise.inject.spi.AfterDeploymentValidation;
import jakarta.enterprise.inject.spi.DefinitionException;
import jakarta.enterprise.inject.spi.DeploymentException;
import org.freshview.internal.diagnostics.Diagnostic;

/**
 * Hands FV- problems to the container and logs each one too: some containers (TomEE 9 with
 * OpenWebBeans 2) fail the deployment without ever printing the messages they were given.
 */
final class Problems {

    private static final System.Logger LOG = System.getLogger("org.freshview");

    private Problems() {
    }

    static void definitionError(AfterBeanDiscovery event, Diagnostic problem) {
        LOG.log(System.Logger.Level.ERROR, problem.toString());
        event.addDefinitionError(new DefinitionException(problem.toString()));
    }

    static void deploymentProblem(AfterDeploymentValidation event, Diagnostic problem) {
        LOG.log(System.Logger.Level.ERROR, problem.toString());
        event.addDeploymentProblem(new DeploymentException(problem.toString()));
    }
}
