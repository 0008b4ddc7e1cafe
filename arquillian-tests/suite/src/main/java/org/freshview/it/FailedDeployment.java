package org.freshview.it;

import org.jboss.arquillian.container.test.api.Deployer;

/** Deploys a deployment that must fail and returns everything the failure said. */
final class FailedDeployment {

    private FailedDeployment() {
    }

    /**
     * Deploys {@code name}, expecting the server to refuse it, and returns the messages of the
     * exception chain followed by what the server logged meanwhile.
     *
     * @throws AssertionError if the deployment succeeded
     */
    static String of(Deployer deployer, String name) {
        TargetServer server = TargetServer.current();
        long mark = server.logMark();
        Throwable failure = null;
        try {
            deployer.deploy(name);
        } catch (Exception e) { // adapters throw their checked DeploymentException through deploy()
            failure = e;
        } finally {
            undeployQuietly(deployer, name);
        }
        if (failure == null) {
            throw new AssertionError("Deployment " + name + " was expected to fail, but it started.");
        }
        StringBuilder text = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            text.append(t).append('\n');
        }
        return text.append(server.logSince(mark)).toString();
    }

    /** A server that refused the deployment may have nothing to undeploy. */
    static void undeployQuietly(Deployer deployer, String name) {
        try {
            deployer.undeploy(name);
        } catch (Exception ignored) {
            // nothing was deployed
        }
    }
}
